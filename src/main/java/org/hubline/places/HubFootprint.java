package org.hubline.places;

import java.util.List;
import java.util.Optional;

/** A hub with the wards it covers on a day, their total population, and any band problem. */
public record HubFootprint(Hub hub, List<Ward> wards, int population, Optional<String> bandProblem) {

    public boolean outsideBand() {
        return bandProblem.isPresent();
    }
}
