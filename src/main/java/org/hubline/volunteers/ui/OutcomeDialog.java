package org.hubline.volunteers.ui;

import java.math.BigDecimal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;

import org.hubline.shared.validation.InvalidInputException;
import org.hubline.shared.validation.StaleEditException;
import org.hubline.volunteers.HubTasks;
import org.hubline.volunteers.TaskSummary;

/** Records how a task ended: done with hours, or could not complete with the reason. */
class OutcomeDialog extends Dialog {

    OutcomeDialog(HubTasks tasks, TaskSummary task, boolean done, Runnable onSaved) {
        setHeaderTitle((done ? "Done: " : "Could not complete: ") + task.type().label() + " by " + task.volunteerName());
        BigDecimalField hours = new BigDecimalField("Hours given");
        hours.setId("outcome-hours");
        hours.setHelperText("For example 1.5");
        TextField reason = new TextField("Why it could not be completed");
        reason.setId("outcome-reason");
        reason.setVisible(!done);
        reason.setWidthFull();
        Button save = new Button("Save", e -> {
            try {
                BigDecimal h = hours.getValue();
                if (done) {
                    tasks.done(task, h);
                } else {
                    tasks.couldNotComplete(task, reason.getValue(), h);
                }
                close();
                onSaved.run();
            } catch (InvalidInputException ex) {
                if (ex.fieldErrors().containsKey("hours")) {
                    hours.setErrorMessage(ex.fieldErrors().get("hours"));
                    hours.setInvalid(true);
                }
                if (ex.fieldErrors().containsKey("reason")) {
                    reason.setErrorMessage(ex.fieldErrors().get("reason"));
                    reason.setInvalid(true);
                }
            } catch (StaleEditException ex) {
                reason.setVisible(true);
                reason.setErrorMessage(ex.getMessage());
                reason.setInvalid(true);
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("outcome-save");
        add(hours, reason);
        getFooter().add(new Button("Cancel", e -> close()), save);
    }
}
