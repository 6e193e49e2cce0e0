package org.hubline.casework.ui;

import java.util.Optional;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;

import jakarta.annotation.security.RolesAllowed;

import org.hubline.casework.CaseOpening;
import org.hubline.casework.Casework;
import org.hubline.shared.security.CurrentUser;
import org.hubline.shared.security.Roles;
import org.hubline.shared.ui.QueryIds;
import org.hubline.shared.validation.InvalidInputException;
import org.springframework.security.access.AccessDeniedException;

/**
 * Opens a case for any resident of the coordinator's hubs, from their page or the hub's queue
 * ({@code cases/new?resident=ID}), not only for those the complex-demand rules flag.
 */
@Route("cases/new")
@PageTitle("Open a case · Hubline")
@RolesAllowed(Roles.HUB_COORDINATOR)
public class NewCaseView extends Div implements BeforeEnterObserver {

    private final Casework casework;
    private final CurrentUser currentUser;

    public NewCaseView(Casework casework, CurrentUser currentUser) {
        this.casework = casework;
        this.currentUser = currentUser;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        removeAll();
        Optional<Long> resident = QueryIds.of(event, "resident");
        if (resident.isEmpty()) {
            add(new H1("Open a case"), new Paragraph("Open a case from the resident's page or from My hub today."));
            return;
        }
        long residentId = resident.get();
        CaseOpening opening;
        try {
            opening = casework.opening(residentId);
        } catch (AccessDeniedException | InvalidInputException e) {
            add(new H1("You cannot open a case for this resident"), new Paragraph(e instanceof AccessDeniedException
                    ? "They belong to a hub you do not work for." : e.getMessage()));
            return;
        }
        add(new H1("Open a case for " + opening.name()));
        if (opening.openCaseId() != null) {
            add(new Paragraph(opening.name() + " already has an open case."),
                    new Anchor("cases/" + opening.openCaseId(), "Go to the case"));
            return;
        }
        OpenCaseForm form = new OpenCaseForm(casework, residentId, null, currentUser.require().getUsername(),
                id -> getUI().ifPresent(ui -> ui.navigate(CaseView.class,
                        new RouteParameters("id", String.valueOf(id)))));
        add(new Paragraph("A case brings one plan, a lead worker and regular reviews to a resident whose needs "
                + "keep returning or need several services."), form, form.openButton());
    }
}
