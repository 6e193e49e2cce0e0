package org.hubline.intake.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hubline.test.ResidentBuilder.aResident;

import java.time.LocalDate;
import java.util.List;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.ComboBoxBase.CustomValueSetEvent;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

import org.hubline.intake.CallDrafts;
import org.hubline.intake.CallIntake;
import org.hubline.intake.CallOutcome;
import org.hubline.intake.Calls;
import org.hubline.intake.NeedTaxonomy;
import org.hubline.intake.NeedType;
import org.hubline.intake.SupportNow;
import org.hubline.intake.WhenNeeded;
import org.hubline.residents.Vulnerability;
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

    private Button useResident(String name) {
        return find(Button.class).all().stream().filter(b -> b.getText().equals("Use " + name)).findFirst()
                .orElseThrow();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aReturningCallerIsShownWhatSheHasOpenAndTheCallIsLoggedAgainstItNotAsADuplicate() {
        var first = intake.logCall(Calls.newCall(aResident().called("Edith", "Returner").bornOn(LocalDate.of(1938, 1, 9))
                .inShaw().phone("07700 961777").build(), List.of(Calls.need(taxonomy, "Shopping", null))));
        test(field("resident-first-name")).setValue("Edith");
        test(field("resident-last-name")).setValue("Returner");
        find(DatePicker.class).id("resident-dob").setValue(LocalDate.of(1938, 1, 9));
        assertThat(find(Div.class).id("matches").getElement().getTextRecursively())
                .contains("Open now: 1 open need · a callback waiting");
        test(useResident("Edith Returner")).click();

        assertThat(find(Section.class).id("open-work").isVisible()).isTrue();
        assertThat(find(Anchor.class).all()).as("a concern can be raised while she is on the line")
                .anyMatch(a -> a.getHref().equals("safeguarding/new?resident=" + first.residentId())
                        && a.getText().equals("Raise a safeguarding concern"));
        assertThat(find(Checkbox.class).id("follow-up-request-" + first.requestId()).getLabel())
                .contains("Food · Shopping", "North Hub");
        assertThat(find(Checkbox.class).id("follow-up-callback-" + first.requestId()).getLabel())
                .startsWith("Close the callback they are waiting for");
        assertThat(find(Checkbox.class).id("follow-up-callback-" + first.requestId()).getValue()).isTrue();
        assertThat(find(RadioButtonGroup.class).id("triage-support").getValue())
                .as("who supported her when she last asked").isEqualTo(SupportNow.FAMILY_OR_FRIENDS);

        test(find(Button.class).id("add-need")).click();
        test((ComboBox<NeedType>) find(ComboBox.class).id("need-type-1")).selectItem("Food · Shopping");
        assertThat(find(ComboBox.class).id("need-type-1").getHelperText()).startsWith("Already open for them");
        test(find(Button.class).all().stream().filter(b -> "Remove need 1".equals(b.getAriaLabel().orElse(null)))
                .findFirst().orElseThrow()).click();
        test(find(Checkbox.class).id("follow-up-request-" + first.requestId())).click();
        test(find(Button.class).id("save-call")).click();

        var history = intake.history(first.residentId());
        assertThat(history.requests()).hasSize(1);
        assertThat(history.calls()).hasSize(2);
        assertThat(intake.request(first.requestId()).callbackNeeded()).isFalse();
    }

    @Test
    void aCallerFromOutsideTheBoroughIsSignpostedAndTheCallEndsAsSuch() {
        test(field("resident-postcode")).setValue("M1 1AE");
        Checkbox outside = find(Checkbox.class).id("route-out-of-area");
        assertThat(outside.isVisible()).isTrue();
        test(outside).click();
        assertThat(find(Paragraph.class).id("route-signpost").isVisible()).isTrue();
        assertThat(find(Paragraph.class).id("route-signpost").getText()).contains("www.gov.uk/find-local-council");
        assertThat(find(Select.class).id("call-outcome").getValue()).isEqualTo(CallOutcome.SPOKE_SIGNPOSTED);
        assertThat(find(Checkbox.class).all()).noneMatch(c -> c.getId().orElse("").equals("route-later"));
        test(outside).click();
        assertThat(find(Select.class).id("call-outcome").getValue()).isEqualTo(CallOutcome.SPOKE_COMPLETE);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aFewLettersOfANeedOrAVulnerabilityAndEnterChooseTheFirstMatch() {
        test(find(Button.class).id("add-need")).click();
        ComboBox<NeedType> need = find(ComboBox.class).id("need-type-1");
        ComponentUtil.fireEvent(need, new CustomValueSetEvent<>(need, true, "parcel"));
        assertThat(need.getValue().name()).isEqualTo("Emergency food parcel");
        ComponentUtil.fireEvent(need, new CustomValueSetEvent<>(need, true, "zzz"));
        assertThat(need.isInvalid()).isTrue();
        assertThat(need.getErrorMessage()).isEqualTo("Nothing in the list matches \"zzz\": type less, or open the list");

        MultiSelectComboBox<Vulnerability> vulnerable = find(MultiSelectComboBox.class).id("resident-vulnerabilities");
        ComponentUtil.fireEvent(vulnerable, new CustomValueSetEvent<>(vulnerable, true, "alone"));
        ComponentUtil.fireEvent(vulnerable, new CustomValueSetEvent<>(vulnerable, true, "carer"));
        assertThat(vulnerable.getValue()).containsExactlyInAnyOrder(Vulnerability.LIVES_ALONE,
                Vulnerability.UNPAID_CARER);
    }

    @Test
    void aRefusedFieldFoldedUnderMoreAboutThemIsUnfoldedSoItsMessageIsSeen() {
        test(field("resident-first-name")).setValue("Folded");
        test(field("resident-last-name")).setValue("Away");
        test(find(EmailField.class).id("resident-email")).setValue("not an email");
        assertThat(find(Details.class).id("resident-more").isOpened()).isFalse();
        test(find(Button.class).id("save-call")).click();
        assertThat(find(Details.class).id("resident-more").isOpened()).isTrue();
    }

    @Test
    void aDraftThatCouldNotBeKeptSaysSoAndTheNoticeGoesOnceADraftIsKeptAgain() {
        TextArea note = find(TextArea.class).id("call-note");
        test(note).setValue("x".repeat(CallDrafts.MAX_LENGTH + 1));
        Paragraph notice = find(Paragraph.class).id("draft-notice");
        assertThat(notice.isVisible()).isTrue();
        assertThat(notice.getText()).startsWith("This call is too long to keep as a draft");
        test(note).setValue("Short again");
        assertThat(notice.isVisible()).isFalse();
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
        test((RadioButtonGroup<SupportNow>) find(RadioButtonGroup.class).id("triage-support")).selectItem("No one");
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
