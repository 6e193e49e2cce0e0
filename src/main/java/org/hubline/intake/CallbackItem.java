package org.hubline.intake;

import java.time.Instant;

/** A request waiting for the helpline to call back, with its unsuccessful attempts so far. */
public record CallbackItem(long requestId, long residentId, String residentName, Priority priority, String reasons,
        Instant createdAt, Instant dueAt, int unsuccessfulAttempts, String assignee, String hubName, int version,
        Instant callBackAt) {

    CallbackItem withHubName(String name) {
        return new CallbackItem(requestId, residentId, residentName, priority, reasons, createdAt, dueAt,
                unsuccessfulAttempts, assignee, name, version, callBackAt);
    }
}
