package org.hubline.volunteers.ui;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datetimepicker.DateTimePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;

import org.hubline.intake.HubNeed;
import org.hubline.shared.ui.FormErrors;
import org.hubline.volunteers.HubTasks;
import org.hubline.volunteers.TaskType;
import org.hubline.shared.ui.Formats;
import org.hubline.shared.ui.Room;

/** Makes a volunteer task from a need: the kind of task, when it is due, instructions for the volunteer. */
class TaskDialog extends Dialog {

    TaskDialog(HubTasks tasks, HubNeed need, Clock clock, Runnable onSaved) {
        ZoneId zone = clock.getZone();
        setHeaderTitle("Make a task: " + need.label() + " for " + need.residentFirstName());
        Select<TaskType> type = new Select<>();
        type.setLabel("Task");
        type.setItems(TaskType.values());
        type.setItemLabelGenerator(TaskType::label);
        type.setValue(likelyTask(need));
        type.setId("task-type");
        DateTimePicker due = new DateTimePicker("Due");
        due.setLocale(Locale.UK);
        due.setValue(defaultDue(need, clock));
        due.setHelperText("The need is due by " + Formats.dateTime(need.dueAt(), clock));
        due.setId("task-due");
        TextArea instructions = new TextArea("Instructions for the volunteer");
        instructions.setHelperText("The volunteer sees the task, the resident's first name and street, and this. "
                + "Nothing else about the resident.");
        Room.limit(instructions, 500);
        instructions.setWidthFull();
        instructions.setId("task-instructions");
        FormErrors errors = new FormErrors("task-errors", "The task was not made").field("type", type)
                .field("dueAt", due).field("instructions", instructions);
        Button save = new Button("Make the task", e -> {
            if (errors.attempt(() -> tasks.createTask(need.needId(), type.getValue(),
                    due.getValue() == null ? null : due.getValue().atZone(zone).toInstant(), instructions.getValue()))) {
                close();
                onSaved.run();
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("task-save");
        add(errors, type, due, instructions);
        if (need.residentSupport() != null && !need.residentSupport().isEmpty()) {
            Paragraph respect = new Paragraph("The volunteer is told to respect: " + need.residentSupport());
            respect.setId("task-respect");
            addComponentAtIndex(1, respect);
        }
        getFooter().add(new Button("Cancel", e -> close()), save);
    }

    /**
     * When the task is due unless the coordinator says otherwise: tomorrow at 10:00, or sooner if
     * the need is due before then (its due time, on the hour), but never within the next hour.
     */
    static LocalDateTime defaultDue(HubNeed need, Clock clock) {
        LocalDateTime now = LocalDateTime.now(clock);
        LocalDateTime tomorrowMorning = LocalDateTime.of(now.toLocalDate().plusDays(1), LocalTime.of(10, 0));
        LocalDateTime needDue = LocalDateTime.ofInstant(need.dueAt(), clock.getZone()).truncatedTo(ChronoUnit.HOURS);
        LocalDateTime soonest = now.plusHours(1).truncatedTo(ChronoUnit.HOURS).plusHours(1);
        LocalDateTime due = needDue.isBefore(tomorrowMorning) ? needDue : tomorrowMorning;
        return due.isBefore(soonest) ? soonest : due;
    }

    /** The task a need most often becomes, as a starting point the coordinator can change. */
    static TaskType likelyTask(HubNeed need) {
        String type = need.type().toLowerCase(Locale.UK);
        if (type.contains("prescription")) {
            return TaskType.PRESCRIPTION_COLLECTION;
        }
        if (type.contains("emergency food")) {
            return TaskType.FOOD_DELIVERY;
        }
        if (type.contains("dog")) {
            return TaskType.DOG_WALKING;
        }
        if (type.contains("befriending") || type.contains("isolation")) {
            return TaskType.BEFRIENDING_CALL;
        }
        if (type.contains("shopping") || type.contains("food")) {
            return TaskType.SHOPPING;
        }
        if (type.contains("money") || type.contains("digital") || type.contains("form")) {
            return TaskType.FORM_FILLING;
        }
        return TaskType.ERRAND;
    }
}
