package org.hubline.casework;

import java.time.LocalDate;

/** A case in a lead worker's list, with what needs attention. */
public record CaseSummary(long id, String residentName, String status, LocalDate nextReview, boolean reviewDue,
        int actionsOverdue, int actionsOpen) {
}
