package org.hubline.intake;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.hubline.audit.AuditTrail;
import org.springframework.stereotype.Component;

/**
 * Checks and carries out a call's {@link FollowUp}: the open request it is about must be the
 * resident's and still open, and a callback closes only when the handler spoke to them. Problems
 * are reported keyed {@code followUp}, with the rest of the call's.
 */
@Component
class CallFollowUps {

    private final RequestHistory histories;
    private final HelpRequestRepository requests;
    private final AuditTrail audit;

    CallFollowUps(RequestHistory histories, HelpRequestRepository requests, AuditTrail audit) {
        this.histories = histories;
        this.requests = requests;
        this.audit = audit;
    }

    /** Problems with the follow-up, none if it can be carried out. */
    Map<String, String> check(LogCall command) {
        Map<String, String> errors = new LinkedHashMap<>();
        FollowUp followUp = command.followUp();
        if (followUp.isEmpty()) {
            return errors;
        }
        if (command.existing() == null) {
            errors.put("followUp", "Only a returning resident's open needs and callbacks can be followed up");
            return errors;
        }
        Map<Long, HelpRequestSummary> theirs = histories.of(command.existing().id()).requests().stream()
                .collect(Collectors.toMap(HelpRequestSummary::id, r -> r));
        HelpRequestSummary continued = followUp.continuesRequestId() == null ? null
                : theirs.get(followUp.continuesRequestId());
        if (followUp.continuesRequestId() != null
                && (continued == null || continued.needs().stream().noneMatch(n -> n.status().open()))) {
            errors.put("followUp", "That need is no longer open: add it as a new need");
        } else if (!followUp.closesCallbacks().stream().allMatch(id -> theirs.containsKey(id)
                && theirs.get(id).callbackNeeded())) {
            errors.put("followUp", "That callback has been closed meanwhile: untick it");
        } else if (!followUp.closesCallbacks().isEmpty() && command.call() != null
                && (command.call().outcome() == null || !command.call().outcome().contact())) {
            errors.put("followUp", "A callback closes only when you spoke to them: untick it, or change how the "
                    + "call ended");
        }
        return errors;
    }

    /** Closes the callbacks the call answered; audited without any of what was said. */
    void closeCallbacks(FollowUp followUp, long callId, Instant now) {
        Iterable<HelpRequest> answered = requests.findAllById(Set.copyOf(followUp.closesCallbacks()));
        for (HelpRequest request : answered) {
            request.calledBack(null, now);
            requests.save(request);
            audit.record("CALLBACK_ANSWERED", CallIntake.RECORD_TYPE, request.id(), "Spoken to on call " + callId);
        }
    }
}
