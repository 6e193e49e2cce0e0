package org.hubline.intake;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** The call itself: which way, how it came, who called for the resident, how it ended, a note. */
public record CallDetails(@NotNull(message = "Choose inbound or outbound") Direction direction,
        @NotNull(message = "Choose how the call came in") Channel channel, @Valid OnBehalf onBehalf,
        @NotNull(message = "Choose how the call ended") CallOutcome outcome,
        @Size(max = 2000, message = "At most 2,000 characters") String note) {

    public static CallDetails inboundPhone(CallOutcome outcome, String note) {
        return new CallDetails(Direction.INBOUND, Channel.PHONE, null, outcome, note);
    }
}
