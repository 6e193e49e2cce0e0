package org.hubline.referrals.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextField;

import org.hubline.intake.CallIntake;
import org.hubline.intake.Calls;
import org.hubline.intake.LoggedCall;
import org.hubline.intake.NeedTaxonomy;
import org.hubline.referrals.ReferralStatus;
import org.hubline.referrals.ReferralSummary;
import org.hubline.referrals.Referrals;
import org.hubline.test.DemoBorough;
import org.hubline.test.H2Test;
import org.hubline.test.SignedIn;
import org.hubline.test.Unique;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;

/** The hub withdraws a referral it no longer needs from the referral's page, saying why. */
@H2Test
@ExtendWith(DemoBorough.class)
class ReferralViewTests extends SpringBrowserlessTest {

    @Autowired
    SignedIn signedIn;
    @Autowired
    CallIntake intake;
    @Autowired
    NeedTaxonomy taxonomy;
    @Autowired
    Referrals referrals;

    private ReferralSummary aReferralToTheFoodBank() {
        signedIn.as("handler");
        LoggedCall call = intake.logCall(Calls.newCall(Calls.resident("Wanda", "Withdrawn" + Unique.letters(),
                Unique.birthday(), Calls.SHAW, Unique.phone()), List.of(Calls.need(taxonomy, "Emergency food parcel",
                        null))));
        long needId = call.needs().get(0).id();
        referrals.recordConsentNow(needId, null);
        return referrals.refer(needId, referrals.options(needId).get(0).service().id(), null);
    }

    @Test
    void aCoordinatorWithdrawsAReferralOnlyOnceSheSaysWhy() {
        ReferralSummary sent = aReferralToTheFoodBank();
        signedIn.as("coordinator");
        UI.getCurrent().navigate("referrals/" + sent.id());

        test(find(Button.class).id("referral-withdraw")).click();
        assertThat(find(TextField.class).id("referral-action-note").isInvalid()).isTrue();
        assertThat(referrals.referral(sent.id()).status()).isEqualTo(ReferralStatus.SENT);

        test(find(TextField.class).id("referral-action-note")).setValue("Her son is collecting a parcel");
        test(find(Button.class).id("referral-withdraw")).click();
        assertThat(referrals.referral(sent.id()).status()).isEqualTo(ReferralStatus.WITHDRAWN);
        assertThat(find(Button.class).all()).noneMatch(b -> "referral-withdraw".equals(b.getId().orElse("")));
    }

    @Test
    void thePartnerCannotWithdrawAReferralOnlyAnswerIt() {
        ReferralSummary sent = aReferralToTheFoodBank();
        signedIn.as("partner");
        UI.getCurrent().navigate("referrals/" + sent.id());
        assertThat(find(Button.class).all()).extracting(b -> b.getId().orElse(""))
                .contains("referral-accept").doesNotContain("referral-withdraw");
    }
}
