package org.hubline.casework.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.QueryParameters;

import org.hubline.casework.Casework;
import org.hubline.intake.CallIntake;
import org.hubline.intake.Calls;
import org.hubline.intake.LoggedCall;
import org.hubline.intake.NeedTaxonomy;
import org.hubline.intake.ResidentPages;
import org.hubline.test.DemoBorough;
import org.hubline.test.H2Test;
import org.hubline.test.SignedIn;
import org.hubline.test.Unique;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/** A coordinator opens a case for any resident of her hub, not only one the rules flag. */
@H2Test
@ExtendWith(DemoBorough.class)
class NewCaseViewTests extends SpringBrowserlessTest {

    @Autowired
    SignedIn signedIn;
    @Autowired
    CallIntake intake;
    @Autowired
    NeedTaxonomy taxonomy;
    @Autowired
    Casework casework;
    @Autowired
    ResidentPages pages;

    private LoggedCall sheCalledFrom(String postcode) {
        signedIn.as("handler");
        return intake.logCall(Calls.newCall(Calls.resident("Rita", "Caseless" + Unique.letters(), Unique.birthday(),
                postcode, Unique.phone()), List.of(Calls.need(taxonomy, "Shopping", null))));
    }

    @Test
    void aCoordinatorOpensACaseForAResidentNobodyFlaggedFromHerPage() {
        LoggedCall call = sheCalledFrom(Calls.SHAW);
        signedIn.as("coordinator");
        assertThat(pages.open(call.residentId()).panels()).anySatisfy(p -> {
            assertThat(p.title()).isEqualTo("Open a case");
            assertThat(p.link()).isEqualTo("cases/new?resident=" + call.residentId());
        });

        UI.getCurrent().navigate("cases/new", QueryParameters.of("resident", String.valueOf(call.residentId())));
        assertThat(find(H1.class).first().getText()).startsWith("Open a case for Rita");
        test(find(TextArea.class).id("case-reason")).setValue("Calls every week; lives alone since March");
        test(find(Button.class).id("case-open")).click();

        assertThat(UI.getCurrent().getActiveViewLocation().getPath()).startsWith("cases/")
                .isNotEqualTo("cases/new");
        assertThat(casework.opening(call.residentId()).openCaseId()).isNotNull();
        assertThat(pages.open(call.residentId()).panels()).noneMatch(p -> p.title().equals("Open a case"));
    }

    @Test
    void aCoordinatorOfAnotherHubAndAHandlerCannotOpenOne() {
        LoggedCall call = sheCalledFrom(Calls.SHAW);
        signedIn.as("coordinator.south");
        UI.getCurrent().navigate("cases/new", QueryParameters.of("resident", String.valueOf(call.residentId())));
        assertThat(find(H1.class).first().getText()).isEqualTo("You cannot open a case for this resident");
        assertThatThrownBy(() -> casework.opening(call.residentId())).isInstanceOf(AccessDeniedException.class);
        signedIn.as("handler");
        assertThatThrownBy(() -> casework.opening(call.residentId())).isInstanceOf(AccessDeniedException.class);
    }
}
