package org.hubline.intake;

import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.hubline.residents.Residents;
import org.hubline.shared.security.HubScope;
import org.hubline.shared.validation.InvalidInputException;
import org.springframework.stereotype.Component;

/**
 * Reads requests and calls as the signed-in user may see them: a handler every hub's, a
 * coordinator only requests with needs routed to their hubs (and the calls about those).
 */
@Component
class RequestHistory {

    private final IntakeStore store;
    private final RequestAccess access;
    private final Residents residents;

    RequestHistory(IntakeStore store, RequestAccess access, Residents residents) {
        this.store = store;
        this.access = access;
        this.residents = residents;
    }

    HelpRequestSummary request(long id) {
        HelpRequestSummary request = store.request(id)
                .orElseThrow(() -> InvalidInputException.of("request", "No such help request"));
        access.require(request);
        return request;
    }

    /** The resident's requests and calls, including those of residents merged into them. */
    ResidentHistory of(long residentId) {
        Set<Long> group = residents.identityGroup(residentId);
        HubScope scope = access.scope();
        List<HelpRequestSummary> requests = store.requestsOf(group).stream()
                .filter(r -> scope.all() || r.needs().stream().map(NeedSummary::hubId)
                        .anyMatch(h -> h != null && scope.includes(h)))
                .toList();
        Set<Long> visible = requests.stream().map(HelpRequestSummary::id).collect(Collectors.toSet());
        List<CallRecord> calls = store.callsOf(group).stream()
                .filter(c -> scope.all() || c.requestId() == null || visible.contains(c.requestId())).toList();
        return new ResidentHistory(requests, calls);
    }
}
