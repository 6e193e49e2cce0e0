package org.hubline.intake.ui.needs;

import java.util.List;
import java.util.Map;
import java.util.Objects;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;

import org.hubline.intake.ClosingReason;
import org.hubline.intake.NeedStatus;
import org.hubline.intake.NeedSummary;
import org.hubline.intake.NeedWork;
import org.hubline.intake.NotMetReason;
import org.hubline.places.Hub;
import org.hubline.shared.ui.FormErrors;
import org.hubline.shared.ui.Formats;
import org.hubline.shared.ui.Room;
import org.springframework.security.access.AccessDeniedException;

/**
 * Moves one need on by hand: work started, met, not met, closed, sent to another hub, or (once
 * ended) reopened, each with the reason it asks for. What was typed stays if the save is refused.
 */
public class NeedStatusDialog extends Dialog {

    /** What the user says happened. */
    enum Move {
        STARTED("Work has started"), MET("Met"), NOT_MET("Not met"), CLOSED("Close it"),
        SEND("Send to another hub"), REOPEN("Reopen it");

        private final String label;

        Move(String label) {
            this.label = label;
        }
    }

    private final RadioButtonGroup<Move> move = new RadioButtonGroup<>("What happened");
    private final TextArea note = new TextArea("How it was met (optional)");
    private final Select<NotMetReason> notMet = new Select<>();
    private final Select<ClosingReason> closing = new Select<>();
    private final ComboBox<Hub> hub = new ComboBox<>("Send it to");
    private final TextArea reason = new TextArea("Reason");
    private final Checkbox checkBack = new Checkbox();

    /** For a need: its id, how it is labelled ("Food · Shopping"), where it is now, and its hub. */
    public NeedStatusDialog(NeedWork work, long needId, String label, NeedStatus status, Long hubId,
            Runnable onSaved) {
        setHeaderTitle("Move on: " + label);
        List<Move> moves = status.open()
                ? (status == NeedStatus.IN_PROGRESS ? List.of(Move.MET, Move.NOT_MET, Move.CLOSED, Move.SEND)
                        : List.of(Move.STARTED, Move.MET, Move.NOT_MET, Move.CLOSED, Move.SEND))
                : List.of(Move.REOPEN);
        move.setItems(moves);
        move.setItemLabelGenerator(m -> m.label);
        move.setId("need-move");
        move.addValueChangeListener(e -> show(e.getValue()));
        note.setId("need-move-note");
        notMet.setLabel("Why it was not met");
        notMet.setItems(NotMetReason.values());
        notMet.setItemLabelGenerator(NotMetReason::label);
        notMet.setId("need-move-not-met");
        closing.setLabel("Why it is closed");
        closing.setItems(ClosingReason.values());
        closing.setItemLabelGenerator(ClosingReason::label);
        closing.setId("need-move-closing");
        hub.setItems(work.hubChoices().stream().filter(h -> !Objects.equals(h.id(), hubId)).toList());
        hub.setItemLabelGenerator(Hub::name);
        hub.setId("need-move-hub");
        reason.setId("need-move-reason");
        checkBack.setLabel("Call them in " + Formats.count(work.checkHelpAfterDays(), "day")
                + " to check the help arrived");
        checkBack.setId("need-move-check-back");
        for (TextArea area : List.of(note, reason)) {
            area.setWidthFull();
            Room.limit(area, 400);
        }
        notMet.setWidthFull();
        closing.setWidthFull();
        hub.setWidthFull();
        FormErrors errors = new FormErrors("need-move-errors", "The need was not moved on")
                .field("status", move).field("note", note).field("notMetReason", notMet)
                .field("closingReason", closing).field("reason", reason).field("detail", reason).field("hub", hub);
        Button save = new Button("Save", e -> {
            if (move.getValue() == null) {
                errors.show(Map.of("status", "Choose what happened"));
                return;
            }
            try {
                errors.saved(() -> save(work, needId)).ifPresent(saved -> {
                    Notification.show(label + ": " + saved.status().label().toLowerCase()
                            + (saved.hubName() == null ? "" : " · " + saved.hubName()));
                    close();
                    onSaved.run();
                });
            } catch (AccessDeniedException ex) {
                errors.show(ex.getMessage());
            }
        });
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.setId("need-move-save");
        Button cancel = new Button("Cancel", e -> close());
        add(errors, move, note, checkBack, notMet, closing, hub, reason);
        getFooter().add(cancel, save);
        setWidth("36rem");
        setMaxWidth("100%");
        if (moves.size() == 1) {
            move.setValue(moves.get(0));
        }
        show(move.getValue());
    }

    private NeedSummary save(NeedWork work, long needId) {
        return switch (move.getValue()) {
            case STARTED -> work.startWork(needId);
            case MET -> work.markMet(needId, note.getValue(), checkBack.getValue());
            case NOT_MET -> work.markNotMet(needId, notMet.getValue(), reason.getValue());
            case CLOSED -> work.close(needId, closing.getValue(), reason.getValue());
            case SEND -> work.sendToHub(needId, hub.getValue() == null ? null : hub.getValue().id(),
                    reason.getValue());
            case REOPEN -> work.reopen(needId, reason.getValue());
        };
    }

    /** Shows only the fields the chosen move asks for; what was typed in the others is kept. */
    private void show(Move chosen) {
        note.setVisible(chosen == Move.MET);
        checkBack.setVisible(chosen == Move.MET);
        notMet.setVisible(chosen == Move.NOT_MET);
        closing.setVisible(chosen == Move.CLOSED);
        hub.setVisible(chosen == Move.SEND);
        reason.setVisible(chosen == Move.NOT_MET || chosen == Move.CLOSED || chosen == Move.SEND
                || chosen == Move.REOPEN);
        reason.setLabel(chosen == null ? "Reason" : switch (chosen) {
            case NOT_MET -> "In words (needed for another reason)";
            case CLOSED -> "More about it (optional)";
            case SEND -> "Why it goes there";
            case REOPEN -> "Why it is open again";
            default -> "Reason";
        });
    }
}
