package org.hubline.intake;

import static org.hubline.shared.Text.blankToNull;
import static org.hubline.shared.Text.isBlank;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import org.hubline.places.Hub;
import org.hubline.places.HubDirectory;
import org.hubline.shared.security.CurrentUser;
import org.hubline.shared.validation.InvalidInputException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A need moved on by hand, from the resident's page or the hub's queue: work started, met (with a
 * note), not met (a listed reason, and words for "another reason"), closed (duplicate, withdrawn, no
 * longer needed), sent to another hub (with why; it is in that hub's queue at once) or reopened.
 * Every change goes through {@link NeedStatusChange}, so insight and complex demand follow. Call
 * handlers work on any need; coordinators on the needs routed to their hubs.
 */
@Service
@Transactional
public class NeedWork {

    /** The longest reason kept with a need. */
    static final int REASON_LENGTH = 500;

    private final NeedStatusChange changes;
    private final IntakeStore store;
    private final RequestAccess access;
    private final HubDirectory hubs;
    private final CurrentUser currentUser;
    private final HelpRequestRepository requests;
    private final CallbackSettings settings;
    private final Clock clock;

    NeedWork(NeedStatusChange changes, IntakeStore store, RequestAccess access, HubDirectory hubs,
            CurrentUser currentUser, HelpRequestRepository requests, CallbackSettings settings, Clock clock) {
        this.requests = requests;
        this.settings = settings;
        this.clock = clock;
        this.changes = changes;
        this.store = store;
        this.access = access;
        this.hubs = hubs;
        this.currentUser = currentUser;
    }

    @PreAuthorize(CallIntake.LOGS_CALLS)
    public NeedSummary startWork(long needId) {
        return done(changes.apply(workable(needId).needId(), NeedStatus.IN_PROGRESS, null, by()));
    }

    /** The need was met; the note (optional) says how. */
    @PreAuthorize(CallIntake.LOGS_CALLS)
    public NeedSummary markMet(long needId, String note) {
        return markMet(needId, note, false);
    }

    /**
     * The same, and if asked, a callback owed in the set number of days to check the help arrived
     * (at 10:00; none is added if a callback is owed already).
     */
    @PreAuthorize(CallIntake.LOGS_CALLS)
    public NeedSummary markMet(long needId, String note, boolean checkHelpArrived) {
        Need met = changes.apply(workable(needId).needId(), NeedStatus.MET, reason("note", note), by());
        if (checkHelpArrived) {
            HelpRequest request = requests.findById(met.requestId()).orElseThrow();
            request.checkHelpArrived(LocalDate.now(clock).plusDays(settings.checkHelpAfterDays())
                    .atTime(LocalTime.of(10, 0)).atZone(clock.getZone()).toInstant(), clock.instant());
            requests.save(request);
        }
        return done(met);
    }

    /** In how many days the help is checked, when that is asked for. */
    @PreAuthorize(CallIntake.LOGS_CALLS)
    public int checkHelpAfterDays() {
        return settings.checkHelpAfterDays();
    }

    /** The need was not met, for a listed reason; "another reason" must be said in words. */
    @PreAuthorize(CallIntake.LOGS_CALLS)
    public NeedSummary markNotMet(long needId, NotMetReason reason, String detail) {
        if (reason == null) {
            throw InvalidInputException.of("notMetReason", "Choose why the need was not met");
        }
        if (reason == NotMetReason.OTHER && isBlank(detail)) {
            throw InvalidInputException.of("detail", "Say why the need was not met");
        }
        String kept = reason == NotMetReason.OTHER ? reason("detail", detail) : listed(reason.label(), detail);
        return done(changes.apply(workable(needId).needId(), NeedStatus.NOT_MET, kept, reason.label(), by()));
    }

    /** The need is closed: a duplicate, withdrawn, or no longer needed. */
    @PreAuthorize(CallIntake.LOGS_CALLS)
    public NeedSummary close(long needId, ClosingReason reason, String detail) {
        if (reason == null) {
            throw InvalidInputException.of("closingReason", "Choose why the need is closed");
        }
        return done(changes.apply(workable(needId).needId(), NeedStatus.CLOSED, listed(reason.label(), detail),
                reason.label(), by()));
    }

    /** Sends the need to another hub, with why: it joins that hub's queue at once. */
    @PreAuthorize(CallIntake.LOGS_CALLS)
    public NeedSummary sendToHub(long needId, Long hubId, String reason) {
        HubNeed need = workable(needId);
        if (hubId == null) {
            throw InvalidInputException.of("hub", "Choose the hub to send it to");
        }
        Hub to = hubs.hubs(List.of(hubId)).stream().filter(Hub::active).findFirst()
                .orElseThrow(() -> InvalidInputException.of("hub", "Choose one of the hubs open now"));
        if (isBlank(reason)) {
            throw InvalidInputException.of("reason", "Say why it goes to " + to.name());
        }
        return done(changes.route(need.needId(), to.id(), reason("reason", reason), to.name(), by()));
    }

    /** Opens an ended need again, with why; it goes back to its hub's queue. */
    @PreAuthorize(CallIntake.LOGS_CALLS)
    public NeedSummary reopen(long needId, String reason) {
        return done(changes.reopen(workable(needId).needId(), reason("reason", reason), by()));
    }

    /** The hubs a need may be sent to: every hub open now. */
    @PreAuthorize(CallIntake.LOGS_CALLS)
    @Transactional(readOnly = true)
    public List<Hub> hubChoices() {
        return hubs.hubs().stream().filter(Hub::active).toList();
    }

    /** The need, if the user may work on it: any for a handler, one routed to their hubs for a coordinator. */
    private HubNeed workable(long needId) {
        HubNeed need = store.hubNeed(needId).orElseThrow(() -> InvalidInputException.of("need", "No such need"));
        if (!access.scope().all()) {
            if (need.hubId() == 0) {
                throw new AccessDeniedException("This need has no hub yet: send it to one from Needs without a hub.");
            }
            access.scope().require(need.hubId());
        }
        return need;
    }

    private NeedSummary done(Need need) {
        return store.request(need.requestId()).orElseThrow().needs().stream().filter(n -> n.id() == need.id())
                .findFirst().orElseThrow();
    }

    private String by() {
        return currentUser.actorName();
    }

    private static String listed(String label, String detail) {
        return isBlank(detail) ? label : label + ": " + reason("detail", detail);
    }

    private static String reason(String field, String text) {
        String reason = blankToNull(text);
        if (reason != null && reason.trim().length() > REASON_LENGTH - 60) {
            throw InvalidInputException.of(field, "Keep it under " + (REASON_LENGTH - 60) + " characters: "
                    + "longer notes belong on the resident's call or case");
        }
        return reason == null ? null : reason.trim();
    }
}
