package org.hubline.shared.ui;

import java.util.Locale;

import com.vaadin.flow.component.textfield.TextFieldBase;

/**
 * A text with a limit says how much room it has, so nothing typed is cut off unseen: "Up to 2,000
 * characters" until four fifths are used, then "312 characters left" as the handler types. The
 * count runs in the browser (no round trip a keystroke); the service still refuses anything longer.
 */
public final class Room {

    private Room() {
    }

    /** Limits the field to {@code max} characters; a helper text it has already stays, before the count. */
    public static void limit(TextFieldBase<?, String> field, int max) {
        String before = field.getHelperText() == null || field.getHelperText().isBlank() ? ""
                : field.getHelperText().trim() + " ";
        field.getElement().setProperty("maxlength", max);
        field.setHelperText(before + upTo(max));
        field.getElement().executeJs("""
                const field = this, max = $0, upTo = $1, before = $2;
                const update = () => {
                  const left = max - (field.value || '').length;
                  field.helperText = before + (left <= max / 5
                      ? (left === 1 ? '1 character left' : left.toLocaleString('en-GB') + ' characters left')
                      : upTo);
                };
                field.addEventListener('input', update);
                field.addEventListener('value-changed', update);
                update();""", max, upTo(max), before);
    }

    static String upTo(int max) {
        return String.format(Locale.UK, "Up to %,d characters", max);
    }
}
