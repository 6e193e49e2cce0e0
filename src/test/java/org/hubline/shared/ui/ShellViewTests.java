package org.hubline.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.RouteConfiguration;

import org.hubline.shared.security.Role;
import org.hubline.test.DemoUsers;
import org.hubline.test.H2Test;
import org.hubline.test.Menus;
import org.hubline.test.SignedIn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;

/** Each role lands on its own home, sees only its own menu, and the header says who is signed in. */
@H2Test
class ShellViewTests extends SpringBrowserlessTest {

    @Autowired
    SignedIn signedIn;


    @ParameterizedTest
    @EnumSource(Role.class)
    void eachRoleLandsOnItsHomeWithOnlyItsMenu(Role role) {
        signedIn.as(DemoUsers.of(role));
        UI.getCurrent().navigate("");

        Class<?> home = RouteConfiguration.forApplicationScope().getRoute(role.homeRoute()).orElseThrow();
        assertThat(getCurrentView()).isInstanceOf(home);
        SideNav nav = find(SideNav.class).single();
        assertThat(nav.getItems()).extracting(SideNavItem::getLabel).containsExactlyElementsOf(Menus.expected(role));
    }

    @Test
    void theHeaderNamesTheCoordinatorTheirRoleAndHubs() {
        signedIn.as("coordinator");
        UI.getCurrent().navigate("");
        Div user = find(Div.class).id("signed-in-user");
        assertThat(user.getElement().getTextRecursively()).contains("Colin Coordinator", "Hub coordinator",
                "Central Hub, North Hub");
    }

    @Test
    void thePartnersHeaderNamesTheirOrganisation() {
        signedIn.as("partner");
        UI.getCurrent().navigate("");
        assertThat(find(Div.class).id("signed-in-user").getElement().getTextRecursively())
                .contains("Pat Partner", "VCS partner", "Oldham Foodbank");
    }

    @Test
    void aSkipLinkLeadsToTheMainContent() {
        signedIn.as("handler");
        UI.getCurrent().navigate("");
        Anchor skip = find(Anchor.class).withText("Skip to main content").single();
        assertThat(skip.getHref()).isEqualTo("#" + MainLayout.MAIN_ID);
        assertThat(find(Main.class).id(MainLayout.MAIN_ID)).isNotNull();
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void onlyThoseWhoTakeCallsAreOfferedNewCallOnEveryPage(Role role) {
        signedIn.as(DemoUsers.of(role));
        UI.getCurrent().navigate("");
        boolean takesCalls = role == Role.CALL_HANDLER || role == Role.HUB_COORDINATOR;
        assertThat(find(Button.class).all().stream().filter(b -> "new-call".equals(b.getId().orElse(null))))
                .hasSize(takesCalls ? 1 : 0);
        if (takesCalls) {
            Button newCall = find(Button.class).id("new-call");
            assertThat(newCall.getText()).isEqualTo("New call (Alt+C)");
            test(newCall).click();
            assertThat(UI.getCurrent().getActiveViewLocation().getPath()).isEqualTo("calls/new");
        }
    }
}
