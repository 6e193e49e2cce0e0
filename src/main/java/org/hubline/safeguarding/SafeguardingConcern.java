package org.hubline.safeguarding;

import static org.hubline.shared.Text.isBlank;

import java.time.Instant;

import org.hubline.shared.validation.InvalidInputException;
import org.hubline.shared.validation.StaleEditException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.Table;

/**
 * Aggregate root: one safeguarding concern. It moves raised → acknowledged → closed with an
 * outcome (a referral to social care with its reference, or no further action with why), and
 * refuses any other move, or a move made on a copy someone else has changed.
 */
@Table("safeguarding_concern")
class SafeguardingConcern {

    enum Status {
        RAISED("Waiting for the lead"), ACKNOWLEDGED("Acknowledged"), CLOSED("Closed");

        private final String label;

        Status(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }
    }

    @Id
    private Long id;
    private long residentId;
    private ConcernCategory.Person about;
    private ConcernCategory category;
    private String whatHappened;
    private boolean immediateDanger;
    private Status status;
    private String raisedBy;
    private Instant raisedAt;
    private String acknowledgedBy;
    private Instant acknowledgedAt;
    private ConcernOutcome outcome;
    private String outcomeReference;
    private String outcomeReason;
    private String closedBy;
    private Instant closedAt;
    @Version
    private Integer version;

    static SafeguardingConcern raise(long residentId, ConcernCategory category, String whatHappened,
            boolean immediateDanger, String by, Instant at) {
        SafeguardingConcern c = new SafeguardingConcern();
        c.residentId = residentId;
        c.about = category.about();
        c.category = category;
        c.whatHappened = whatHappened.trim();
        c.immediateDanger = immediateDanger;
        c.status = Status.RAISED;
        c.raisedBy = by;
        c.raisedAt = at;
        return c;
    }

    void acknowledge(int openedVersion, String by, Instant at) {
        current(openedVersion);
        if (status != Status.RAISED) {
            throw InvalidInputException.of("concern", "This concern has already been acknowledged");
        }
        status = Status.ACKNOWLEDGED;
        acknowledgedBy = by;
        acknowledgedAt = at;
    }

    /** Closes the concern with what was done: a referral with its reference, or no further action with why. */
    void close(int openedVersion, ConcernOutcome result, String reference, String reason, String by, Instant at) {
        current(openedVersion);
        if (status == Status.CLOSED) {
            throw InvalidInputException.of("concern", "This concern is already closed");
        }
        if (result == null) {
            throw InvalidInputException.of("outcome", "Choose what was done");
        }
        if (result.referral() && isBlank(reference)) {
            throw InvalidInputException.of("reference", "Enter social care's reference for the referral");
        }
        if (!result.referral() && isBlank(reason)) {
            throw InvalidInputException.of("reason", "Say why no further action is needed");
        }
        if (status == Status.RAISED) {
            acknowledgedBy = by;
            acknowledgedAt = at;
        }
        status = Status.CLOSED;
        outcome = result;
        outcomeReference = isBlank(reference) ? null : reference.trim();
        outcomeReason = isBlank(reason) ? null : reason.trim();
        closedBy = by;
        closedAt = at;
    }

    private void current(int openedVersion) {
        if (version != openedVersion) {
            throw new StaleEditException("Someone else acted on this concern while you had it open. Reload to "
                    + "see what they did.");
        }
    }

    ConcernSummary summary(String residentName) {
        return new ConcernSummary(id, residentId, residentName, category, whatHappened, immediateDanger,
                status.label(), status == Status.CLOSED, raisedBy, raisedAt, acknowledgedBy, acknowledgedAt, outcome,
                outcomeReference, outcomeReason, closedBy, closedAt, version);
    }

    Long id() {
        return id;
    }

    long residentId() {
        return residentId;
    }

    ConcernCategory category() {
        return category;
    }
}
