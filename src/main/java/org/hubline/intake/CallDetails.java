package org.hubline.intake;

import java.time.Instant;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/**
 * The call itself: which way, how it came, who called for the resident, how it ended, a note, and
 * when to call back if they agreed a time ("call back later").
 */
public record CallDetails(@NotNull(message = "Choose inbound or outbound") Direction direction,
        @NotNull(message = "Choose how the call came in") Channel channel, @Valid OnBehalf onBehalf,
        @NotNull(message = "Choose how the call ended") CallOutcome outcome,
        @Size(max = 2000, message = "At most 2,000 characters") String note, Instant callBackAt) {

    public CallDetails(Direction direction, Channel channel, OnBehalf onBehalf, CallOutcome outcome, String note) {
        this(direction, channel, onBehalf, outcome, note, null);
    }

    public static CallDetails inboundPhone(CallOutcome outcome, String note) {
        return new CallDetails(Direction.INBOUND, Channel.PHONE, null, outcome, note);
    }
}
