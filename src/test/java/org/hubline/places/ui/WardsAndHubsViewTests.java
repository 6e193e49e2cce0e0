package org.hubline.places.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;

import org.hubline.places.Ward;
import org.hubline.test.DemoBorough;
import org.hubline.test.H2Test;
import org.hubline.test.SignedIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;

/** An admin keeps the wards: a refused ward keeps what was typed and says why; an edit starts from the ward. */
@H2Test
@ExtendWith(DemoBorough.class)
class WardsAndHubsViewTests extends SpringBrowserlessTest {

    @Autowired
    SignedIn signedIn;

    @BeforeEach
    void openAsAdmin() {
        signedIn.as("admin");
        navigate(WardsAndHubsView.class);
    }

    @Test
    void anAdminAddingAWardWithoutItsNameIsToldByTheFieldAndKeepsWhatTheyTyped() {
        test(find(Button.class).id("new-ward")).click();
        test(find(TextField.class).id("ward-code")).setValue("E05099999");
        test(find(Button.class).id("ward-save")).click();

        Div summary = find(Div.class).id("ward-errors");
        assertThat(summary.isVisible()).isTrue();
        assertThat(summary.getElement().getTextRecursively()).contains("The ward was not saved",
                "Name: Enter the ward's name");
        TextField name = find(TextField.class).id("ward-name");
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Enter the ward's name");
        assertThat(find(TextField.class).id("ward-code").getValue()).isEqualTo("E05099999");
        assertThat(find(Dialog.class).single().isOpened()).isTrue();
    }

    @Test
    @SuppressWarnings("unchecked")
    void editingAWardStartsFromItAndSavesUnchanged() {
        Grid<Ward> wards = find(Grid.class).id("wards");
        Ward shaw = test(wards).getRow(rowOf(wards, "Shaw"));
        test((Button) test(wards).getCellComponent(rowOf(wards, "Shaw"), wards.getColumns().size() - 1))
                .click();

        TextField code = find(TextField.class).id("ward-code");
        assertThat(code.getValue()).isEqualTo(shaw.code());
        assertThat(code.isReadOnly()).isTrue();
        assertThat(find(TextField.class).id("ward-name").getValue()).isEqualTo("Shaw");
        assertThat(find(IntegerField.class).all()).anyMatch(f -> Integer.valueOf(shaw.population()).equals(f.getValue()));
        test(find(Button.class).id("ward-save")).click();
        assertThat(find(Dialog.class).all()).noneMatch(Dialog::isOpened);
    }

    private int rowOf(Grid<Ward> wards, String name) {
        for (int i = 0; i < test(wards).size(); i++) {
            if (test(wards).getRow(i).name().equals(name)) {
                return i;
            }
        }
        throw new AssertionError("No ward " + name);
    }
}
