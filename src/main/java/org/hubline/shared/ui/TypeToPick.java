package org.hubline.shared.ui;

import java.util.HashSet;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;

/**
 * Type a few letters and press Enter (or Tab): the first item whose label contains them is
 * chosen, without Arrow Down first. A combo box otherwise commits only an exact label, and drops
 * what was typed. Text that matches nothing is not taken as a choice: the field says so.
 */
public final class TypeToPick {

    static final String NO_MATCH = "Nothing in the list matches \"%s\": type less, or open the list";

    private TypeToPick() {
    }

    /** For a combo box over a fixed list of items. */
    public static <T> void firstMatch(ComboBox<T> combo, Function<T, String> label) {
        lookedUp(combo, text -> combo.getListDataView().getItems()
                .filter(item -> contains(label.apply(item), text)).findFirst());
    }

    /** For a combo box whose items are looked up as the user types (such as wards). */
    public static <T> void lookedUp(ComboBox<T> combo, LookUp<T> lookUp) {
        combo.setAllowCustomValue(true);
        combo.addCustomValueSetListener(e -> lookUp.first(e.getDetail().trim()).ifPresentOrElse(item -> {
            combo.setInvalid(false);
            combo.setValue(item);
        }, () -> refuse(combo, e.getDetail().trim())));
    }

    /** For a multi-select list: the first match is added to what is already chosen. */
    public static <T> void firstMatch(MultiSelectComboBox<T> combo, Function<T, String> label) {
        combo.setAllowCustomValue(true);
        combo.addCustomValueSetListener(e -> {
            String text = e.getDetail().trim();
            Optional<T> match = combo.getListDataView().getItems()
                    .filter(item -> contains(label.apply(item), text)).findFirst();
            match.ifPresentOrElse(item -> {
                Set<T> chosen = new HashSet<>(combo.getValue());
                chosen.add(item);
                combo.setInvalid(false);
                combo.setValue(chosen);
            }, () -> refuse(combo, text));
        });
    }

    private static void refuse(HasValidation field, String text) {
        field.setErrorMessage(NO_MATCH.formatted(text));
        field.setInvalid(true);
    }

    /** Finds the first item for what was typed. */
    @FunctionalInterface
    public interface LookUp<T> {
        Optional<T> first(String text);
    }

    static boolean contains(String label, String text) {
        return label != null && label.toLowerCase(Locale.UK).contains(text.toLowerCase(Locale.UK));
    }
}
