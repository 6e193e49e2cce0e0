package org.hubline.referrals;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hubline.audit.ReadPurpose;
import org.hubline.residents.ResidentFacts;
import org.hubline.shared.WorkingDays;
import org.hubline.shared.security.CurrentUser;
import org.hubline.shared.security.Role;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * A referral as people see it: its row, its history, and whether the partner is late to accept. A
 * partner sees the resident's shared details only while they need them: while the referral is
 * open, and for {@code hubline.referrals.partner-keeps-details-days} after they completed it or
 * could not help; never once they declined it or the hub withdrew it, nor once the resident has
 * withdrawn consent to share.
 */
@Component
class ReferralViews {

    static final String CLOSED = "Not shown any longer: the referral is closed.";
    static final String NO_CONSENT = "Not shown: the resident has withdrawn their consent to sharing.";

    private final ReferralStore store;
    private final ResidentFacts residents;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final int acceptWithinWorkingDays;
    private final Duration partnerKeeps;

    ReferralViews(ReferralStore store, ResidentFacts residents, CurrentUser currentUser, Clock clock,
            @Value("${hubline.referrals.accept-within-working-days:2}") int acceptWithinWorkingDays,
            @Value("${hubline.referrals.partner-keeps-details-days:30}") int partnerKeepsDays) {
        this.store = store;
        this.residents = residents;
        this.currentUser = currentUser;
        this.clock = clock;
        this.acceptWithinWorkingDays = acceptWithinWorkingDays;
        this.partnerKeeps = Duration.ofDays(partnerKeepsDays);
    }

    ReferralSummary of(ReferralStore.Row row) {
        return of(List.of(row)).get(0);
    }

    /** The rows as people see them, with their histories and (for a partner) the residents' consent, each read once. */
    List<ReferralSummary> of(List<ReferralStore.Row> rows) {
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<ReferralEvent>> histories = store.history(rows.stream().map(ReferralStore.Row::id).toList());
        boolean partner = currentUser.require().hasRole(Role.PARTNER);
        Set<Long> consenting = partner ? residents.sharingConsentAmong(rows.stream()
                .map(ReferralStore.Row::residentId).distinct().toList()) : Set.of();
        return rows.stream().map(row -> of(row, histories.getOrDefault(row.id(), List.of()),
                partner ? shownToPartner(row, consenting) : row.sharedDetails())).toList();
    }

    private ReferralSummary of(ReferralStore.Row row, List<ReferralEvent> history, String shared) {
        LocalDate due = WorkingDays.after(row.createdAt().atZone(clock.getZone()).toLocalDate(),
                acceptWithinWorkingDays);
        boolean overdue = row.status() == ReferralStatus.SENT && LocalDate.now(clock).isAfter(due);
        return new ReferralSummary(row.id(), row.needId(), row.residentId(), row.hubId(), row.serviceId(), row.serviceName(),
                row.organisationId(), row.organisationName(), row.status(), shared, row.createdBy(),
                row.createdAt(), row.updatedAt(), row.version(), overdue, history);
    }

    /** What a partner was shown of residents goes on each resident's record (nothing when details were held back). */
    void recordPartnerReads(List<ReferralSummary> shown) {
        if (currentUser.require().hasRole(Role.PARTNER)) {
            residents.recordReads(shown.stream().filter(r -> !CLOSED.equals(r.sharedDetails())
                    && !NO_CONSENT.equals(r.sharedDetails())).map(ReferralSummary::residentId).toList(),
                    ReadPurpose.PARTNER_READING);
        }
    }

    /** What a partner is shown of the resident: their details only while needed, and only with their consent. */
    private String shownToPartner(ReferralStore.Row row, Set<Long> consenting) {
        boolean needed = row.status().open() || ((row.status() == ReferralStatus.COMPLETED
                || row.status() == ReferralStatus.COULD_NOT_HELP)
                && row.updatedAt().isAfter(clock.instant().minus(partnerKeeps)));
        if (!needed) {
            return CLOSED;
        }
        return consenting.contains(row.residentId()) ? row.sharedDetails() : NO_CONSENT;
    }
}
