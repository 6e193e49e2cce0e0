package org.hubline.volunteers.ui;

import java.math.BigDecimal;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.TextField;

import org.hubline.shared.ui.FormErrors;
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
        FormErrors errors = new FormErrors("outcome-errors", "Not recorded").field("hours", hours)
                .field("reason", reason);
        Button save = new Button("Save", e -> {
            BigDecimal h = hours.getValue();
            if (errors.attempt(done ? () -> tasks.done(task, h) : () -> tasks.couldNotComplete(task, reason.getValue(), h))) {
                close();
                onSaved.run();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("outcome-save");
        add(errors, hours, reason);
        getFooter().add(new Button("Cancel", e -> close()), save);
    }
}
