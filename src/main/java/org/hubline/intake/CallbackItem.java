package org.hubline.intake;

import java.time.Instant;

/**
 * A request waiting for the helpline to call back: its unsuccessful tries since the resident was
 * last spoken to, whether it is to check the help arrived, and whether it has gone to the hub's
 * coordinator for not getting through.
 */
public record CallbackItem(long requestId, long residentId, String residentName, Priority priority, String reasons,
        Instant createdAt, Instant dueAt, int unsuccessfulAttempts, String assignee, String hubName, int version,
        Instant callBackAt, boolean checksHelpArrived, boolean withCoordinator) {

    CallbackItem withHubName(String name) {
        return new CallbackItem(requestId, residentId, residentName, priority, reasons,
                createdAt, dueAt, unsuccessfulAttempts, assignee, name, version, callBackAt, checksHelpArrived,
                withCoordinator);
    }

    CallbackItem named(String name, int attemptsBeforeCoordinator) {
        return new CallbackItem(requestId, residentId, name, priority, reasons, createdAt, dueAt, unsuccessfulAttempts,
                assignee, hubName, version, callBackAt, checksHelpArrived,
                unsuccessfulAttempts >= attemptsBeforeCoordinator);
    }
}
