package org.hubline.intake;

import static org.hubline.shared.Text.isBlank;

import java.util.List;

import org.hubline.places.HubDirectory;
import org.hubline.places.Route;
import org.hubline.places.Routing;
import org.hubline.residents.Placement;
import org.springframework.stereotype.Component;

/**
 * Where a call's needs go: by postcode, by the ward the handler chose, to a hub chosen by hand
 * (with a reason, audited by places), or nowhere for a caller recorded as out of area.
 */
@Component
class CallRoutes {

    private final Routing routing;
    private final HubDirectory hubs;

    CallRoutes(Routing routing, HubDirectory hubs) {
        this.routing = routing;
        this.hubs = hubs;
    }

    /** Routes for real: a hand-made choice of hub is audited by places. */
    Route route(String postcode, RoutingChoice choice) {
        Route base = base(postcode, choice);
        if (choice.hubId() != null) {
            return routing.override(base, choice.hubId(), choice.reason());
        }
        return base;
    }

    /** What {@link #route} would give, without recording anything. */
    Route preview(String postcode, RoutingChoice choice) {
        Route base = base(postcode, choice);
        if (choice != null && choice.hubId() != null) {
            return hubs.hubs(List.of(choice.hubId())).stream().findFirst()
                    .map(h -> new Route(Route.Status.OVERRIDDEN, base.postcode(), base.ward(), h,
                            base.terminatedPostcode(), "Sent to " + h.name() + " by hand.", choice.reason()))
                    .orElse(base);
        }
        return base;
    }

    /** Where the resident is recorded as living, from how their needs were routed. */
    static Placement placement(Route route) {
        return new Placement(route.ward() == null ? null : route.ward().code(),
                route.hub() == null ? null : route.hub().id());
    }

    private Route base(String postcode, RoutingChoice choice) {
        if (choice != null && choice.wardCode() != null) {
            return routing.routeToWard(choice.wardCode(), postcode);
        }
        if (isBlank(postcode)) {
            return new Route(Route.Status.UNKNOWN_POSTCODE, null, null, null, false,
                    "No postcode yet: enter it, or choose the caller's ward.", null);
        }
        if (choice != null && choice.outOfArea()) {
            Route r = routing.route(postcode);
            return new Route(r.status(), r.postcode(), null, null, r.terminatedPostcode(),
                    "Recorded as out of area: not routed to a hub.", null);
        }
        return routing.route(postcode);
    }
}
