package org.hubline.intake;

import java.util.List;
import java.util.Map;

import org.hubline.places.Hub;
import org.hubline.audit.ReadPurpose;
import org.hubline.places.HubDirectory;
import org.hubline.residents.ResidentContact;
import org.hubline.residents.ResidentFacts;
import org.hubline.shared.security.CurrentUser;
import org.hubline.shared.validation.InvalidInputException;
import org.hubline.shared.security.Role;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The needs no hub has yet, so that none belongs to nobody: coordinators and admins see them all,
 * most urgent first, with why (coordinators also with the resident's first name and postcode; admins,
 * who do not work with residents, without); a coordinator sends one to a hub they coordinate (an admin to any),
 * with the reason, and it joins that hub's work.
 */
@Service
@Transactional
public class UnroutedNeeds {

    static final String SEES = "hasAnyRole('HUB_COORDINATOR', 'ADMIN')";
    /** The most urgent this many are listed; {@link #count()} says how many wait in all. */
    static final int LISTED = 500;

    private final IntakeStore store;
    private final NeedStatusChange needs;
    private final ResidentFacts residents;
    private final HubDirectory hubs;
    private final CurrentUser currentUser;

    UnroutedNeeds(IntakeStore store, NeedStatusChange needs, ResidentFacts residents, HubDirectory hubs,
            CurrentUser currentUser) {
        this.store = store;
        this.needs = needs;
        this.residents = residents;
        this.hubs = hubs;
        this.currentUser = currentUser;
    }

    @PreAuthorize(SEES)
    @Transactional(readOnly = true)
    public List<UnroutedNeed> list() {
        List<UnroutedNeed> unrouted = store.openNeedsWithoutHub(LISTED);
        if (!currentUser.require().hasRole(Role.HUB_COORDINATOR)) {
            return unrouted;
        }
        Map<Long, ResidentContact> contacts = residents.contacts(unrouted.stream().map(UnroutedNeed::residentId)
                .toList());
        residents.recordReads(contacts.keySet(), ReadPurpose.WORK_LIST);
        return unrouted.stream().map(n -> {
            ResidentContact c = contacts.get(n.residentId());
            return new UnroutedNeed(n.needId(), n.requestId(), n.residentId(), n.label(), n.priority(), n.askedAt(),
                    n.dueAt(), n.cause(), c == null ? null : c.firstName(), c == null ? null : c.postcode());
        }).toList();
    }

    /** How many wait, for "my hub today". */
    @PreAuthorize(SEES)
    @Transactional(readOnly = true)
    public int count() {
        return store.countNeedsWithoutHub();
    }

    /** The hubs the user may send a need to: their own as a coordinator, every active one as an admin. */
    @PreAuthorize(SEES)
    @Transactional(readOnly = true)
    public List<Hub> hubChoices() {
        var scope = currentUser.hubScope();
        return hubs.hubs().stream().filter(Hub::active).filter(h -> scope.includes(h.id())).toList();
    }

    /** Sends the need to the hub, with why; it is then that hub's, like any routed need. */
    @PreAuthorize(SEES)
    public void sendToHub(long needId, Long hubId, String reason) {
        if (hubId == null) {
            throw InvalidInputException.of("hub", "Choose the hub");
        }
        currentUser.hubScope().require(hubId);
        Need need = needs.load(needId);
        if (need.hubId() != null) {
            throw InvalidInputException.of("need", "This need is already with a hub");
        }
        needs.route(needId, hubId, reason, hubs.hubs(List.of(hubId)).stream().map(Hub::name).findFirst()
                .orElse("hub " + hubId), currentUser.actorName());
    }
}
