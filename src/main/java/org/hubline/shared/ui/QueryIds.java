package org.hubline.shared.ui;

import java.util.Optional;

import com.vaadin.flow.router.BeforeEnterEvent;

/** Record ids passed in a page's address ({@code cases/new?resident=42}). */
public final class QueryIds {

    private QueryIds() {
    }

    /** The id in the named query parameter; empty if it is missing or not a number. */
    public static Optional<Long> of(BeforeEnterEvent event, String name) {
        try {
            return event.getLocation().getQueryParameters().getSingleParameter(name).map(Long::parseLong);
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }
}
