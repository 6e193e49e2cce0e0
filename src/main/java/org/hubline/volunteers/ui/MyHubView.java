package org.hubline.volunteers.ui;

import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.hubline.shared.security.Roles;
import org.hubline.shared.ui.PlaceholderView;

/** The hub coordinator's home: "my hub today". */
@Route("my-hub")
@PageTitle("My hub today · Hubline")
@Menu(title = "My hub today", order = 20, icon = "vaadin:home")
@RolesAllowed(Roles.HUB_COORDINATOR)
public class MyHubView extends PlaceholderView {

    public MyHubView() {
        super("My hub today", "Your hub's routed needs, volunteers and tasks.",
                "Open needs by priority and SLA", "Unallocated and overdue tasks", "Volunteers available now",
                "DBS renewals due");
    }
}
