package org.hubline.residents;

import org.hubline.shared.validation.InvalidInputException;
import org.springframework.stereotype.Component;

/** Loads residents for the module's services, following merges to the surviving record. */
@Component
class ResidentLookup {

    private final ResidentRepository repository;
    private final ResidentAccess access;

    ResidentLookup(ResidentRepository repository, ResidentAccess access) {
        this.repository = repository;
        this.access = access;
    }

    Resident load(long id) {
        return repository.findById(id).orElseThrow(() -> InvalidInputException.of("id", "No such resident"));
    }

    /** The resident, or the resident they were merged into. */
    Resident survivorOf(Resident resident) {
        Resident r = resident;
        for (int hops = 0; r.mergedIntoId() != null && hops < 20; hops++) {
            r = load(r.mergedIntoId());
        }
        return r;
    }

    /** The surviving resident, if the user may see them. */
    Resident visible(long id) {
        Resident resident = survivorOf(load(id));
        access.require(resident.id(), resident.hubId());
        return resident;
    }

    /** Refuses the resident (as stored, not followed through merges) if the user may not see them. */
    Resident require(long id) {
        Resident resident = load(id);
        access.require(resident.id(), resident.hubId());
        return resident;
    }
}
