package org.hubline.accounts.ui;

import java.time.Clock;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

import jakarta.annotation.security.RolesAllowed;

import org.hubline.accounts.PartnerOrganisationRef;
import org.hubline.accounts.UserAdministration;
import org.hubline.accounts.UserSummary;
import org.hubline.shared.security.Role;
import org.hubline.shared.security.Roles;
import org.hubline.shared.ui.Formats;
import org.hubline.shared.ui.QueryIds;

/** Admins manage who can sign in: a searchable, lazily paged list of users and a form for each. */
@Route("admin/users")
@PageTitle("Users · Hubline")
@Menu(title = "Users", order = 90, icon = "vaadin:users")
@RolesAllowed(Roles.ADMIN)
public class UserAdminView extends VerticalLayout implements BeforeEnterObserver {

    /** The query parameter that narrows the list to one partner organisation's users. */
    public static final String ORGANISATION = "organisation";

    private final UserAdministration admin;
    private final Grid<UserSummary> grid = new Grid<>(UserSummary.class, false);
    private final TextField search = new TextField("Find a user");
    private final Div scope = new Div();
    private PartnerOrganisationRef organisation;

    public UserAdminView(UserAdministration admin, Clock clock) {
        this.admin = admin;
        setSizeFull();
        search.setPlaceholder("Name or username");
        search.setClearButtonVisible(true);
        search.setValueChangeMode(ValueChangeMode.LAZY);
        search.addValueChangeListener(e -> refresh());
        search.setId("user-search");
        Button create = new Button("New user", VaadinIcon.PLUS.create(), e -> openForm(null));
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        create.setId("new-user");
        HorizontalLayout toolbar = new HorizontalLayout(search, create);
        toolbar.setAlignItems(Alignment.BASELINE);

        grid.addColumn(UserSummary::displayName).setHeader("Name").setAutoWidth(true);
        grid.addColumn(UserSummary::username).setHeader("Username").setAutoWidth(true);
        grid.addColumn(u -> u.roles().stream().map(Role::label).sorted().collect(Collectors.joining(", ")))
                .setHeader("Roles").setAutoWidth(true);
        grid.addColumn(u -> u.partnerOrganisation() != null ? u.partnerOrganisation()
                : String.join(", ", u.hubNames())).setHeader("Hubs or organisation").setFlexGrow(2);
        grid.addColumn(UserAdminView::status).setHeader("Status").setFlexGrow(1);
        grid.addColumn(u -> u.lastSignInAt() == null ? "Never" : Formats.dateTime(u.lastSignInAt(), clock))
                .setHeader("Last sign-in").setAutoWidth(true);
        grid.addComponentColumn(u -> {
            Button edit = new Button("Edit", e -> openForm(u.id()));
            edit.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            edit.setAriaLabel("Edit " + u.displayName());
            return edit;
        }).setHeader("Actions").setFlexGrow(0).setAutoWidth(true);
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setAriaLabel("Users");
        grid.setId("users");
        grid.setSizeFull();
        grid.setItems(q -> admin.find(search.getValue(), organisationId(), q.getOffset(), q.getLimit()).stream(),
                q -> admin.count(search.getValue(), organisationId()));
        scope.setId("users-scope");

        add(new H1("Users"), scope, toolbar, grid);
    }

    /** From a partner organisation's row: its users only, and new users made for it. */
    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        organisation = QueryIds.of(event, ORGANISATION).flatMap(id -> admin.partnerOptions().stream()
                .filter(p -> p.id() == id).findFirst()).orElse(null);
        scope.removeAll();
        if (organisation != null) {
            scope.add(new Paragraph("Partner users of " + organisation.name() + ". New users are made for it."),
                    new RouterLink("Show all users", UserAdminView.class));
        }
        refresh();
    }

    private Long organisationId() {
        return organisation == null ? null : organisation.id();
    }

    private static String status(UserSummary u) {
        if (!u.enabled()) {
            return "Disabled";
        }
        return u.mustChangePassword() ? "Active · must change password" : "Active";
    }

    private void openForm(Long id) {
        UserFormDialog form = new UserFormDialog(admin, id == null ? null : admin.get(id), this::refresh);
        if (id == null && organisation != null) {
            form.forPartner(organisation);
        }
        form.open();
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }
}
