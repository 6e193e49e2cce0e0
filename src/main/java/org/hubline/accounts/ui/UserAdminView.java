package org.hubline.accounts.ui;

import java.time.Clock;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.hubline.accounts.UserAdministration;
import org.hubline.accounts.UserSummary;
import org.hubline.shared.security.Role;
import org.hubline.shared.security.Roles;
import org.hubline.shared.ui.Formats;

/** Admins manage who can sign in: a searchable, lazily paged list of users and a form for each. */
@Route("admin/users")
@PageTitle("Users · Hubline")
@Menu(title = "Users", order = 90, icon = "vaadin:users")
@RolesAllowed(Roles.ADMIN)
public class UserAdminView extends VerticalLayout {

    private final UserAdministration admin;
    private final Grid<UserSummary> grid = new Grid<>(UserSummary.class, false);
    private final TextField search = new TextField("Find a user");

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
        grid.setItems(q -> admin.find(search.getValue(), q.getOffset(), q.getLimit()).stream(),
                q -> admin.count(search.getValue()));

        add(new H1("Users"), toolbar, grid);
    }

    private static String status(UserSummary u) {
        if (!u.enabled()) {
            return "Disabled";
        }
        return u.mustChangePassword() ? "Active · must change password" : "Active";
    }

    private void openForm(Long id) {
        new UserFormDialog(admin, id == null ? null : admin.get(id), this::refresh).open();
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }
}
