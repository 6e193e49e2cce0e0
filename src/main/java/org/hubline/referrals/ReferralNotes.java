package org.hubline.referrals;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.hubline.intake.NeedNotes;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** Shows a need's referrals on the resident's page: partner, reference and status, with a link. */
@Component
class ReferralNotes implements NeedNotes {

    private final ReferralStore store;

    ReferralNotes(ReferralStore store) {
        this.store = store;
    }

    @Override
    @Transactional(readOnly = true)
    public Map<Long, List<Note>> notesFor(Collection<Long> needIds) {
        Map<Long, List<Note>> notes = new HashMap<>();
        for (ReferralStore.Row r : store.ofNeeds(needIds)) {
            notes.computeIfAbsent(r.needId(), k -> new ArrayList<>()).add(new Note("Referred to "
                    + r.organisationName() + " · " + r.serviceName() + " (" + ReferralSummary.reference(r.id()) + "): "
                    + r.status().label(), "referrals/" + r.id()));
        }
        return notes;
    }
}
