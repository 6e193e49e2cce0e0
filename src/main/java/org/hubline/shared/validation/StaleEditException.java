package org.hubline.shared.validation;

/**
 * A save was based on data someone else has changed since it was read. The message says what
 * changed, so the person can reload and reapply their edit.
 */
public class StaleEditException extends RuntimeException {

    public StaleEditException(String message) {
        super(message);
    }
}
