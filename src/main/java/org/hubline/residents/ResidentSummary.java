package org.hubline.residents;

import java.time.LocalDate;

/** A resident in a list: enough to recognise them, and the hub their records belong to. */
public record ResidentSummary(long id, String name, LocalDate dateOfBirth, String postcode, Long hubId) {
}
