package org.hubline.shared.ui;

import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.KeyModifier;
import com.vaadin.flow.component.Shortcuts;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.server.menu.MenuEntry;
import com.vaadin.flow.spring.security.AuthenticationContext;

import jakarta.annotation.security.PermitAll;

import org.hubline.shared.security.CurrentUser;
import org.hubline.shared.security.HubRef;
import org.hubline.shared.security.Role;
import org.hubline.shared.security.SignedInUser;

/**
 * The shell around every signed-in view: a skip link, the header with who is signed in, the
 * side navigation built from {@code @Menu} entries the user may open, and a {@code main} landmark.
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    static final String MAIN_ID = "main-content";

    private final Main main = new Main();

    public MainLayout(CurrentUser currentUser, AuthenticationContext authenticationContext,
            List<ShellShortcut> shortcuts, List<ShellSearch> searches) {
        setPrimarySection(Section.DRAWER);
        main.setId(MAIN_ID);
        main.getElement().setAttribute("tabindex", "-1");
        main.addClassName("hubline-main");

        Anchor skipLink = new Anchor("#" + MAIN_ID, "Skip to main content");
        skipLink.addClassName("skip-link");

        DrawerToggle toggle = new DrawerToggle();
        toggle.setAriaLabel("Show or hide the menu");

        Div userInfo = new Div();
        userInfo.addClassName("hubline-user");
        currentUser.get().ifPresent(user -> userInfo.add(describe(user)));

        Button signOut = new Button("Sign out", e -> authenticationContext.logout());
        signOut.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        signOut.setId("sign-out");

        Div spacer = new Div();
        spacer.addClassName("hubline-spacer");
        addToNavbar(skipLink, toggle);
        currentUser.get().ifPresent(user -> searches.stream()
                .filter(s -> s.roles().stream().anyMatch(user.roles()::contains))
                .forEach(s -> addToNavbar(searchField(s))));
        addToNavbar(spacer);
        currentUser.get().ifPresent(user -> shortcuts.stream()
                .filter(s -> s.roles().stream().anyMatch(user.roles()::contains))
                .forEach(s -> addToNavbar(shortcutButton(s))));
        addToNavbar(userInfo, signOut);

        Span appName = new Span("Hubline");
        appName.addClassName("hubline-app-name");
        SideNav nav = createSideNav();
        nav.getElement().setAttribute("aria-label", "Main menu");
        addToDrawer(appName, nav);
    }

    /** A header button whose Alt shortcut works on every page inside the shell. */
    private Button shortcutButton(ShellShortcut shortcut) {
        Button button = new Button(shortcut.label() + " (Alt+" + letter(shortcut.key()) + ")",
                e -> getUI().ifPresent(ui -> ui.navigate(shortcut.route())));
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        button.addClickShortcut(shortcut.key(), KeyModifier.ALT);
        button.setId(shortcut.id());
        return button;
    }

    /** A header search field: Alt+letter focuses it, Enter opens its results page with what was typed. */
    private TextField searchField(ShellSearch search) {
        TextField field = new TextField();
        field.setId(search.id());
        field.setPlaceholder(search.label() + " (Alt+" + letter(search.key()) + ")");
        field.setAriaLabel(search.label() + " (Alt+" + letter(search.key()) + "): " + search.hint());
        field.setTooltipText(search.hint());
        field.setClearButtonVisible(true);
        field.addClassName("hubline-shell-search");
        Icon icon = VaadinIcon.SEARCH.create();
        icon.getElement().setAttribute("aria-hidden", "true");
        field.setPrefixComponent(icon);
        Shortcuts.addShortcutListener(this, () -> {
            field.focus();
            field.getElement().executeJs("this.inputElement && this.inputElement.select()");
        }, search.key(), KeyModifier.ALT);
        field.addKeyDownListener(Key.ENTER, e -> getUI().ifPresent(ui -> {
            ShellSearch.hand(ui, field.getValue());
            ui.navigate(search.route());
        }));
        return field;
    }

    private static String letter(Key key) {
        return key.getKeys().get(0).toUpperCase(Locale.UK).replace("KEY", "");
    }

    private static Component describe(SignedInUser user) {
        Span name = new Span(user.displayName());
        name.addClassName("hubline-user-name");
        String roles = user.roles().stream().sorted().map(Role::label).collect(Collectors.joining(", "));
        Span role = new Span(roles.isEmpty() ? "No role" : roles);
        role.addClassName("hubline-user-role");
        Div box = new Div(name, role);
        if (!user.hubs().isEmpty()) {
            Span hubs = new Span(user.hubs().stream().map(HubRef::name).collect(Collectors.joining(", ")));
            hubs.addClassName("hubline-user-hubs");
            box.add(hubs);
        }
        user.partnerOrganisationName().ifPresent(org -> {
            Span partner = new Span(org);
            partner.addClassName("hubline-user-hubs");
            box.add(partner);
        });
        box.setId("signed-in-user");
        return box;
    }

    private static SideNav createSideNav() {
        SideNav nav = new SideNav();
        nav.setId("main-menu");
        for (MenuEntry entry : MenuConfiguration.getMenuEntries()) {
            SideNavItem item = entry.icon() == null
                    ? new SideNavItem(entry.title(), entry.path())
                    : new SideNavItem(entry.title(), entry.path(), iconFor(entry.icon()));
            nav.addItem(item);
        }
        return nav;
    }

    private static Component iconFor(String icon) {
        Icon component = new Icon(icon);
        component.getElement().setAttribute("aria-hidden", "true");
        return component;
    }

    @Override
    public void showRouterLayoutContent(HasElement content) {
        main.removeAll();
        if (content != null) {
            main.getElement().appendChild(content.getElement());
        }
        if (getContent() != main) {
            setContent(main);
        }
    }
}
