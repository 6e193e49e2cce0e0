package org.hubline.intake;

import java.util.Collection;
import java.util.List;
import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What a returning caller already has open, so the handler continues it rather than starting
 * again: on the match cards (counts) and, once the resident is chosen, on the call screen (the
 * open needs, waiting callbacks and open cases). A coordinator sees only their hubs' requests,
 * as everywhere else.
 */
@Service
@Transactional(readOnly = true)
public class ReturningCallers {

    private final RequestHistory histories;
    private final OpenWorkStore store;
    private final RequestAccess access;
    private final ObjectProvider<ResidentPanels> panels;

    ReturningCallers(RequestHistory histories, OpenWorkStore store, RequestAccess access,
            ObjectProvider<ResidentPanels> panels) {
        this.histories = histories;
        this.store = store;
        this.access = access;
        this.panels = panels;
    }

    /** The resident's open needs, waiting callbacks and open cases, newest request first. */
    @PreAuthorize(CallIntake.LOGS_CALLS)
    public OpenWork openWork(long residentId) {
        ResidentHistory history = histories.of(residentId);
        List<NeedSummary> needs = history.requests().stream().flatMap(r -> r.needs().stream())
                .filter(n -> n.status().open()).toList();
        List<HelpRequestSummary> callbacks = history.requests().stream().filter(HelpRequestSummary::callbackNeeded)
                .toList();
        List<ResidentPanels.Panel> cases = panels.orderedStream().flatMap(p -> p.panelsFor(residentId).stream())
                .filter(ResidentPanels.Panel::open).toList();
        return new OpenWork(needs, callbacks, cases,
                history.requests().isEmpty() ? null : history.requests().get(0).supportNow());
    }

    /** For each possible match, how many needs and callbacks are open (only those with some). */
    @PreAuthorize(CallIntake.LOGS_CALLS)
    public Map<Long, OpenWorkCount> counts(Collection<Long> residentIds) {
        return store.counts(residentIds, access.scope());
    }
}
