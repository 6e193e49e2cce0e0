package org.hubline.intake.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

import org.hubline.intake.LogCall;
import org.hubline.intake.Priority;
import org.hubline.intake.SupportNow;
import org.hubline.intake.Triage;

/**
 * The priority the rules give with their reasons, and an override with its reason. Who supports the
 * resident now is asked with their situation, where the conversation asks it: {@link #supportField()}
 * is placed there, and triage reads it.
 */
class TriageSection extends Section {

    private final RadioButtonGroup<SupportNow> support = new RadioButtonGroup<>();
    private final Paragraph priority = new Paragraph();
    private final Paragraph reasons = new Paragraph();
    private final Select<Priority> priorityOverride = new Select<>();
    private final TextField overrideReason = new TextField("Why a different priority");

    TriageSection() {
        support.setLabel("Who supports them now");
        support.setItems(SupportNow.values());
        support.setItemLabelGenerator(SupportNow::label);
        support.setId("triage-support");
        support.setRequiredIndicatorVisible(true);
        support.setHelperText("Arrow keys choose");
        priority.setId("triage-priority");
        priority.addClassName("hubline-priority");
        reasons.setId("triage-reasons");
        Div result = new Div(priority, reasons);
        result.getElement().setAttribute("aria-live", "polite");
        priorityOverride.setLabel("Change the priority");
        priorityOverride.setItems(Priority.values());
        priorityOverride.setItemLabelGenerator(p -> p == null ? "Keep the priority above" : p.label());
        priorityOverride.setEmptySelectionAllowed(true);
        priorityOverride.setEmptySelectionCaption("Keep the priority above");
        priorityOverride.setId("triage-override");
        overrideReason.setId("triage-override-reason");
        overrideReason.setValueChangeMode(ValueChangeMode.LAZY);
        add(new H2("Triage"), result, new FormLayout(priorityOverride, overrideReason));
    }

    /** "Who supports them now", for the resident's situation. */
    RadioButtonGroup<SupportNow> supportField() {
        return support;
    }

    void show(Triage.Result triage) {
        priority.setText(triage.priority().label());
        reasons.setText(triage.reasonsText());
    }

    SupportNow supportNow() {
        return support.getValue();
    }

    Priority override() {
        return priorityOverride.getValue();
    }

    String overrideReason() {
        return overrideReason.getValue();
    }

    void restore(LogCall draft) {
        support.setValue(draft.supportNow());
        priorityOverride.setValue(draft.priorityOverride());
        overrideReason.setValue(NewCallView.orEmpty(draft.overrideReason()));
    }

    List<HasValue<?, ?>> inputs() {
        return List.of(support, priorityOverride, overrideReason);
    }

    Map<String, HasValidation> byName() {
        Map<String, HasValidation> m = new LinkedHashMap<>();
        m.put("supportNow", support);
        m.put("overrideReason", overrideReason);
        return m;
    }
}
