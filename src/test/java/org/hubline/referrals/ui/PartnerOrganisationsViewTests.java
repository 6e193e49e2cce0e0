package org.hubline.referrals.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;

import org.hubline.referrals.Organisation;
import org.hubline.test.H2Test;
import org.hubline.test.SignedIn;
import org.hubline.test.Unique;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** An admin adds a partner organisation; a mistyped referral email is refused beside the field and nothing typed is lost. */
@H2Test
class PartnerOrganisationsViewTests extends SpringBrowserlessTest {

    @Autowired
    SignedIn signedIn;

    @Test
    @SuppressWarnings("unchecked")
    void anAdminAddsAPartnerAndIsToldOfAMistypedReferralEmail() {
        signedIn.as("admin");
        navigate(PartnerOrganisationsView.class);
        String name = "Royton Larder " + Unique.letters();
        test(find(Button.class).id("add-organisation")).click();
        test(find(TextField.class).id("organisation-name")).setValue(name);
        find(EmailField.class).id("organisation-referral-email").setValue("referrals at larder");
        test(find(Button.class).id("organisation-save")).click();

        EmailField referral = find(EmailField.class).id("organisation-referral-email");
        assertThat(referral.isInvalid()).isTrue();
        assertThat(referral.getValue()).isEqualTo("referrals at larder");
        assertThat(find(TextField.class).id("organisation-name").getValue()).isEqualTo(name);
        assertThat(find(Div.class).id("organisation-errors").getElement().getTextRecursively())
                .contains("The organisation was not saved");

        referral.setValue("referrals@larder.example.org");
        test(find(Button.class).id("organisation-save")).click();
        Grid<Organisation> grid = find(Grid.class).id("partner-organisations");
        boolean listed = false;
        for (int i = 0; i < test(grid).size(); i++) {
            listed |= test(grid).getRow(i).name().equals(name)
                    && "referrals@larder.example.org".equals(test(grid).getRow(i).referralEmail());
        }
        assertThat(listed).isTrue();
    }

    @Test
    void eachPartnerLeadsToItsOwnPartnerUsers() {
        signedIn.as("admin");
        navigate(PartnerOrganisationsView.class);
        @SuppressWarnings("unchecked")
        Grid<Organisation> grid = find(Grid.class).id("partner-organisations");
        Organisation first = test(grid).getRow(0);
        Div change = (Div) test(grid).getCellComponent(0, grid.getColumns().size() - 1);
        assertThat(change.getChildren()).filteredOn(Anchor.class::isInstance).singleElement()
                .satisfies(a -> assertThat(((Anchor) a).getHref()).isEqualTo("admin/users?organisation="
                        + first.id()));
    }
}
