package org.hubline.shared.ui;

import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationException;

/**
 * Forms bound to a record with {@link Binder} (every component bound by name): the record the
 * fields make now. Their rules live in the service, which refuses through {@link FormErrors}, so
 * the binder has no validators of its own to fail.
 */
public final class RecordForms {

    private RecordForms() {
    }

    public static <R> R written(Binder<R> form) {
        try {
            return form.writeRecord();
        } catch (ValidationException e) {
            throw new IllegalStateException("A record form has no validators of its own: " + e.getMessage(), e);
        }
    }
}
