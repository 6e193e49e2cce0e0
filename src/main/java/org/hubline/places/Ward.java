package org.hubline.places;

/** An electoral ward: the building block of hub footprints. */
public record Ward(String code, String name, String borough, String localAuthorityCode, int population,
        boolean active) {
}
