package org.hubline.casework;

import java.util.List;

/** A resident in the complex-demand queue: why they are flagged, how strongly, and any open case. */
public record FlaggedResident(long residentId, String name, int risk, List<ComplexDemandRules.Fired> reasons,
        Long openCaseId) {
}
