package org.hubline.intake;

import static org.hubline.shared.Text.isBlank;

import java.time.Instant;

import org.hubline.shared.validation.InvalidInputException;
import org.hubline.shared.validation.StaleEditException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;

/**
 * Aggregate root: one help request, with the priority triage gave (and any override with its
 * reason), when it is due, and whether the resident is owed a callback. Its needs are
 * aggregates of their own ({@link Need}), referring to it by id, because tasks and referrals
 * refer to needs. The request is open while any of its needs is; that rule spans both
 * aggregates, so {@link IntakeStore#refreshRequestOpen} keeps it.
 */
class HelpRequest {

    /** What triage decided: the priority in force, the one the rules gave, their reasons, and an override's reason. */
    record Triaged(Priority priority, Priority computedPriority, String reasons, String overrideReason, Instant dueAt) {
    }

    private static final int REASONS_LENGTH = 500;
    /** The purpose of a callback owed to check the help arrived (null for the callback a call asked for). */
    static final String CHECK_HELP = "CHECK_HELP";

    @Id
    private Long id;
    private long residentId;
    private Channel channel;
    private SupportNow supportNow;
    private Priority priority;
    private Priority computedPriority;
    private String priorityReasons;
    private String overrideReason;
    private Instant dueAt;
    private boolean callbackNeeded;
    private String callbackAssignee;
    private Instant callbackAt;
    private String callbackPurpose;
    private String callbackClosedAs;
    private boolean open;
    private Instant createdAt;
    private String createdBy;
    private Instant updatedAt;
    @Version
    private Integer version;

    static HelpRequest open(long residentId, Channel channel, SupportNow supportNow, Triaged triaged,
            boolean callbackNeeded, Instant callbackAt, String by, Instant now) {
        HelpRequest r = new HelpRequest();
        r.residentId = residentId;
        r.channel = channel;
        r.supportNow = supportNow;
        r.priority = triaged.priority();
        r.computedPriority = triaged.computedPriority();
        r.priorityReasons = truncate(triaged.reasons());
        r.overrideReason = triaged.overrideReason();
        r.dueAt = triaged.dueAt();
        r.callbackNeeded = callbackNeeded || callbackAt != null;
        r.callbackAt = callbackAt;
        r.open = true;
        r.createdAt = now;
        r.createdBy = by;
        r.updatedAt = now;
        return r;
    }

    Long id() {
        return id;
    }

    Priority priority() {
        return priority;
    }

    Instant createdAt() {
        return createdAt;
    }

    /**
     * Changes the priority, with a reason, as the user saw the request ({@code openedVersion});
     * refused if someone changed it meanwhile.
     */
    void overridePriority(int openedVersion, Priority to, String reason, Instant due, Instant now) {
        if (isBlank(reason)) {
            throw InvalidInputException.of("overrideReason", "Say why the priority is changing");
        }
        if (version != openedVersion) {
            throw new StaleEditException("Someone else changed this request while you had it open (it is now "
                    + priority + "). Reload and check before changing it.");
        }
        priority = to;
        overrideReason = reason.trim();
        dueAt = due;
        updatedAt = now;
    }

    /**
     * Gives the callback owed to the resident to a handler (or back to the pool with {@code null}),
     * as the user saw the request; refused if it was called back or changed meanwhile.
     */
    void assignCallback(int openedVersion, String handler, Instant now) {
        requireCallbackAsSeen(openedVersion);
        callbackAssignee = handler;
        updatedAt = now;
    }

    /**
     * The resident was spoken to; a callback is still owed only if they asked to be called again,
     * at the time agreed ({@code again}, null for none).
     */
    void calledBack(Instant again, Instant now) {
        callbackNeeded = again != null;
        callbackAt = again;
        callbackPurpose = again == null ? null : callbackPurpose;
        updatedAt = now;
    }

    /** A call at {@code at} to check the help arrived, owed once a need is met (unless a callback is owed already). */
    void checkHelpArrived(Instant at, Instant now) {
        if (callbackNeeded) {
            return;
        }
        callbackNeeded = true;
        callbackAt = at;
        callbackPurpose = CHECK_HELP;
        callbackAssignee = null;
        callbackClosedAs = null;
        updatedAt = now;
    }

    /** The hub's coordinator settles a callback nobody got through on, as seen; refused if it moved meanwhile. */
    void settleCallback(int openedVersion, CallbackClosing how, Instant now) {
        requireCallbackAsSeen(openedVersion);
        callbackNeeded = false;
        callbackAt = null;
        callbackPurpose = null;
        callbackAssignee = null;
        callbackClosedAs = how.name();
        updatedAt = now;
    }

    /** A callback still owed, on the copy the user saw; else someone called back or changed it meanwhile. */
    private void requireCallbackAsSeen(int openedVersion) {
        if (!callbackNeeded || version != openedVersion) {
            throw new StaleEditException("Someone else changed this callback while you were looking at it. "
                    + "The list has been refreshed: check it and try again.");
        }
    }

    private static String truncate(String s) {
        return s == null || s.length() <= REASONS_LENGTH ? s : s.substring(0, REASONS_LENGTH - 1) + "…";
    }
}
