package org.hubline.residents;

import java.time.Instant;

/** A merge of one resident into another, which can be undone while {@code undoneAt} is empty. */
public record MergeRecord(long id, ResidentSummary merged, ResidentSummary survivor, String mergedBy,
        Instant mergedAt, String undoneBy, Instant undoneAt, String undoReason) {
}
