package org.hubline.intake;

import static org.hubline.shared.Text.isBlank;

import java.time.Instant;

import org.hubline.shared.validation.InvalidInputException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.domain.AbstractAggregateRoot;
import org.springframework.data.jdbc.core.mapping.AggregateReference;
import org.springframework.data.relational.core.mapping.Column;
import org.springframework.data.relational.core.mapping.Table;

/**
 * Aggregate root: one need of a help request, referring to its request by id. Its status runs
 * new → routed → in progress → met / not met (with a reason) / closed, and the need itself
 * refuses a change its rules do not allow. A need that ends announces it ({@link NeedResolved}).
 * Needs are created with their request (in {@link IntakeStore}) and only changed here, except
 * the bulk ward moves that re-route open needs.
 */
@Table("need")
class Need extends AbstractAggregateRoot<Need> {

    /** What insight needs to know about the request when one of its needs ends. */
    record RequestFacts(String categoryCode, Priority priority, Instant askedAt, Instant dueAt) {
    }

    @Id
    private Long id;
    @Column("help_request_id")
    private AggregateReference<HelpRequest, Long> request;
    private int position;
    private long needTypeId;
    private WhenNeeded whenNeeded;
    private String detail;
    private NeedStatus status;
    private String statusReason;
    private String wardCode;
    private Long hubId;
    private String routeStatus;
    private String routeReason;
    private Instant routedAt;
    private Instant closedAt;
    private int timesNotMet;
    @Version
    private Integer version;

    /** A need of a new request, routed to a hub (or waiting for one) as routing decided. */
    static Need of(long requestId, int position, NeedType type, WhenNeeded whenNeeded, String detail,
            NeedRouting routing) {
        Need n = new Need();
        n.request = AggregateReference.to(requestId);
        n.position = position;
        n.needTypeId = type.id();
        n.whenNeeded = type.asksWhenNeeded() ? whenNeeded : null;
        n.detail = detail;
        n.status = routing.hubId() != null ? NeedStatus.ROUTED : NeedStatus.NEW;
        n.wardCode = routing.wardCode();
        n.hubId = routing.hubId();
        n.routeStatus = routing.routeStatus();
        n.routeReason = routing.reason();
        n.routedAt = routing.hubId() != null ? routing.at() : null;
        return n;
    }

    /** Where routing sent a new need, and why. */
    record NeedRouting(String wardCode, Long hubId, String routeStatus, String reason, Instant at) {
    }

    Long id() {
        return id;
    }

    long requestId() {
        return request.getId();
    }

    NeedStatus status() {
        return status;
    }

    Long hubId() {
        return hubId;
    }

    /**
     * The need goes to a hub chosen by hand, with the reason: one that had none (postcode unknown,
     * out of area, or routed later), or another hub than its own. It starts again there as routed.
     */
    void routeTo(long hub, String reason, Instant at) {
        requireOpen();
        if (hubId != null && hubId == hub) {
            throw InvalidInputException.of("hub", "The need is already with this hub: choose another");
        }
        if (isBlank(reason)) {
            throw InvalidInputException.of("reason", "Say why it goes to this hub (the ward, or what the caller said)");
        }
        hubId = hub;
        status = NeedStatus.ROUTED;
        statusReason = null;
        routeStatus = "OVERRIDDEN";
        routeReason = reason.trim();
        routedAt = at;
    }

    /**
     * An ended need is open again (met too soon, closed by mistake), with why: it goes back to its
     * hub's queue, and what its ending counted is taken back ({@link NeedReopened}).
     */
    void reopen(String reason, RequestFacts facts) {
        if (status.open()) {
            throw InvalidInputException.of("status", "This need is still open");
        }
        if (isBlank(reason)) {
            throw InvalidInputException.of("reason", "Say why the need is open again");
        }
        registerEvent(new NeedReopened(new NeedResolved(id, hubId, wardCode, facts.categoryCode(), facts.priority(),
                status, facts.askedAt(), facts.dueAt(), closedAt, routeStatus)));
        status = hubId == null ? NeedStatus.NEW : NeedStatus.ROUTED;
        statusReason = "Reopened: " + reason.trim();
        closedAt = null;
    }

    /** Work on the need has started: a task offered, a referral sent, or recorded by hand. */
    void start() {
        requireOpen();
        status = NeedStatus.IN_PROGRESS;
        statusReason = null;
    }

    /** Back in the hub's queue for another try (a partner declined or could not help), with why. */
    void returnToHub(String reason) {
        requireOpen();
        status = NeedStatus.ROUTED;
        statusReason = reason;
    }

    /** The need ended: met, not met (which needs a reason) or closed. */
    void end(NeedStatus ending, String reason, Instant at, RequestFacts facts) {
        if (ending.open()) {
            throw InvalidInputException.of("status", "A need can move on to in progress, met, not met or closed");
        }
        if (ending == NeedStatus.NOT_MET && isBlank(reason)) {
            throw InvalidInputException.of("reason", "Say why the need was not met");
        }
        requireOpen();
        status = ending;
        statusReason = isBlank(reason) ? null : reason.trim();
        closedAt = at;
        timesNotMet += ending == NeedStatus.NOT_MET ? 1 : 0;
        registerEvent(new NeedResolved(id, hubId, wardCode, facts.categoryCode(), facts.priority(), ending,
                facts.askedAt(), facts.dueAt(), at, routeStatus));
    }

    private void requireOpen() {
        if (!status.open()) {
            throw InvalidInputException.of("status", "This need is already " + status.label().toLowerCase());
        }
    }
}
