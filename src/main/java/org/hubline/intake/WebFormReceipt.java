package org.hubline.intake;

import io.swagger.v3.oas.annotations.media.Schema;

/** What the web form is told: a reference to quote, the priority given, and what happens next. */
@Schema(description = "The request was accepted")
public record WebFormReceipt(
        @Schema(description = "Reference to quote to the helpline", example = "HR-1042") String reference,
        @Schema(description = "Priority given by triage: P1 same day, P2 within 48 hours, P3 within 5 working days")
        Priority priority,
        @Schema(description = "A message to show the person") String message) {
}
