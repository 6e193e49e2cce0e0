package org.hubline.intake;

import java.util.List;

import org.hubline.residents.ResidentDetails;
import org.hubline.residents.ResidentMatch;
import org.hubline.residents.ResidentRecord;

/**
 * A whole call as the handler logs it: the resident (an existing one as opened, with any
 * changes, or a new one), routing decisions, the needs, who supports the resident now, an
 * optional priority override with its reason, whether a callback is needed, and the call.
 * {@code keptApartFrom} is a possible match the handler decided was someone else: a
 * coordinator reviews it. {@code followUp}: for a returning resident, the open request this call
 * is about (instead of a duplicate need) and the waiting callbacks it answers.
 */
public record LogCall(ResidentRecord existing, ResidentDetails resident, RoutingChoice routing, List<NeedInput> needs,
        SupportNow supportNow, Priority priorityOverride, String overrideReason, boolean callbackNeeded,
        CallDetails call, ResidentMatch keptApartFrom, FollowUp followUp) {

    public LogCall {
        needs = needs == null ? List.of() : List.copyOf(needs);
        routing = routing == null ? RoutingChoice.byPostcode() : routing;
        followUp = followUp == null ? FollowUp.NONE : followUp;
    }

    /** A call that follows up nothing already open. */
    public LogCall(ResidentRecord existing, ResidentDetails resident, RoutingChoice routing, List<NeedInput> needs,
            SupportNow supportNow, Priority priorityOverride, String overrideReason, boolean callbackNeeded,
            CallDetails call, ResidentMatch keptApartFrom) {
        this(existing, resident, routing, needs, supportNow, priorityOverride, overrideReason, callbackNeeded, call,
                keptApartFrom, FollowUp.NONE);
    }
}
