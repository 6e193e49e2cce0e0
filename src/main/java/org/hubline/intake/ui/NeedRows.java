package org.hubline.intake.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;

import org.hubline.intake.NeedInput;
import org.hubline.intake.NeedType;
import org.hubline.intake.WhenNeeded;
import org.hubline.shared.ui.TypeToPick;

/** The needs on the call: one row each, added with Alt+N, each with its type, when needed and detail. */
class NeedRows extends Section {

    private final List<NeedType> types;
    private final Runnable onChange;
    private Supplier<Set<String>> alreadyOpen = Set::of;
    private final List<Row> rows = new ArrayList<>();
    private final Div list = new Div();
    final Paragraph error = new Paragraph();
    final Button add = new Button("Add a need (Alt+N)");

    private final class Row extends Div {
        final ComboBox<NeedType> type = new ComboBox<>("Need");
        final Select<WhenNeeded> when = new Select<>();
        final TextField detail = new TextField("Detail");
        final Button remove = new Button("Remove");

        Row(int number) {
            addClassName("hubline-need-row");
            type.setItems(types);
            type.setItemLabelGenerator(NeedType::label);
            type.setId("need-type-" + number);
            type.setAriaLabel("Need " + number);
            type.setLabel("Need " + number);
            type.setWidth("24rem");
            TypeToPick.firstMatch(type, NeedType::label);
            when.setLabel("Needed by");
            when.setItems(WhenNeeded.values());
            when.setItemLabelGenerator(WhenNeeded::label);
            when.setId("need-when-" + number);
            when.setVisible(false);
            detail.setId("need-detail-" + number);
            detail.setValueChangeMode(ValueChangeMode.LAZY);
            remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ERROR);
            remove.setAriaLabel("Remove need " + number);
            remove.addClickListener(e -> removeRow(this));
            type.addValueChangeListener(e -> {
                when.setVisible(e.getValue() != null && e.getValue().asksWhenNeeded());
                type.setHelperText(e.getValue() != null && alreadyOpen.get().contains(e.getValue().label())
                        ? "Already open for them: tick \"This call is about…\" above rather than adding it again"
                        : null);
                onChange.run();
            });
            when.addValueChangeListener(e -> onChange.run());
            detail.addValueChangeListener(e -> onChange.run());
            add(type, when, detail, remove);
        }

        NeedInput value() {
            return new NeedInput(type.getValue() == null ? null : type.getValue().id(), when.getValue(),
                    detail.getValue());
        }
    }

    NeedRows(List<NeedType> types, Runnable onChange) {
        this.types = types;
        this.onChange = onChange;
        setId("needs");
        list.setId("need-rows");
        add.setId("add-need");
        add.addClickListener(e -> addRow().type.focus());
        error.addClassName("hubline-error");
        error.setId("needs-error");
        error.setVisible(false);
        add(new H2("Needs"), list, error, add);
    }

    /** The labels of needs the resident already has open, to warn before one is added again. */
    void warnAgainst(Supplier<Set<String>> openLabels) {
        this.alreadyOpen = openLabels;
    }

    private Row addRow() {
        Row row = new Row(rows.size() + 1);
        rows.add(row);
        list.add(row);
        onChange.run();
        return row;
    }

    /** Adds an empty need and puts the cursor in it (Alt+N). */
    void addAndFocus() {
        addRow().type.focus();
    }

    private void removeRow(Row row) {
        List<NeedInput> kept = new ArrayList<>(value());
        kept.remove(rows.indexOf(row));
        setValue(kept);
        add.focus();
        onChange.run();
    }

    List<NeedInput> value() {
        return rows.stream().map(Row::value).toList();
    }

    void setValue(List<NeedInput> needs) {
        rows.clear();
        list.removeAll();
        for (NeedInput need : needs) {
            Row row = new Row(rows.size() + 1);
            rows.add(row);
            list.add(row);
            types.stream().filter(t -> t.id().equals(need.needTypeId())).findFirst().ifPresent(row.type::setValue);
            row.when.setValue(need.whenNeeded());
            row.detail.setValue(need.detail() == null ? "" : need.detail());
        }
    }

    void showError(String message) {
        error.setText(message == null ? "" : message);
        error.setVisible(message != null);
    }
}
