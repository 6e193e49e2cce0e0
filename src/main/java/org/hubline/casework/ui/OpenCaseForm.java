package org.hubline.casework.ui;

import java.util.List;
import java.util.function.LongConsumer;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextArea;

import org.hubline.accounts.Colleague;
import org.hubline.casework.Casework;
import org.hubline.shared.ui.FormErrors;
import org.hubline.shared.ui.Room;

/**
 * Opening a case for a resident, the one form wherever it is opened from (the complex-demand queue,
 * the resident's page, the hub's queue): who leads it and why. A refusal keeps what was typed.
 */
class OpenCaseForm extends Div {

    private final Button open = new Button("Open the case");

    OpenCaseForm(Casework casework, long residentId, String suggestedReason, String me, LongConsumer onOpened) {
        ComboBox<Colleague> lead = new ComboBox<>("Lead worker");
        List<Colleague> leads = casework.leadWorkers();
        lead.setItems(leads);
        lead.setItemLabelGenerator(Colleague::displayName);
        lead.setId("case-lead");
        leads.stream().filter(c -> c.username().equals(me)).findFirst().ifPresent(lead::setValue);
        TextArea reason = new TextArea("Why a case");
        reason.setId("case-reason");
        reason.setWidthFull();
        Room.limit(reason, 500);
        if (suggestedReason != null) {
            reason.setValue(suggestedReason);
        }
        FormErrors problem = new FormErrors("case-open-errors", "The case was not opened")
                .field("leadWorker", lead).field("reason", reason);
        open.addClickListener(e -> problem.saved(() -> casework.open(residentId,
                lead.getValue() == null ? null : lead.getValue().username(), reason.getValue(), List.of()))
                .ifPresent(file -> onOpened.accept(file.id())));
        open.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        open.setId("case-open");
        add(problem, lead, reason);
    }

    /** The button that opens the case, for a dialog's footer or the page. */
    Button openButton() {
        return open;
    }
}
