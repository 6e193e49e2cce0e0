package org.hubline.referrals;

import static org.hubline.shared.Text.isBlank;

import java.time.Instant;

import org.hubline.intake.NeedProgress;
import org.hubline.intake.NeedStatus;
import org.hubline.shared.validation.InvalidInputException;
import org.hubline.shared.validation.StaleEditException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.relational.core.mapping.Table;

/**
 * Aggregate root: a need referred to a partner's service. Its status runs sent → accepted /
 * declined → completed / could not help, or withdrawn by the hub while open; the referral refuses a move its rules do not allow or
 * made on a stale copy, and announces each move ({@link ReferralMoved}) and what it means for
 * the need ({@link NeedProgress}: met when completed, back to the hub when declined or not helped).
 * Its history is appended beside it by {@link ReferralStore}; it is read through {@link ReferralSummary}.
 */
@Table("referral")
class Referral extends AbstractAggregateRoot<Referral> {

    /** Who moves the referral on, when, on which copy, and for which partner (named in the hub's queue). */
    record Step(int seenVersion, String by, String partnerName, Instant at) {
    }

    @Id
    private Long id;
    private long needId;
    private String categoryCode;
    private long residentId;
    private Long hubId;
    private long serviceId;
    private long organisationId;
    private ReferralStatus status;
    private String sharedDetails;
    private String createdBy;
    private Instant createdAt;
    private Instant updatedAt;
    @Version
    private Integer version;

    /** A referral sent now: what the partner is shown is fixed here ({@code sharedDetails}). */
    static Referral send(long needId, String categoryCode, long residentId, Long hubId, ServiceRecord service,
            String sharedDetails, String by, Instant at) {
        Referral r = new Referral();
        r.needId = needId;
        r.categoryCode = categoryCode;
        r.residentId = residentId;
        r.hubId = hubId;
        r.serviceId = service.id();
        r.organisationId = service.details().organisationId();
        r.status = ReferralStatus.SENT;
        r.sharedDetails = sharedDetails;
        r.createdBy = by;
        r.createdAt = at;
        r.updatedAt = at;
        return r;
    }

    long id() {
        return id;
    }

    long needId() {
        return needId;
    }

    ReferralStatus status() {
        return status;
    }

    /** What insight hears of this referral's move to {@code to}. */
    ReferralMoved moved(ReferralStatus to, Instant at) {
        return new ReferralMoved(id, hubId, organisationId, categoryCode, to, createdAt, at);
    }

    /** The partner takes it on. */
    void accept(Step step) {
        moveOn(step, ReferralStatus.SENT, ReferralStatus.ACCEPTED, null);
    }

    /** The partner cannot take it, and says why: the need goes back to the hub's queue. */
    void decline(Step step, String reason) {
        moveOn(step, ReferralStatus.SENT, ReferralStatus.DECLINED, requireReason(reason));
        backToHub(step, reason);
    }

    /** The partner helped: the need is met. */
    void complete(Step step) {
        moveOn(step, ReferralStatus.ACCEPTED, ReferralStatus.COMPLETED, null);
        registerEvent(new NeedProgress(needId, NeedStatus.MET, null, step.by()));
    }

    /** The partner took it on but could not help, and says why: the need goes back to the hub's queue. */
    void couldNotHelp(Step step, String reason) {
        moveOn(step, ReferralStatus.ACCEPTED, ReferralStatus.COULD_NOT_HELP, requireReason(reason));
        backToHub(step, reason);
    }

    /** The hub takes back a referral still open, and says why: the need is the hub's to meet again. */
    void withdraw(Step step, String reason) {
        ReferralStatus from = status.open() ? status : ReferralStatus.SENT;
        moveOn(step, from, ReferralStatus.WITHDRAWN, requireReason(reason));
        registerEvent(new NeedProgress(needId, NeedStatus.ROUTED, "Referral to " + step.partnerName()
                + " withdrawn: " + reason.trim(), step.by()));
    }

    long organisationId() {
        return organisationId;
    }

    private void moveOn(Step step, ReferralStatus from, ReferralStatus to, String reason) {
        if (status != from) {
            throw InvalidInputException.of("status", "This referral is " + status.label().toLowerCase());
        }
        if (version != step.seenVersion()) {
            throw new StaleEditException("Someone in your organisation changed this referral meanwhile. It has been "
                    + "refreshed: check it and try again.");
        }
        status = to;
        updatedAt = step.at();
        registerEvent(moved(to, step.at()));
    }

    private void backToHub(Step step, String reason) {
        registerEvent(new NeedProgress(needId, NeedStatus.ROUTED,
                step.partnerName() + " " + status.label().toLowerCase() + ": " + reason.trim(), step.by()));
    }

    private static String requireReason(String reason) {
        if (isBlank(reason)) {
            throw InvalidInputException.of("note", "Say why, so the hub can find other help");
        }
        return reason;
    }
}
