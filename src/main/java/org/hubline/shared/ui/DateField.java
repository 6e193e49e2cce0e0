package org.hubline.shared.ui;

import java.time.LocalDate;
import java.util.Locale;

import com.vaadin.flow.component.datepicker.DatePicker;

/**
 * A date typed or picked in a form, day first as in the UK. What was typed and could not be read
 * as a date ("31/02/1950") is not taken as "no date": {@link FormErrors} refuses the save and says
 * so beside the field, and the text stays as typed.
 */
public class DateField extends DatePicker {

    public static final String UNREADABLE = "Enter a real date like 14/03/1948";

    public DateField(String label) {
        this(label, null);
    }

    public DateField(String label, LocalDate value) {
        super(label, value);
        setLocale(Locale.UK);
        setI18n(ukFormats(new DatePickerI18n()).setBadInputErrorMessage(UNREADABLE));
    }

    /**
     * Day first, shown as 14/03/1948; also read without the slashes (14031948) or with single digits
     * (14/3/1948), so a date can be typed in as few keys as the caller says it.
     */
    public static DatePickerI18n ukFormats(DatePickerI18n i18n) {
        return i18n.setDateFormats("dd/MM/yyyy", "ddMMyyyy", "d/M/yyyy");
    }

    /** Something was typed that is not a date. */
    public boolean unreadable() {
        return getValue() == null && isInputUnparsable();
    }
}
