package org.hubline.intake;

import java.time.Instant;
import java.util.List;

/** A help request with its needs, its triage and callback state. */
public record HelpRequestSummary(long id, long residentId, Channel channel, SupportNow supportNow, Priority priority,
        Priority computedPriority, String reasons, String overrideReason, Instant dueAt, boolean callbackNeeded,
        String callbackAssignee, boolean open, Instant createdAt, String createdBy, List<NeedSummary> needs,
        int version) {
}
