package org.hubline.intake.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;

import org.hubline.residents.Duplicates;
import org.hubline.residents.MergeRecord;
import org.hubline.shared.ui.FormErrors;
import org.hubline.shared.ui.Room;

/** Undoes a merge on purpose, days later if need be, saying why they are different people after all. */
class UndoMergeDialog extends Dialog {

    UndoMergeDialog(Duplicates duplicates, MergeRecord merge, Runnable onUndone) {
        setHeaderTitle("Undo the merge of " + merge.merged().name());
        TextArea reason = new TextArea("Why they are different people");
        reason.setId("undo-merge-reason");
        reason.setWidthFull();
        Room.limit(reason, 500);
        FormErrors errors = new FormErrors("undo-merge-errors", "The merge was not undone")
                .field("reason", reason);
        Button undo = new Button("Undo the merge", e -> {
            if (errors.attempt(() -> duplicates.undoMerge(merge.id(), reason.getValue()))) {
                close();
                onUndone.run();
            }
        });
        undo.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        undo.setId("undo-merge-save");
        add(errors, new Paragraph(merge.merged().name() + " (resident " + merge.merged().id() + ") gets their own "
                + "record back, with the requests and calls recorded against it; anything recorded since the merge "
                + "stays with " + merge.survivor().name() + "."), reason);
        getFooter().add(new Button("Cancel", e -> close()), undo);
        setWidth("34rem");
        setMaxWidth("100%");
    }
}
