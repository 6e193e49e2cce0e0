package org.hubline.intake;

import java.time.Instant;

/**
 * A resident in a hub's list: who they are, how many of their needs are open and the most urgent
 * priority among them, when the helpline last spoke with them, and whether the rules flag them.
 */
public record HubResident(long residentId, String name, String postcode, int openNeeds, Priority topPriority,
        Instant lastContact, boolean vulnerable, boolean flaggedAsComplex) {
}
