package org.hubline.volunteers;

import java.time.Instant;

/** A message sent (or recorded) to a volunteer about a task. */
public record MessageLogEntry(long id, long volunteerId, Long taskId, String channel, String recipient, String body,
        String sender, String status, String error, String sentBy, Instant sentAt) {
}
