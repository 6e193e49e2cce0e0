package org.hubline.intake;

import java.util.List;

import org.hubline.places.Route;

/** What logging a call did: the resident, the request (if any needs), the call and the routing. */
public record LoggedCall(long residentId, Long requestId, long callId, Triage.Result triage, Route route,
        List<NeedView> needs) {
}
