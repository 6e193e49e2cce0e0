package org.hubline.intake;

import java.time.Instant;
import java.util.List;
import java.util.Set;

/**
 * What intake knows about a resident's demand, for spotting residents who are not coping:
 * calls in the window, the need categories asked for in it, categories with needs not met
 * repeatedly, and whether a P1 request of theirs is open past its due time.
 */
public record ResidentSignals(long residentId, long hubId, String residentName, int callsInWindow,
        Instant firstCallInWindow, Instant lastCallInWindow, Set<String> categoriesInWindow,
        List<String> categoriesNotMetRepeatedly, boolean p1OpenPastDue, boolean vulnerable) {
}
