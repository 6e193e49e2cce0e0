package org.hubline.shared.ui;

import java.util.Arrays;
import java.util.Optional;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.PermitAll;

import org.hubline.shared.security.CurrentUser;
import org.hubline.shared.security.Role;
import org.hubline.shared.security.SignedInUser;

/**
 * The root route: sends each user on to their role's home view. Where a user has several
 * roles, the first in {@link Role}'s order wins (admin last, so an admin who also handles
 * calls lands on the calls view).
 */
@Route("")
@PageTitle("Hubline")
@PermitAll
public class HomeView extends VerticalLayout implements BeforeEnterObserver {

    private final CurrentUser currentUser;

    public HomeView(CurrentUser currentUser) {
        this.currentUser = currentUser;
        add(new H1("Welcome to Hubline"),
                new Paragraph("Your account has no role yet. Ask an administrator to give you one."));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        homeRoute(currentUser.get()).ifPresent(event::forwardTo);
    }

    static Optional<String> homeRoute(Optional<SignedInUser> user) {
        return user.flatMap(u -> Arrays.stream(Role.values()).filter(u::hasRole).findFirst())
                .map(Role::homeRoute);
    }
}
