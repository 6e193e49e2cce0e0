package org.hubline.intake.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;

import org.hubline.intake.CallIntake;
import org.hubline.intake.CallOutcome;
import org.hubline.intake.CallbackQueue;
import org.hubline.intake.Calls;
import org.hubline.intake.LoggedCall;
import org.hubline.intake.NeedTaxonomy;
import org.hubline.intake.Priority;
import org.hubline.residents.Duplicates;
import org.hubline.residents.MergeRecord;
import org.hubline.test.DemoBorough;
import org.hubline.test.H2Test;
import org.hubline.test.SignedIn;
import org.hubline.test.Unique;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;

/** From a resident's page a handler moves a need on, reopens it, and changes a request's priority after the call. */
@H2Test
@ExtendWith(DemoBorough.class)
class ResidentViewTests extends SpringBrowserlessTest {

    @Autowired
    SignedIn signedIn;
    @Autowired
    CallIntake intake;
    @Autowired
    NeedTaxonomy taxonomy;
    @Autowired
    Duplicates duplicates;
    @Autowired
    CallbackQueue callbacks;
    @Autowired
    Clock clock;

    private LoggedCall sheCalled() {
        signedIn.as("handler");
        return intake.logCall(Calls.newCall(Calls.resident("Queenie", "Pageview" + Unique.letters(),
                Unique.birthday(), Calls.SHAW, Unique.phone()), List.of(Calls.need(taxonomy, "Shopping", null))));
    }

    private String requests() {
        return find(Section.class).id("resident-requests").getElement()
                .getTextRecursively();
    }

    @Test
    @SuppressWarnings("unchecked")
    void aHandlerMarksANeedMetFromTheResidentsPageAndReopensItWhenTheHelpNeverCame() {
        LoggedCall call = sheCalled();
        long need = call.needs().get(0).id();
        UI.getCurrent().navigate("residents/" + call.residentId());

        test(find(Button.class).id("move-need-" + need)).click();
        RadioButtonGroup<Object> move = find(RadioButtonGroup.class).id("need-move");
        test(find(Button.class).id("need-move-save")).click();
        assertThat(find(Div.class).id("need-move-errors").getElement().getTextRecursively())
                .contains("Choose what happened");
        move.setValue(move.getListDataView().getItems().filter(m -> m.toString().equals("MET")).findFirst()
                .orElseThrow());
        test(find(TextArea.class).id("need-move-note")).setValue("Her son did it");
        test(find(Button.class).id("need-move-save")).click();
        assertThat(requests()).contains("Food · Shopping — Met (Her son did it)");

        Button reopen = find(Button.class).id("move-need-" + need);
        assertThat(reopen.getText()).isEqualTo("Reopen");
        test(reopen).click();
        test(find(Button.class).id("need-move-save")).click();
        assertThat(find(TextArea.class).id("need-move-reason").getErrorMessage())
                .isEqualTo("Say why the need is open again");
        test(find(TextArea.class).id("need-move-reason")).setValue("The shopping never came");
        test(find(Button.class).id("need-move-save")).click();
        assertThat(requests()).contains("Food · Shopping — Routed (Reopened: The shopping never came)");
    }

    @Test
    @SuppressWarnings("unchecked")
    void aHandlerRaisesAPriorityAfterTheCallWithWhy() {
        LoggedCall call = sheCalled();
        UI.getCurrent().navigate("residents/" + call.residentId());
        test(find(Button.class).id("change-priority-" + call.requestId())).click();
        RadioButtonGroup<Priority> priority = find(RadioButtonGroup.class).id("priority-choice");
        priority.setValue(Priority.P1);
        test(find(Button.class).id("priority-save")).click();
        assertThat(find(TextArea.class).id("priority-reason").isInvalid()).isTrue();
        assertThat(priority.getValue()).as("what was chosen stays").isEqualTo(Priority.P1);

        test(find(TextArea.class).id("priority-reason")).setValue("Her neighbour says she has no food at all");
        test(find(Button.class).id("priority-save")).click();
        assertThat(requests()).contains("P1 · same day", "Priority changed by hand: Her neighbour says she has no food");
    }

    @Test
    void aCoordinatorUndoesAMergeDaysLaterFromTheResidentsPageSayingWhy() {
        LoggedCall robert = sheCalled();
        LoggedCall bob = sheCalled();
        signedIn.as("coordinator");
        MergeRecord merge = duplicates.merge(bob.residentId(), robert.residentId());

        signedIn.as("handler");
        UI.getCurrent().navigate("residents/" + robert.residentId());
        assertThat(find(Button.class).all()).as("handlers do not decide merges")
                .noneMatch(b -> ("undo-merge-" + merge.id()).equals(b.getId().orElse(null)));

        signedIn.as("coordinator");
        UI.getCurrent().navigate("residents/" + bob.residentId());
        test(find(Button.class).id("undo-merge-" + merge.id())).click();
        test(find(Button.class).id("undo-merge-save")).click();
        assertThat(find(TextArea.class).id("undo-merge-reason").getErrorMessage())
                .isEqualTo("Say why these are different people after all");
        test(find(TextArea.class).id("undo-merge-reason")).setValue("Different dates of birth on their letters");
        test(find(Button.class).id("undo-merge-save")).click();

        assertThat(find(Section.class).all().stream().map(x -> x.getElement().getTextRecursively()))
                .anyMatch(t -> t.contains("undone by coordinator") && t.contains("Different dates of birth"));
        assertThat(duplicates.merges(robert.residentId())).singleElement()
                .satisfies(m -> assertThat(m.undoneAt()).isNotNull());
    }

    @Test
    @SuppressWarnings("unchecked")
    void aHandlerCallingBackAgreesALaterTimeWithTheResident() {
        LoggedCall call = sheCalled();
        UI.getCurrent().navigate("residents/" + call.residentId());
        test(find(Button.class).id("log-callback-" + call.requestId())).click();
        Select<CallOutcome> outcome = find(Select.class).id("callback-outcome");
        test(outcome).selectItem(CallOutcome.SPOKE_RESCHEDULED.label());
        DateTimePicker again = find(DateTimePicker.class).id("callback-again");
        test(find(Button.class).id("callback-save")).click();
        assertThat(again.getErrorMessage()).isEqualTo("Say when to call back, as agreed with them");

        again.setValue(LocalDateTime.now(clock).plusDays(1).withHour(18).withMinute(0).withSecond(0).withNano(0));
        test(find(Button.class).id("callback-save")).click();
        assertThat(callbacks.callbacks(0, 1000)).filteredOn(i -> i.requestId() == call.requestId()).singleElement()
                .satisfies(i -> assertThat(i.callBackAt()).isNotNull());
    }
}
