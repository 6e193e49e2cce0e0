package org.hubline.places;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hubline.audit.AuditTrail;
import org.hubline.shared.security.CurrentUser;
import org.hubline.shared.security.Roles;
import org.hubline.shared.validation.InvalidInputException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Admins redraw hub footprints: preview what moving wards would do (populations against the
 * band, open requests that would change hub), then apply it from a date. History is kept, so
 * work routed before that date keeps its hub.
 */
@Service
@Transactional
public class FootprintDesigner {

    static final String AUDIT_ACTION = "FOOTPRINT_CHANGED";

    private final PlacesStore store;
    private final HubDirectory directory;
    private final List<OpenWorkInWards> openWork;
    private final ApplicationEventPublisher events;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    FootprintDesigner(PlacesStore store, HubDirectory directory, List<OpenWorkInWards> openWork,
            ApplicationEventPublisher events, AuditTrail audit, CurrentUser currentUser, Clock clock) {
        this.store = store;
        this.directory = directory;
        this.openWork = openWork;
        this.events = events;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional(readOnly = true)
    public FootprintPreview preview(List<WardMove> proposal) {
        Map<String, Long> current = store.assignmentsOn(LocalDate.now(clock));
        List<WardsReassigned.Moved> moves = changes(current, proposal);
        Map<String, Long> proposed = new HashMap<>(current);
        moves.forEach(m -> proposed.put(m.wardCode(), m.toHubId()));
        int moving = 0;
        for (WardsReassigned.Moved m : moves) {
            for (OpenWorkInWards work : openWork) {
                moving += m.fromHubId() < 0 ? 0 : work.openRequests(m.wardCode(), m.fromHubId());
            }
        }
        return new FootprintPreview(directory.footprints(proposed), moves, moving);
    }

    /** Applies the moves from {@code from} (today or later) and tells other modules. */
    @PreAuthorize(Roles.IS_ADMIN)
    public WardsReassigned apply(List<WardMove> proposal, LocalDate from, String reason) {
        LocalDate today = LocalDate.now(clock);
        Map<String, String> errors = new LinkedHashMap<>();
        if (from == null) {
            errors.put("effectiveFrom", "Choose the date the change takes effect");
        } else if (from.isBefore(today)) {
            errors.put("effectiveFrom", "Choose today or a later date: past routing is kept as it was");
        }
        if (reason == null || reason.isBlank()) {
            errors.put("reason", "Say why the footprint is changing");
        }
        Map<String, Long> current = store.assignmentsOn(today);
        List<WardsReassigned.Moved> moves = changes(current, proposal);
        if (moves.isEmpty()) {
            errors.put("moves", "Move at least one ward to another hub");
        }
        if (!errors.isEmpty()) {
            throw new InvalidInputException(errors);
        }
        for (WardsReassigned.Moved m : moves) {
            store.assign(m.wardCode(), m.toHubId(), from, reason.trim(), currentUser.actorName(), clock.instant());
            audit.record(AUDIT_ACTION, "WARD", m.wardCode(), "Moved to hub " + m.toHubId()
                    + (m.fromHubId() < 0 ? "" : " from hub " + m.fromHubId()) + " from " + from + ": " + reason.trim());
        }
        WardsReassigned event = new WardsReassigned(from, moves, reason.trim());
        events.publishEvent(event);
        return event;
    }

    private List<WardsReassigned.Moved> changes(Map<String, Long> current, List<WardMove> proposal) {
        Map<String, Ward> wards = new HashMap<>();
        store.wards().forEach(w -> wards.put(w.code(), w));
        Map<Long, Hub> hubs = new HashMap<>();
        store.hubs().forEach(h -> hubs.put(h.id(), h));
        List<WardsReassigned.Moved> moves = new ArrayList<>();
        for (WardMove move : proposal) {
            if (!wards.containsKey(move.wardCode())) {
                throw InvalidInputException.of("moves", "There is no ward " + move.wardCode());
            }
            Hub hub = hubs.get(move.toHubId());
            if (hub == null || !hub.active()) {
                throw InvalidInputException.of("moves", "Choose an active hub for " + wards.get(move.wardCode()).name());
            }
            Long from = current.get(move.wardCode());
            if (from == null || from != move.toHubId()) {
                moves.add(new WardsReassigned.Moved(move.wardCode(), from == null ? -1 : from, move.toHubId()));
            }
        }
        return moves;
    }
}
