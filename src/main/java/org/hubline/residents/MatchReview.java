package org.hubline.residents;

import java.time.Instant;
import java.util.List;

/**
 * Two residents that looked alike but were kept apart by the handler: a coordinator merges them
 * or confirms they are different people.
 */
public record MatchReview(long id, ResidentSummary resident, ResidentSummary candidate, int score,
        List<String> matched, String raisedBy, Instant raisedAt) {
}
