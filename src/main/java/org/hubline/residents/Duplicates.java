package org.hubline.residents;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.hubline.audit.AuditTrail;
import org.hubline.shared.security.CurrentUser;
import org.hubline.shared.validation.InvalidInputException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Residents recorded twice: pairs a handler kept apart go to coordinators' review, where they
 * are merged (everything recorded against the merged resident shows on the survivor) or kept
 * apart. A merge rewrites no history, so it can be undone.
 */
@Service
@Transactional
public class Duplicates {

    static final String DECIDES_DUPLICATES = "hasRole('HUB_COORDINATOR')";

    private final ResidentRepository repository;
    private final ResidentStore store;
    private final ResidentLookup lookup;
    private final ResidentAccess access;
    private final ResidentFacts facts;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final Clock clock;

    Duplicates(ResidentRepository repository, ResidentStore store, ResidentLookup lookup, ResidentAccess access,
            ResidentFacts facts, AuditTrail audit, CurrentUser currentUser, Clock clock) {
        this.repository = repository;
        this.store = store;
        this.lookup = lookup;
        this.access = access;
        this.facts = facts;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /**
     * The handler kept a new resident apart from a possible match: a coordinator reviews the
     * pair later.
     */
    @PreAuthorize(Residents.FINDS_OR_ADDS_RESIDENTS)
    public void raiseForReview(long residentId, ResidentMatch match) {
        store.raiseReview(residentId, match.residentId(), match.score(), match.matched(), currentUser.actorName(),
                clock.instant());
        audit.record("MATCH_REVIEW_RAISED", Residents.RECORD_TYPE, residentId,
                "Possible duplicate of resident " + match.residentId() + " (score " + match.score() + ")");
    }

    /** Pairs waiting for a decision, oldest first; a coordinator sees pairs in their hubs. */
    @PreAuthorize(DECIDES_DUPLICATES)
    @Transactional(readOnly = true)
    public List<MatchReview> reviewQueue() {
        List<ResidentStore.ReviewRow> rows = store.openReviews(200);
        Map<Long, ResidentSummary> people = facts.summaries(ResidentStore.ids(rows));
        return rows.stream()
                .filter(r -> access.maySee(people.get(r.residentId()).hubId())
                        && access.maySee(people.get(r.candidateId()).hubId()))
                .map(r -> new MatchReview(r.id(), people.get(r.residentId()), people.get(r.candidateId()), r.score(),
                        r.matchedFields(), r.raisedBy(), r.raisedAt()))
                .toList();
    }

    /** The pair are different people: the review is closed. */
    @PreAuthorize(DECIDES_DUPLICATES)
    public void keepApart(long reviewId) {
        ResidentStore.ReviewRow review = openReview(reviewId);
        store.decideReview(reviewId, "KEPT_APART", currentUser.actorName(), clock.instant());
        audit.record("MATCH_REVIEW_KEPT_APART", Residents.RECORD_TYPE, review.residentId(),
                "Not the same person as resident " + review.candidateId());
    }

    /** Merges the review's pair into the chosen survivor (one of the two). */
    @PreAuthorize(DECIDES_DUPLICATES)
    public MergeRecord mergeReviewed(long reviewId, long survivorId) {
        ResidentStore.ReviewRow review = openReview(reviewId);
        if (survivorId != review.residentId() && survivorId != review.candidateId()) {
            throw InvalidInputException.of("survivor", "Keep one of the two residents in the review");
        }
        long mergedId = survivorId == review.residentId() ? review.candidateId() : review.residentId();
        MergeRecord merge = merge(mergedId, survivorId);
        store.decideReview(reviewId, "MERGED", currentUser.actorName(), clock.instant());
        return merge;
    }

    /**
     * Merges one resident into another: everything recorded against the merged resident
     * (requests, calls, consent) shows on the survivor from now on. Audited; can be undone.
     */
    @PreAuthorize(DECIDES_DUPLICATES)
    public MergeRecord merge(long mergedId, long survivorId) {
        if (mergedId == survivorId) {
            throw InvalidInputException.of("survivor", "Choose two different residents");
        }
        Resident merged = lookup.require(mergedId);
        Resident survivor = lookup.require(survivorId);
        if (merged.mergedIntoId() != null || survivor.mergedIntoId() != null) {
            throw InvalidInputException.of("survivor", "One of these residents has already been merged");
        }
        Instant now = clock.instant();
        merged.mergeInto(survivorId, currentUser.actorName(), now);
        repository.save(merged);
        long id = store.recordMerge(mergedId, survivorId, currentUser.actorName(), now);
        audit.record("RESIDENTS_MERGED", Residents.RECORD_TYPE, survivorId,
                "Merged resident " + mergedId + " into " + survivorId);
        return mergeRecord(store.merge(id).orElseThrow());
    }

    /** Separates a merged resident again, with their own history, saying why (kept with the merge, not audited). */
    @PreAuthorize(DECIDES_DUPLICATES)
    public void undoMerge(long mergeId, String reason) {
        if (reason == null || reason.isBlank()) {
            throw InvalidInputException.of("reason", "Say why these are different people after all");
        }
        if (reason.trim().length() > 500) {
            throw InvalidInputException.of("reason", "Keep it under 500 characters");
        }
        ResidentStore.MergeRow row = store.merge(mergeId)
                .orElseThrow(() -> InvalidInputException.of("merge", "No such merge"));
        Resident merged = lookup.load(row.mergedId());
        lookup.require(row.survivorId());
        if (row.undoneAt() != null || !Objects.equals(merged.mergedIntoId(), row.survivorId())) {
            throw InvalidInputException.of("merge", "This merge has already been undone");
        }
        merged.mergeInto(null, currentUser.actorName(), clock.instant());
        repository.save(merged);
        store.markMergeUndone(mergeId, currentUser.actorName(), clock.instant(), reason.trim());
        audit.record("RESIDENT_MERGE_UNDONE", Residents.RECORD_TYPE, row.survivorId(),
                "Separated resident " + row.mergedId() + " from " + row.survivorId());
    }

    /** Merges into or out of the resident, newest first. */
    @PreAuthorize(Residents.WORKS_WITH_RESIDENTS)
    @Transactional(readOnly = true)
    public List<MergeRecord> merges(long residentId) {
        Resident resident = lookup.visible(residentId);
        return store.mergesTouching(store.identityGroup(resident.id())).stream().map(this::mergeRecord).toList();
    }

    private MergeRecord mergeRecord(ResidentStore.MergeRow row) {
        Map<Long, ResidentSummary> people = facts.summaries(List.of(row.mergedId(), row.survivorId()));
        return new MergeRecord(row.id(), people.get(row.mergedId()), people.get(row.survivorId()), row.mergedBy(),
                row.mergedAt(), row.undoneBy(), row.undoneAt(), row.undoReason());
    }

    private ResidentStore.ReviewRow openReview(long id) {
        ResidentStore.ReviewRow review = store.openReview(id).orElseThrow(() -> InvalidInputException.of("review",
                "This pair has already been decided by someone else"));
        lookup.require(review.residentId());
        lookup.require(review.candidateId());
        return review;
    }
}
