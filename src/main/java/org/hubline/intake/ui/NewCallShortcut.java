package org.hubline.intake.ui;

import java.util.Set;

import com.vaadin.flow.component.Key;

import org.hubline.shared.security.Role;
import org.hubline.shared.ui.ShellShortcut;
import org.springframework.stereotype.Component;

/** Alt+C starts a new call from any page: after saving one, the next call is one shortcut away. */
@Component
class NewCallShortcut implements ShellShortcut {

    @Override
    public String label() {
        return "New call";
    }

    @Override
    public Key key() {
        return Key.KEY_C;
    }

    @Override
    public String route() {
        return "calls/new";
    }

    @Override
    public Set<Role> roles() {
        return Set.of(Role.CALL_HANDLER, Role.HUB_COORDINATOR);
    }

    @Override
    public String id() {
        return "new-call";
    }
}
