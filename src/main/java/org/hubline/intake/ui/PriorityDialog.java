package org.hubline.intake.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;

import org.hubline.intake.CallIntake;
import org.hubline.intake.HelpRequestSummary;
import org.hubline.intake.Priority;
import org.hubline.shared.ui.FormErrors;
import org.hubline.shared.ui.Room;

/**
 * Changes a request's priority after the call, with why (a neighbour rang: she has no food at
 * all). The due time follows the new priority; a change on a stale copy is refused.
 */
class PriorityDialog extends Dialog {

    PriorityDialog(CallIntake intake, HelpRequestSummary request, Runnable onSaved) {
        setHeaderTitle("Change priority · now " + request.priority().label());
        RadioButtonGroup<Priority> priority = new RadioButtonGroup<>("New priority");
        priority.setItems(Priority.values());
        priority.setItemLabelGenerator(Priority::label);
        priority.setItemEnabledProvider(p -> p != request.priority());
        priority.setId("priority-choice");
        TextArea reason = new TextArea("Why it changes");
        reason.setId("priority-reason");
        reason.setWidthFull();
        Room.limit(reason, 400);
        FormErrors errors = new FormErrors("priority-errors", "The priority was not changed")
                .field("priority", priority).field("overrideReason", reason);
        Button save = new Button("Change priority", e -> errors.saved(() -> intake.overridePriority(request,
                priority.getValue(), reason.getValue())).ifPresent(saved -> {
                    Notification.show("Now " + saved.priority().label() + ", due by the new time.");
                    close();
                    onSaved.run();
                }));
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("priority-save");
        Button cancel = new Button("Cancel", e -> close());
        add(errors, new Paragraph("The rules gave " + request.computedPriority().name() + ": " + request.reasons()
                + "."), priority, reason);
        getFooter().add(cancel, save);
        setWidth("34rem");
        setMaxWidth("100%");
    }
}
