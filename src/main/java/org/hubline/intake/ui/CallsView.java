package org.hubline.intake.ui;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.hubline.shared.security.Roles;
import org.hubline.shared.ui.PlaceholderView;

/** The call handler's home. */
@Route("calls")
@PageTitle("Calls · Hubline")
@Menu(title = "Calls", order = 10, icon = "vaadin:phone")
@RolesAllowed({Roles.CALL_HANDLER, Roles.HUB_COORDINATOR})
public class CallsView extends PlaceholderView {

    public CallsView() {
        super("Calls", "Take a call: find or create the resident, record their needs, triage and route them.",
                "Find a resident and spot repeat callers", "Log a call and its needs by keyboard",
                "Priority with its reasons", "Callback queue");
    }
}
