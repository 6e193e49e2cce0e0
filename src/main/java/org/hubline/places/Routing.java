package org.hubline.places;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.hubline.audit.AuditTrail;
import org.hubline.shared.Postcode;
import org.hubline.shared.security.Roles;
import org.hubline.shared.validation.InvalidInputException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Routes a resident to a hub: postcode → ward → hub, through the active postcode directory and
 * the footprints in force. Everyone signed in can route.
 */
@Service
@Transactional(readOnly = true)
public class Routing {

    private final PostcodeStore postcodes;
    private final PlacesStore places;
    private final HubDirectory hubs;
    private final AuditTrail audit;
    private final Clock clock;

    Routing(PostcodeStore postcodes, PlacesStore places, HubDirectory hubs, AuditTrail audit, Clock clock) {
        this.postcodes = postcodes;
        this.places = places;
        this.hubs = hubs;
        this.audit = audit;
        this.clock = clock;
    }

    @PreAuthorize(Roles.IS_SIGNED_IN)
    public Route route(String postcodeText) {
        Optional<Postcode> parsed = Postcode.parse(postcodeText);
        if (parsed.isEmpty()) {
            return new Route(Route.Status.INVALID_POSTCODE, postcodeText, null, null, false,
                    "This is not a UK postcode. Check it with the caller, or choose their ward.", null);
        }
        String postcode = parsed.get().value();
        Optional<PostcodeStore.Entry> entry = postcodes.find(postcode);
        if (entry.isEmpty()) {
            return new Route(Route.Status.UNKNOWN_POSTCODE, postcode, null, null, false,
                    postcode + " is not in the postcode directory. Choose the caller's ward from the list.", null);
        }
        PostcodeStore.Entry e = entry.get();
        if (!e.inArea()) {
            return new Route(Route.Status.OUT_OF_AREA, postcode, null, null, e.terminated(),
                    postcode + " is outside the borough (authority " + e.localAuthorityCode() + "). Route it to a hub "
                            + "anyway, or record the call as out of area.", null);
        }
        Optional<Ward> ward = places.ward(e.wardCode());
        if (ward.isEmpty()) {
            return new Route(Route.Status.UNKNOWN_POSTCODE, postcode, null, null, e.terminated(),
                    "The ward of " + postcode + " (" + e.wardCode() + ") is not set up. Choose the caller's ward.", null);
        }
        return toWard(ward.get(), Route.Status.ROUTED, postcode, e.terminated(), null);
    }

    /** The handler chose the ward, e.g. for an unknown postcode. */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    public Route routeToWard(String wardCode, String postcode) {
        Ward ward = places.ward(wardCode)
                .orElseThrow(() -> InvalidInputException.of("ward", "Choose a ward from the list"));
        return toWard(ward, Route.Status.WARD_CHOSEN, postcode, false, null);
    }

    /**
     * Sends the need to a hub other than the one routing gave (or to a hub at all for an
     * out-of-area caller). Needs a reason, and is audited.
     */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    @Transactional
    public Route override(Route original, long hubId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.of("reason", "Say why this goes to a different hub");
        }
        Hub hub = hubs.hubs(List.of(hubId)).stream().filter(Hub::active).findFirst()
                .orElseThrow(() -> InvalidInputException.of("hub", "Choose an active hub"));
        audit.record("ROUTE_OVERRIDDEN", "POSTCODE", original.postcode(),
                "Sent to " + hub.name() + " instead of " + (original.hub() == null ? "no hub" : original.hub().name())
                        + ": " + reason.trim());
        return new Route(Route.Status.OVERRIDDEN, original.postcode(), original.ward(), hub,
                original.terminatedPostcode(), "Sent to " + hub.name() + " by hand.", reason.trim());
    }

    /** Wards matching what the handler types (name or code), for a type-ahead list. */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    public List<Ward> wardChoices(String text) {
        return places.searchWards(text, 50);
    }

    private Route toWard(Ward ward, Route.Status status, String postcode, boolean terminated, String reason) {
        Optional<Hub> hub = hubs.hubForWard(ward.code(), LocalDate.now(clock));
        if (hub.isEmpty()) {
            return new Route(Route.Status.UNKNOWN_POSTCODE, postcode, ward, null, terminated,
                    ward.name() + " is not in any hub's footprint yet: ask an admin, or send it to a hub by hand.",
                    reason);
        }
        String message = ward.name() + " → " + hub.get().name()
                + (terminated ? ". This postcode has been terminated by Royal Mail: check the address." : ".");
        return new Route(status, postcode, ward, hub.get(), terminated, message, reason);
    }
}
