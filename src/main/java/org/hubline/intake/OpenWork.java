package org.hubline.intake;

import java.util.List;

/**
 * What a returning resident already has open, for the handler taking their call: open needs (with
 * their requests), requests waiting for a callback, the panels other modules show during a call
 * (an open case; raising a safeguarding concern), and who supported them when they last asked (to
 * start the question from).
 */
public record OpenWork(List<NeedSummary> needs, List<HelpRequestSummary> callbacks, List<ResidentPanels.Panel> cases,
        SupportNow supportLastTime) {

    public static final OpenWork NONE = new OpenWork(List.of(), List.of(), List.of(), null);

    public boolean isEmpty() {
        return needs.isEmpty() && callbacks.isEmpty() && cases.isEmpty();
    }
}
