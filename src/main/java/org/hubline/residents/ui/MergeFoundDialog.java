package org.hubline.residents.ui;

import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;

import org.hubline.residents.Duplicates;
import org.hubline.residents.MergeRecord;
import org.hubline.residents.ResidentHit;
import org.hubline.shared.ui.FormErrors;
import org.hubline.shared.ui.Formats;

/**
 * Two residents a coordinator found by search and knows to be one person: she chooses whose record
 * is kept, and the other's requests, calls and consent show on it from then on (undone from the
 * kept resident's page if it was a mistake).
 */
class MergeFoundDialog extends Dialog {

    MergeFoundDialog(Duplicates duplicates, List<ResidentHit> two, Consumer<MergeRecord> onMerged) {
        setHeaderTitle("Merge two residents");
        RadioButtonGroup<ResidentHit> keep = new RadioButtonGroup<>("Keep the record of");
        keep.setItems(two);
        keep.setItemLabelGenerator(h -> h.name() + (h.dateOfBirth() == null ? "" : ", born "
                + Formats.date(h.dateOfBirth())) + (h.addressLine1() == null ? "" : ", " + h.addressLine1()));
        keep.setId("merge-keep");
        FormErrors errors = new FormErrors("merge-errors", "The residents were not merged").field("survivor", keep);
        Button merge = new Button("Merge them", e -> {
            if (keep.getValue() == null) {
                errors.show(Map.of("survivor", "Choose whose record to keep"));
                return;
            }
            ResidentHit survivor = keep.getValue();
            ResidentHit merged = two.get(0).equals(survivor) ? two.get(1) : two.get(0);
            errors.saved(() -> duplicates.merge(merged.id(), survivor.id())).ifPresent(record -> {
                close();
                onMerged.accept(record);
            });
        });
        merge.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        merge.setId("merge-confirm");
        Button cancel = new Button("Cancel", e -> close());
        add(new Paragraph("Only merge when you are sure they are the same person. The other record's requests, "
                + "calls and consent will show on the one you keep; the merge can be undone from its page."),
                errors, keep);
        getFooter().add(cancel, merge);
        setWidth("36rem");
        setMaxWidth("100%");
    }
}
