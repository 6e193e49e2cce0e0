package org.hubline.shared.ui;

import java.util.Set;

import com.vaadin.flow.component.Key;

import org.hubline.shared.security.Role;

/**
 * An action offered in the header of every page, with an Alt shortcut that works wherever the user
 * is: a module declares it as a bean and the shell shows it to the roles it names (for example
 * "New call", Alt+C, for handlers and coordinators).
 */
public interface ShellShortcut {

    /** What the button says, without the shortcut ("New call"). */
    String label();

    /** The letter pressed with Alt. */
    Key key();

    /** Where it goes. */
    String route();

    /** Who is offered it. */
    Set<Role> roles();

    /** The button's element id. */
    String id();
}
