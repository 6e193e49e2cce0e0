package org.hubline.intake;

import java.util.List;

import org.hubline.places.Route;

/** What logging a call did: the resident, the request (if any needs), the call (none for a web form) and the routing. */
public record LoggedCall(long residentId, Long requestId, Long callId, Triage.Result triage, Route route,
        List<NeedSummary> needs) {
}
