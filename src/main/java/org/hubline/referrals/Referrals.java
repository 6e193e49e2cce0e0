package org.hubline.referrals;

import static org.hubline.shared.Text.blankToNull;
import static org.hubline.shared.Text.isBlank;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Predicate;

import org.hubline.audit.AuditTrail;
import org.hubline.audit.ReadPurpose;
import org.hubline.intake.HubNeed;
import org.hubline.intake.HubNeeds;
import org.hubline.intake.NeedProgress;
import org.hubline.intake.NeedStatus;
import org.hubline.residents.ResidentRecord;
import org.hubline.residents.Residents;
import org.hubline.shared.security.CurrentUser;
import org.hubline.shared.security.HubScope;
import org.hubline.shared.security.Roles;
import org.hubline.shared.validation.InvalidInputException;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Closed-loop referrals: handlers and coordinators refer a need to a partner's service (only
 * with the resident's consent to share, and sharing only what the partner needs, previewed
 * first); the partner accepts or declines, then completes or could not help, with comments both
 * ways; every step is in the referral's history and the audit trail, and the need follows.
 * Partners see only their own organisation's referrals; referrals not accepted in time are
 * flagged to the hub.
 */
@Service
@Transactional
public class Referrals {

    static final String STAFF = "hasAnyRole('CALL_HANDLER', 'HUB_COORDINATOR')";
    static final String PARTNER = "hasRole('PARTNER')";
    static final String ANYONE_INVOLVED = "hasAnyRole('CALL_HANDLER', 'HUB_COORDINATOR', 'PARTNER')";
    static final String RECORD_TYPE = "REFERRAL";

    private final ReferralStore store;
    private final ReferralRepository referrals;
    private final PartnerDirectory directory;
    private final DirectoryStore directoryStore;
    private final HubNeeds needs;
    private final Residents residents;
    private final PartnerNotice notice;
    private final ReferralViews views;
    private final ReferralAccess access;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    Referrals(ReferralStore store, ReferralRepository referrals, PartnerDirectory directory, DirectoryStore directoryStore, HubNeeds needs,
            Residents residents, PartnerNotice notice, ReferralViews views, ReferralAccess access, AuditTrail audit,
            CurrentUser currentUser, ApplicationEventPublisher events, Clock clock) {
        this.views = views;
        this.access = access;
        this.store = store;
        this.referrals = referrals;
        this.directory = directory;
        this.directoryStore = directoryStore;
        this.needs = needs;
        this.residents = residents;
        this.notice = notice;
        this.audit = audit;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /**
     * Services for the need: its pathway (in order) first, then other active services meeting it in
     * the hub; an organisation that says which hubs it serves is offered only to those hubs.
     */
    @PreAuthorize(STAFF)
    @Transactional(readOnly = true)
    public List<PathwayOption> options(long needId) {
        HubNeed need = needs.need(needId);
        Map<Long, Set<Long>> served = directoryStore.hubsServedByOrganisation();
        Predicate<ServiceRecord> offered = s -> s.details().status() == ServiceStatus.ACTIVE
                && (need.hubId() == 0 || served.getOrDefault(s.details().organisationId(), Set.of()).isEmpty()
                        || served.get(s.details().organisationId()).contains(need.hubId()));
        List<PathwayOption> options = new ArrayList<>();
        Set<Long> seen = new HashSet<>();
        if (need.hubId() != 0) {
            int position = 1;
            for (ServiceRecord s : directory.pathway(need.categoryCode(), need.hubId())) {
                if (offered.test(s) && seen.add(s.id())) {
                    options.add(new PathwayOption(s, true, position++));
                }
            }
        }
        for (ServiceRecord s : directory.services(null, need.categoryCode(), need.hubId() == 0 ? null : need.hubId(),
                0, 200)) {
            if (offered.test(s) && seen.add(s.id())) {
                options.add(new PathwayOption(s, false, 0));
            }
        }
        return options;
    }

    /** Exactly what the partner would see, and whether the resident has consented to sharing. */
    @PreAuthorize(STAFF)
    @Transactional(readOnly = true)
    public ReferralPreview preview(long needId, long serviceId) {
        HubNeed need = needs.need(needId);
        ResidentRecord resident = residents.view(need.residentId(), ReadPurpose.REFERRAL_PREVIEW);
        ServiceRecord service = directory.service(serviceId);
        return new ReferralPreview(needId, resident.id(), resident.name(), service, SharedDetails.of(need, resident.details(),
                null), resident.details().consentToShare());
    }

    /** Records that the resident agreed now, on the call, to sharing with partners. */
    @PreAuthorize(STAFF)
    public void recordConsentNow(long needId, String note) {
        HubNeed need = needs.need(needId);
        residents.recordConsentToShare(need.residentId(), true, note == null || note.isBlank()
                ? "Given to the helpline for a referral" : note.trim());
    }

    /**
     * Sends the referral. Refused without the resident's consent to share; the partner is told by
     * email, with a link that needs signing in and no personal data.
     */
    @PreAuthorize(STAFF)
    public ReferralSummary refer(long needId, long serviceId, String note) {
        HubNeed need = needs.need(needId);
        if (!need.status().open()) {
            throw InvalidInputException.of("need", "This need is already " + need.status().label().toLowerCase());
        }
        ResidentRecord resident = residents.get(need.residentId());
        if (!resident.details().consentToShare()) {
            throw InvalidInputException.of("consent", resident.name() + " has not consented to sharing their details "
                    + "with partners. Ask them, and record their consent, before referring.");
        }
        ServiceRecord service = directory.service(serviceId);
        if (service.details().status() != ServiceStatus.ACTIVE) {
            throw InvalidInputException.of("service", service.details().name() + " is "
                    + service.details().status().label().toLowerCase() + ": choose another service");
        }
        if (note != null && note.length() > 1000) {
            throw InvalidInputException.of("note", "At most 1,000 characters");
        }
        Instant now = clock.instant();
        String by = currentUser.actorName();
        Referral sent = referrals.save(Referral.send(needId, need.categoryCode(), resident.id(),
                need.hubId() == 0 ? null : need.hubId(), service, SharedDetails.of(need, resident.details(), note), by, now));
        long id = sent.id();
        store.addEvent(id, "SENT", blankToNull(note), by, "HUB", now);
        notice.send(id, service);
        audit.record("REFERRAL_SENT", RECORD_TYPE, id, ReferralSummary.reference(id) + " to " + service.organisationName()
                + " · " + service.details().name());
        events.publishEvent(new NeedProgress(needId, NeedStatus.IN_PROGRESS, null, by));
        events.publishEvent(sent.moved(ReferralStatus.SENT, now));
        return views.of(store.row(id).orElseThrow());
    }

    /** Replays every referral step as the events it published, oldest first, to rebuild insight's counts. Admins only. */
    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional(readOnly = true)
    public void replayMoves(Consumer<ReferralMoved> moves) {
        store.replayMoves(moves);
    }

    /** One referral, if the user may see it: the partner organisation's staff, or the hub's. */
    @PreAuthorize(ANYONE_INVOLVED)
    @Transactional(readOnly = true)
    public ReferralSummary referral(long id) {
        ReferralStore.Row row = store.row(id).orElseThrow(() -> InvalidInputException.of("referral", "No such referral"));
        access.require(row);
        ReferralSummary summary = views.of(row);
        views.recordPartnerReads(List.of(summary));
        return summary;
    }

    /** The referrals of the user's hubs (every hub for call handlers), newest first. */
    @PreAuthorize(STAFF)
    @Transactional(readOnly = true)
    public List<ReferralSummary> forHubs(Collection<ReferralStatus> statuses) {
        HubScope scope = access.staffScope();
        return views.of(store.ofHubs(scope.all() ? null : scope.hubIds(), statuses, 500));
    }

    /** Residents of the hub with referrals declined (or not helped) at least twice, and how many. */
    @PreAuthorize("hasRole('HUB_COORDINATOR')")
    @Transactional(readOnly = true)
    public Map<Long, Integer> declinedTwice(long hubId) {
        currentUser.hubScope().require(hubId);
        Map<Long, Integer> counts = new LinkedHashMap<>();
        for (ReferralStore.Row row : store.ofHubs(List.of(hubId), EnumSet.of(ReferralStatus.DECLINED,
                ReferralStatus.COULD_NOT_HELP), 10_000)) {
            counts.merge(row.residentId(), 1, Integer::sum);
        }
        counts.values().removeIf(n -> n < 2);
        return counts;
    }

    /** The referrals of a need. */
    @PreAuthorize(STAFF)
    @Transactional(readOnly = true)
    public List<ReferralSummary> forNeed(long needId) {
        needs.need(needId);
        return views.of(store.ofNeeds(List.of(needId)));
    }

    /** The partner's own organisation's referrals in the statuses, oldest first. */
    @PreAuthorize(PARTNER)
    @Transactional(readOnly = true)
    public List<ReferralSummary> partnerQueue(Collection<ReferralStatus> statuses) {
        List<ReferralSummary> queue = views.of(store.ofOrganisation(currentUser.requirePartnerOrganisation(),
                statuses));
        views.recordPartnerReads(queue);
        return queue;
    }

    @PreAuthorize(PARTNER)
    public ReferralSummary accept(ReferralSummary opened, String note) {
        return partnerMoves(opened, "ACCEPTED", note, (referral, step) -> referral.accept(step));
    }

    /** Declined, with the reason: the need goes back to the hub's queue. */
    @PreAuthorize(PARTNER)
    public ReferralSummary decline(ReferralSummary opened, String reason) {
        return partnerMoves(opened, "DECLINED", reason, (referral, step) -> referral.decline(step, reason));
    }

    /** Completed: the need is met. */
    @PreAuthorize(PARTNER)
    public ReferralSummary complete(ReferralSummary opened, String note) {
        return partnerMoves(opened, "COMPLETED", note, (referral, step) -> referral.complete(step));
    }

    /** Could not help, with the reason: the need goes back to the hub's queue. */
    @PreAuthorize(PARTNER)
    public ReferralSummary couldNotHelp(ReferralSummary opened, String reason) {
        return partnerMoves(opened, "COULD_NOT_HELP", reason, (referral, step) -> referral.couldNotHelp(step, reason));
    }

    /** The hub withdraws an open referral, saying why; the partner is told by email (the reference only). */
    @PreAuthorize(STAFF)
    public ReferralSummary withdraw(ReferralSummary opened, String reason) {
        ReferralSummary current = referral(opened.id());
        Referral referral = referrals.findById(opened.id()).orElseThrow();
        String by = currentUser.actorName();
        Instant now = clock.instant();
        referral.withdraw(new Referral.Step(opened.version(), by, current.organisationName(), now), reason);
        referrals.save(referral);
        store.addEvent(opened.id(), "WITHDRAWN", reason.trim(), by, "HUB", now);
        notice.withdrawn(opened.id(), referral.organisationId());
        audit.record("REFERRAL_WITHDRAWN", RECORD_TYPE, opened.id(), current.reference()
                + " · withdrawn (reason kept on the referral)");
        return referral(opened.id());
    }

    /** A comment on the referral, from the hub or the partner. */
    @PreAuthorize(ANYONE_INVOLVED)
    public ReferralSummary comment(long id, String note) {
        ReferralSummary referral = referral(id);
        if (note == null || note.isBlank()) {
            throw InvalidInputException.of("note", "Write the comment");
        }
        if (note.length() > 1000) {
            throw InvalidInputException.of("note", "At most 1,000 characters");
        }
        store.addEvent(id, "COMMENT", note.trim(), currentUser.actorName(), access.side(), clock.instant());
        audit.record("REFERRAL_COMMENT", RECORD_TYPE, id, referral.reference() + " · comment from " + access.side()
                .toLowerCase());
        return referral(id);
    }

    /** Loads the referral the partner may see, lets it make the move by its own rules, saves it and records the step. */
    private ReferralSummary partnerMoves(ReferralSummary opened, String kind, String note,
            BiConsumer<Referral, Referral.Step> move) {
        ReferralSummary current = referral(opened.id());
        Referral referral = referrals.findById(opened.id()).orElseThrow();
        String by = currentUser.actorName();
        Instant now = clock.instant();
        move.accept(referral, new Referral.Step(opened.version(), by, current.organisationName(), now));
        referrals.save(referral);
        store.addEvent(opened.id(), kind, blankToNull(note), by, "PARTNER", now);
        audit.record("REFERRAL_" + kind, RECORD_TYPE, opened.id(), current.reference() + " · "
                + referral.status().label() + (isBlank(note) ? "" : " (note kept on the referral)"));
        return referral(opened.id());
    }
}
