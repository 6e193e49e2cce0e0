package org.hubline.intake.ui;

import java.time.Clock;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;

import org.hubline.intake.CallDetails;
import org.hubline.intake.CallIntake;
import org.hubline.intake.CallOutcome;
import org.hubline.intake.Channel;
import org.hubline.intake.Direction;
import org.hubline.intake.HelpRequestSummary;
import org.hubline.shared.ui.FormErrors;
import org.hubline.shared.ui.Room;

/** Records a call back to the resident: spoke to them, or another unsuccessful attempt. */
class CallbackDialog extends Dialog {

    CallbackDialog(CallIntake intake, HelpRequestSummary request, Clock clock, Runnable onSaved) {
        setHeaderTitle("Call back · " + request.priority().label());
        Select<CallOutcome> outcome = new Select<>();
        outcome.setLabel("How the call went");
        outcome.setItems(CallOutcome.values());
        outcome.setWidth("36rem");
        outcome.setMaxWidth("100%");
        outcome.setItemLabelGenerator(CallOutcome::label);
        outcome.setId("callback-outcome");
        DateTimePicker again = CallBackAt.field("callback-again", clock);
        outcome.addValueChangeListener(e -> again.setVisible(e.getValue() == CallOutcome.SPOKE_RESCHEDULED));
        TextArea note = new TextArea("Note");
        note.setId("callback-note");
        note.setWidthFull();
        Room.limit(note, 2000);
        FormErrors errors = new FormErrors("callback-errors", "The call back was not recorded")
                .field("outcome", outcome).field("note", note).field("callBackAt", again);
        Button save = new Button("Save", e -> {
            if (errors.attempt(() -> intake.logCallback(request.id(), new CallDetails(Direction.OUTBOUND,
                    Channel.PHONE, null, outcome.getValue(), note.getValue(), CallBackAt.of(again, clock))))) {
                close();
                onSaved.run();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("callback-save");
        Button cancel = new Button("Cancel", e -> close());
        add(errors, outcome, again, note);
        getFooter().add(cancel, save);
    }
}
