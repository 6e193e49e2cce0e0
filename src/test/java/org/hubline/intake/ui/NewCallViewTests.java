package org.hubline.intake.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hubline.test.ResidentBuilder.aResident;

import java.time.LocalDate;
import java.util.List;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

import org.hubline.intake.CallDrafts;
import org.hubline.intake.CallIntake;
import org.hubline.intake.Calls;
import org.hubline.intake.NeedTaxonomy;
import org.hubline.intake.NeedType;
import org.hubline.intake.SupportNow;
import org.hubline.intake.WhenNeeded;
import org.hubline.test.DemoBorough;
import org.hubline.test.H2Test;
import org.hubline.test.MutableClock;
import org.hubline.test.SignedIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;

/** A call handler works the call screen: matches as they type, a refused save, a kept draft, a saved call. */
@H2Test
@ExtendWith(DemoBorough.class)
class NewCallViewTests extends SpringBrowserlessTest {

    @Autowired
    SignedIn signedIn;
    @Autowired
    CallDrafts drafts;
    @Autowired
    MutableClock clock;
    @Autowired
    CallIntake intake;
    @Autowired
    NeedTaxonomy taxonomy;

    @BeforeEach
    void openAsHandler() {
        signedIn.as("handler");
        drafts.discard();
        navigate(NewCallView.class);
    }

    private TextField field(String id) {
        return find(TextField.class).id(id);
    }

    @Test
    void aReturningResidentIsOfferedDespiteATypoAndUsingThemFillsTheForm() {
        intake.logCall(Calls.newCall(aResident().called("Dorothy", "Pilkington").bornOn(LocalDate.of(1941, 5, 2))
                .inShaw().phone("07700 961234").build(), List.of(Calls.need(taxonomy, "Shopping", null))));
        test(field("resident-first-name")).setValue("Dorthy");
        test(field("resident-last-name")).setValue("Pilkinton");
        find(DatePicker.class).id("resident-dob").setValue(LocalDate.of(1941, 5, 2));

        Div matches = find(Div.class).id("matches");
        assertThat(matches.getElement().getTextRecursively()).contains("Dorothy Pilkington", "Likely match",
                "name, date of birth");
        Button use = find(Button.class).all().stream().filter(b -> b.getText().equals("Use Dorothy Pilkington"))
                .findFirst().orElseThrow();
        test(use).click();

        assertThat(find(Paragraph.class).id("returning-resident").getText()).contains("Returning resident: "
                + "Dorothy Pilkington");
        assertThat(field("resident-postcode").getValue()).isEqualTo("OL2 9ZP");
        assertThat(find(Paragraph.class).id("route-message").getText()).isEqualTo("Shaw → North Hub.");
    }

    @Test
    void discardingACallAsksFirstAndKeepingItLosesNothing() {
        test(field("resident-first-name")).setValue("Kept");
        test(find(Button.class).id("discard-call")).click();
        ConfirmDialog confirm = find(ConfirmDialog.class).id("discard-confirm");
        assertThat(confirm.isOpened()).isTrue();
        test(confirm).cancel();
        assertThat(field("resident-first-name").getValue()).isEqualTo("Kept");
    }

    @Test
    void aRefusedSaveKeepsEverythingTypedAndSaysWhatToFix() {
        test(field("resident-first-name")).setValue("Olive");
        test(field("resident-postcode")).setValue("nonsense");
        test(field("resident-phone")).setValue("12345");
        test(find(Button.class).id("save-call")).click();

        Div summary = find(Div.class).id("call-errors");
        assertThat(summary.isVisible()).isTrue();
        assertThat(summary.getElement().getTextRecursively()).contains("The call was not saved",
                "Enter the resident's last name", "Enter a UK postcode like OL1 1AA", "Add at least one need");
        assertThat(field("resident-postcode").isInvalid()).isTrue();
        assertThat(field("resident-postcode").getErrorMessage()).isEqualTo("Enter a UK postcode like OL1 1AA");
        assertThat(field("resident-first-name").getValue()).isEqualTo("Olive");
        assertThat(field("resident-phone").getValue()).isEqualTo("12345");
        assertThat(find(H1.class).single().getText()).isEqualTo("New call");
    }

    @Test
    void aHalfDoneCallSurvivesNavigatingAwayAndComingBack() {
        test(field("resident-first-name")).setValue("Half");
        test(field("resident-last-name")).setValue("Finished");
        test(find(Button.class).id("add-need")).click();
        @SuppressWarnings("unchecked")
        ComboBox<NeedType> need = find(ComboBox.class).id("need-type-1");
        test(need).selectItem("Food · Shopping");

        navigate(CallsView.class);
        navigate(NewCallView.class);

        assertThat(field("resident-first-name").getValue()).isEqualTo("Half");
        assertThat(field("resident-last-name").getValue()).isEqualTo("Finished");
        @SuppressWarnings("unchecked")
        ComboBox<NeedType> restored = find(ComboBox.class).id("need-type-1");
        assertThat(restored.getValue().name()).isEqualTo("Shopping");
        assertThat(find(Paragraph.class).id("draft-notice").getText()).contains("the call you had not saved yet");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aSavedCallShowsItsPriorityReasonsAndHubOnTheResidentsPage() {
        test(field("resident-first-name")).setValue("Stanley");
        test(field("resident-last-name")).setValue("Viewtest");
        test(field("resident-postcode")).setValue("OL2 9ZP");
        test(find(Button.class).id("add-need")).click();
        test((ComboBox<NeedType>) find(ComboBox.class).id("need-type-1"))
                .selectItem("Medicines · Prescription collection");
        test((Select<WhenNeeded>) find(Select.class).id("need-when-1")).selectItem("Today");
        test((Select<SupportNow>) find(Select.class).id("triage-support")).selectItem("No one");
        assertThat(find(Paragraph.class).id("triage-priority").getText()).isEqualTo("P1 · same day");
        assertThat(find(Paragraph.class).id("triage-reasons").getText())
                .isEqualTo("medicines needed today · no one supporting them now");

        test(find(Button.class).id("save-call")).click();

        assertThat(getCurrentView()).isInstanceOf(ResidentView.class);
        assertThat(find(H1.class).id("resident-name").getText()).isEqualTo("Stanley Viewtest");
        assertThat(find(Section.class).id("resident-requests").getElement()
                .getTextRecursively()).contains("P1 · same day", "Prescription collection", "North Hub");
        assertThat(drafts.load()).isEmpty();
    }
}
