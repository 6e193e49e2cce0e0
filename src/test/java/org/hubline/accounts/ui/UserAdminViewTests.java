package org.hubline.accounts.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.UUID;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;

import org.hubline.accounts.PartnerOrganisationRef;
import org.hubline.accounts.UserAdministration;
import org.hubline.accounts.UserSummary;
import org.hubline.places.Hub;
import org.hubline.shared.security.Role;
import org.hubline.test.H2Test;
import org.hubline.test.SignedIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** An admin creates and edits users through the form, and bad input is explained, not lost. */
@H2Test
class UserAdminViewTests extends SpringBrowserlessTest {

    @Autowired
    SignedIn signedIn;
    @Autowired
    UserAdministration admin;

    @BeforeEach
    void openUsersAsAdmin() {
        signedIn.as("admin");
        navigate(UserAdminView.class);
    }

    private TextField field(String id) {
        return find(TextField.class).id(id);
    }

    @SuppressWarnings("unchecked")
    private <T> MultiSelectComboBox<T> multi(String id) {
        return find(MultiSelectComboBox.class).id(id);
    }

    @Test
    void adminCreatesACoordinatorAndIsShownTheirTemporaryPasswordOnce() {
        String username = "view." + UUID.randomUUID().toString().substring(0, 6);
        test(find(Button.class).id("new-user")).click();
        test(field("user-username")).setValue(username);
        test(field("user-display-name")).setValue("Vera Viewtest");
        test(find(EmailField.class).id("user-email")).setValue("vera@example.org");
        multi("user-roles").setValue(Set.of(Role.HUB_COORDINATOR));
        MultiSelectComboBox<Hub> hubs = multi("user-hubs");
        hubs.setValue(Set.of(hubs.getListDataView().getItems().filter(h -> h.code().equals("SOUTH")).findFirst()
                .orElseThrow()));
        test(find(Button.class).id("user-save")).click();

        Span password = find(Span.class).id("temporary-password");
        assertThat(password.getText()).hasSize(19);
        test(find(Button.class).id("temporary-password-done")).click();

        test(find(TextField.class).id("user-search")).setValue(username);
        @SuppressWarnings("unchecked")
        Grid<UserSummary> grid = find(Grid.class).id("users");
        assertThat(test(grid).size()).isEqualTo(1);
        assertThat(test(grid).getCellText(0, 0)).isEqualTo("Vera Viewtest");
        assertThat(test(grid).getCellText(0, 3)).isEqualTo("South Hub");
        assertThat(test(grid).getCellText(0, 4)).isEqualTo("Active · must change password");
    }

    @Test
    @SuppressWarnings("unchecked")
    void disablingAUserAsksFirstAndCancellingLeavesThemActive() {
        String username = "keep." + UUID.randomUUID().toString().substring(0, 6);
        test(find(Button.class).id("new-user")).click();
        test(field("user-username")).setValue(username);
        test(field("user-display-name")).setValue("Keith Keepable");
        multi("user-roles").setValue(Set.of(Role.CALL_HANDLER));
        test(find(Button.class).id("user-save")).click();
        test(find(Button.class).id("temporary-password-done")).click();
        test(find(TextField.class).id("user-search")).setValue(username);
        Grid<UserSummary> grid = find(Grid.class).id("users");

        test((Button) test(grid).getCellComponent(0, grid.getColumns().size() - 1)).click();
        test(find(Button.class).id("user-toggle-enabled")).click();
        ConfirmDialog confirm = find(ConfirmDialog.class).id("disable-confirm");
        test(confirm).cancel();
        assertThat(test(grid).getCellText(0, 4)).doesNotContain("Disabled");

        test(find(Button.class).id("user-toggle-enabled")).click();
        test(find(ConfirmDialog.class).id("disable-confirm")).confirm();
        assertThat(test(grid).getCellText(0, 4)).isEqualTo("Disabled");
    }

    @Test
    void fromAPartnerOrganisationAnAdminSeesItsUsersAndAddsOneForIt() {
        PartnerOrganisationRef foodbank = admin.partnerOptions().stream()
                .filter(p -> p.name().equals("Oldham Foodbank")).findFirst().orElseThrow();
        UI.getCurrent().navigate("admin/users", QueryParameters.of(UserAdminView.ORGANISATION,
                String.valueOf(foodbank.id())));
        @SuppressWarnings("unchecked")
        Grid<UserSummary> grid = find(Grid.class).id("users");
        assertThat(test(grid).size()).isPositive();
        for (int i = 0; i < test(grid).size(); i++) {
            assertThat(test(grid).getRow(i).partnerOrganisation()).isEqualTo("Oldham Foodbank");
        }

        String username = "pantry." + UUID.randomUUID().toString().substring(0, 6);
        test(find(Button.class).id("new-user")).click();
        assertThat(multi("user-roles").getValue()).containsExactly(Role.PARTNER);
        test(field("user-username")).setValue(username);
        test(field("user-display-name")).setValue("Pat Pantry");
        test(find(Button.class).id("user-save")).click();
        test(find(Button.class).id("temporary-password-done")).click();

        assertThat(admin.find(username, foodbank.id(), 0, 5)).singleElement()
                .satisfies(u -> assertThat(u.roles()).containsExactly(Role.PARTNER));
    }

    @Test
    void aRefusedSaveKeepsWhatWasTypedAndMarksEachProblem() {
        test(find(Button.class).id("new-user")).click();
        test(field("user-username")).setValue("admin");
        test(find(EmailField.class).id("user-email")).setValue("not-an-email");
        test(find(Button.class).id("user-save")).click();

        TextField username = field("user-username");
        assertThat(username.getValue()).isEqualTo("admin");
        assertThat(username.isInvalid()).isTrue();
        assertThat(username.getErrorMessage()).isEqualTo("That username is already taken");
        assertThat(field("user-display-name").getErrorMessage()).isEqualTo("Enter the person's name");
        assertThat(multi("user-roles").isInvalid()).isTrue();
        assertThat(find(EmailField.class).id("user-email").getValue()).isEqualTo("not-an-email");
        // The dialog is still open, so nothing was lost.
        assertThat(find(Button.class).id("user-save").isAttached()).isTrue();
    }
}
