package org.hubline.residents.ui;

import java.util.Set;

import com.vaadin.flow.component.Key;

import org.hubline.shared.security.Role;
import org.hubline.shared.ui.ShellSearch;
import org.springframework.stereotype.Component;

/** Alt+F, on every page, focuses the header's resident search. */
@Component
class FindResidentSearch implements ShellSearch {

    static final String HINT = "name, date of birth, phone, postcode, UPRN or a reference such as HR-1042";

    @Override
    public String label() {
        return "Find a resident";
    }

    @Override
    public String hint() {
        return HINT;
    }

    @Override
    public Key key() {
        return Key.KEY_F;
    }

    @Override
    public String route() {
        return FindResidentView.ROUTE;
    }

    @Override
    public Set<Role> roles() {
        return Set.of(Role.CALL_HANDLER, Role.HUB_COORDINATOR);
    }

    @Override
    public String id() {
        return "find-resident";
    }
}
