package org.hubline.intake;

import java.util.List;

/** A resident's help requests and calls, newest first (including residents merged into them). */
public record ResidentHistory(List<HelpRequestSummary> requests, List<CallRecord> calls) {
}
