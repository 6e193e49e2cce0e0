package org.hubline.shared.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;

import org.hubline.accounts.ui.LoginView;
import org.hubline.shared.security.Role;
import org.hubline.test.DemoUsers;
import org.hubline.test.H2Test;
import org.hubline.test.SignedIn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every role against every route: each view opens for the roles it is meant for and is refused
 * to everyone else. A new route must be added here, or the first test fails.
 */
@H2Test
class ViewAccessMatrixViewTests extends SpringBrowserlessTest {

    private static final Set<Role> EVERYONE = EnumSet.allOf(Role.class);

    /** Route → the roles that may open it. */
    static final Map<String, Set<Role>> MATRIX = new LinkedHashMap<>();

    static {
        MATRIX.put("calls", EnumSet.of(Role.CALL_HANDLER, Role.HUB_COORDINATOR));
        MATRIX.put("calls/new", EnumSet.of(Role.CALL_HANDLER, Role.HUB_COORDINATOR));
        MATRIX.put("residents/:id", EnumSet.of(Role.CALL_HANDLER, Role.HUB_COORDINATOR));
        MATRIX.put("residents", EnumSet.of(Role.CALL_HANDLER, Role.HUB_COORDINATOR));
        MATRIX.put("residents/review", EnumSet.of(Role.HUB_COORDINATOR));
        MATRIX.put("referrals", EnumSet.of(Role.CALL_HANDLER, Role.HUB_COORDINATOR));
        MATRIX.put("referrals/new", EnumSet.of(Role.CALL_HANDLER, Role.HUB_COORDINATOR));
        MATRIX.put("referrals/:id", EnumSet.of(Role.CALL_HANDLER, Role.HUB_COORDINATOR, Role.PARTNER));
        MATRIX.put("directory", EnumSet.of(Role.CALL_HANDLER, Role.HUB_COORDINATOR, Role.ADMIN));
        MATRIX.put("directory/pathways", EnumSet.of(Role.HUB_COORDINATOR, Role.ADMIN));
        MATRIX.put("complex-demand", EnumSet.of(Role.HUB_COORDINATOR));
        MATRIX.put("my-cases", EnumSet.of(Role.HUB_COORDINATOR, Role.CALL_HANDLER));
        MATRIX.put("cases/new", EnumSet.of(Role.HUB_COORDINATOR));
        MATRIX.put("cases/:id", EnumSet.of(Role.HUB_COORDINATOR, Role.CALL_HANDLER, Role.ADMIN));
        MATRIX.put("my-hub", EnumSet.of(Role.HUB_COORDINATOR));
        MATRIX.put("needs/without-hub", EnumSet.of(Role.HUB_COORDINATOR, Role.ADMIN));
        MATRIX.put("hub/residents", EnumSet.of(Role.HUB_COORDINATOR));
        MATRIX.put("volunteers", EnumSet.of(Role.HUB_COORDINATOR));
        MATRIX.put("partner/referrals", EnumSet.of(Role.PARTNER));
        MATRIX.put("insight", EnumSet.of(Role.STRATEGIC_DIRECTOR, Role.ADMIN, Role.HUB_COORDINATOR));
        MATRIX.put("admin/users", EnumSet.of(Role.ADMIN));
        MATRIX.put("admin/audit", EnumSet.of(Role.ADMIN));
        MATRIX.put("admin/footprints", EnumSet.of(Role.ADMIN));
        MATRIX.put("admin/postcodes", EnumSet.of(Role.ADMIN));
        MATRIX.put("admin/places", EnumSet.of(Role.ADMIN));
        MATRIX.put("admin/needs", EnumSet.of(Role.ADMIN));
        MATRIX.put("admin/skills", EnumSet.of(Role.ADMIN));
        MATRIX.put("admin/partners", EnumSet.of(Role.ADMIN));
        MATRIX.put("admin/directory-feeds", EnumSet.of(Role.ADMIN));
        MATRIX.put("safeguarding", EnumSet.of(Role.SAFEGUARDING_LEAD));
        MATRIX.put("safeguarding/new", EnumSet.of(Role.CALL_HANDLER, Role.HUB_COORDINATOR));
        MATRIX.put("find-hub", EVERYONE);
        MATRIX.put("account/password", EVERYONE);
    }

    @Autowired
    SignedIn signedIn;
    @Autowired
    JdbcClient jdbc;

    /**
     * The route with its parameters filled in: a demo resident of the North hub, the demo
     * referral (to the food bank, from the Central hub) or the demo case.
     */
    private String url(String template) {
        if (!template.contains(":id")) {
            return template;
        }
        String query = template.startsWith("referrals/") ? "SELECT MIN(id) FROM referral"
                : template.startsWith("cases/") ? "SELECT MIN(id) FROM household_case"
                : "SELECT MIN(r.id) FROM resident r JOIN hub h ON h.id = r.hub_id WHERE h.code = 'NORTH'";
        return template.replace(":id", String.valueOf(jdbc.sql(query).query(Long.class).single()));
    }

    @Test
    void theMatrixCoversEveryRoute() {
        Set<String> routes = RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
                .map(RouteData::getTemplate).collect(Collectors.toSet());
        Set<String> covered = new HashSet<>(MATRIX.keySet());
        covered.add("");       // the home redirect, tested in ShellViewTests
        covered.add("login");  // tested below
        assertThat(routes).containsExactlyInAnyOrderElementsOf(covered);
    }

    @ParameterizedTest
    @EnumSource(Role.class)
    void eachRoleOpensOnlyItsViews(Role role) {
        signedIn.as(DemoUsers.of(role));
        MATRIX.forEach((route, allowed) -> {
            UI.getCurrent().navigate(url(route));
            Class<?> shown = getCurrentView().getClass();
            if (allowed.contains(role)) {
                Class<?> target = RouteConfiguration.forApplicationScope().getRoute(route).orElseThrow();
                assertThat(shown).as(role + " opens " + route).isEqualTo(target);
            } else {
                assertThat(shown).as(role + " is refused " + route).isEqualTo(AccessRefusedView.class);
            }
        });
    }

    @Test
    void aRefusedPageIsTheAppsOwnWithTheMenuAWayHomeAndNoListOfRoutes() {
        signedIn.as("partner");
        UI.getCurrent().navigate("admin/users");
        assertThat(getCurrentView()).isInstanceOf(AccessRefusedView.class);
        String text = getCurrentView().getElement().getTextRecursively();
        assertThat(text).contains("You do not have access to this page", "Go to your home page")
                .doesNotContain("Available routes", "admin/audit", "Exception");
        assertThat(UI.getCurrent().getInternals().getActiveRouterTargetsChain())
                .anyMatch(MainLayout.class::isInstance);
        assertThat(refusals("partner", "page admin/users")).as("a refused page is audited").isPositive();

        UI.getCurrent().navigate("no/such/page");
        assertThat(getCurrentView()).isInstanceOf(PageNotFoundView.class);
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("Page not found")
                .doesNotContain("Available routes");
    }

    @Test
    void aCoordinatorOpeningAnotherHubsResidentOnTheCallScreenIsRefusedInsideTheApp() {
        signedIn.as("coordinator.south");
        String northResident = url("residents/:id").substring("residents/".length());
        UI.getCurrent().navigate("calls/new", QueryParameters.of("resident", northResident));
        assertThat(getCurrentView()).isInstanceOf(RecordRefusedView.class);
        assertThat(getCurrentView().getElement().getTextRecursively()).contains("You do not have access to this page",
                "another hub").doesNotContain("AccessDeniedException", "at org.");
        assertThat(jdbc.sql("SELECT record_id FROM audit_entry WHERE action = 'ACCESS_REFUSED' AND actor = "
                + "'coordinator.south' AND record_type = 'CallIntake.resident' ORDER BY id DESC LIMIT 1")
                .query(String.class).optional()).as("a refused record is audited, naming it").contains(northResident);
    }

    private int refusals(String actor, String where) {
        return jdbc.sql("SELECT COUNT(*) FROM audit_entry WHERE action = 'ACCESS_REFUSED' AND actor = :a "
                + "AND record_type = :w").param("a", actor).param("w", where).query(Integer.class).single();
    }

    @Test
    void someoneNotSignedInIsSentToTheLoginPageFromEveryView() {
        signedIn.nobody();
        MATRIX.keySet().forEach(route -> {
            UI.getCurrent().navigate(url(route));
            assertThat(getCurrentView()).as(route).isInstanceOf(LoginView.class);
        });
    }
}
