package org.hubline.casework;

import java.util.Set;
import java.util.stream.Collectors;

import org.hubline.intake.ComplexFlags;
import org.springframework.stereotype.Component;

/** Who the complex-demand rules flag in a hub, for the hub's residents list. */
@Component
class ComplexDemandFlags implements ComplexFlags {

    private final ComplexDemand complexDemand;

    ComplexDemandFlags(ComplexDemand complexDemand) {
        this.complexDemand = complexDemand;
    }

    @Override
    public Set<Long> flaggedIn(long hubId) {
        return complexDemand.queue(hubId).stream().map(FlaggedResident::residentId).collect(Collectors.toSet());
    }
}
