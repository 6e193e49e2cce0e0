package org.hubline.shared.ui;

import java.util.Optional;
import java.util.Set;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.UI;

import org.hubline.shared.security.Role;

/**
 * A search field in the header of every page, focused by an Alt shortcut: a module declares it
 * as a bean and the shell shows it to the roles it names. Pressing Enter opens the module's results
 * page with the text typed, handed over inside the UI so the terms (names, dates of birth) never
 * appear in an address, the browser's history or a server log.
 */
public interface ShellSearch {

    /** What the field is for, without the shortcut ("Find a resident"). */
    String label();

    /** What may be typed, as a hint inside the field. */
    String hint();

    /** The letter pressed with Alt to focus the field. */
    Key key();

    /** The results page. */
    String route();

    /** Who is offered it. */
    Set<Role> roles();

    /** The field's element id. */
    String id();

    /** Hands the text typed to the results page about to open. */
    static void hand(UI ui, String text) {
        ComponentUtil.setData(ui, ShellSearch.class.getName(), text);
    }

    /** The text handed to the results page, once. */
    static Optional<String> take(UI ui) {
        Object text = ComponentUtil.getData(ui, ShellSearch.class.getName());
        ComponentUtil.setData(ui, ShellSearch.class.getName(), null);
        return Optional.ofNullable((String) text);
    }
}
