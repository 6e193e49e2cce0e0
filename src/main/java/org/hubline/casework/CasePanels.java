package org.hubline.casework;

import java.util.ArrayList;
import java.util.List;

import org.hubline.intake.ResidentPanels;
import org.hubline.residents.ResidentFacts;
import org.hubline.residents.ResidentSummary;
import org.hubline.shared.security.CurrentUser;
import org.hubline.shared.security.Role;
import org.springframework.stereotype.Component;

/** A resident's cases on their page, with the latest notes, for those who may see the case. */
@Component
class CasePanels implements ResidentPanels {

    private final Casework casework;
    private final ResidentFacts residents;
    private final CurrentUser currentUser;

    CasePanels(Casework casework, ResidentFacts residents, CurrentUser currentUser) {
        this.casework = casework;
        this.residents = residents;
        this.currentUser = currentUser;
    }

    @Override
    public List<Panel> panelsFor(long residentId) {
        var user = currentUser.require();
        if (!user.hasRole(Role.HUB_COORDINATOR) && !user.hasRole(Role.CALL_HANDLER)) {
            return List.of();
        }
        List<Panel> panels = new ArrayList<>();
        for (CaseFile c : casework.casesOfResident(residentId)) {
            List<String> lines = new ArrayList<>();
            lines.add((c.open() ? "Open" : "Closed: " + c.outcome()) + " · lead worker " + c.leadWorker()
                    + " · " + c.actions().stream().filter(a -> !a.finished()).count() + " actions to do");
            c.notes().stream().limit(5).forEach(n -> lines.add("Note by " + n.author() + ": " + n.text()));
            panels.add(new Panel("Case " + c.id(), lines, "cases/" + c.id(), c.open()));
        }
        if (user.hasRole(Role.HUB_COORDINATOR) && panels.stream().noneMatch(Panel::open) && ofMyHubs(residentId)) {
            panels.add(new Panel("Open a case", List.of("No open case. A case brings one plan, a lead worker and "
                    + "reviews when needs keep returning or need several services."),
                    "cases/new?resident=" + residentId, false));
        }
        return panels;
    }

    private boolean ofMyHubs(long residentId) {
        ResidentSummary resident = residents.summaries(List.of(residentId)).get(residentId);
        return resident != null && resident.hubId() != null && currentUser.hubScope().includes(resident.hubId());
    }
}
