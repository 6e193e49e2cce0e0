package org.hubline.referrals;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.hubline.shared.WorkingDays;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** A referral as people see it: its row, its history, and whether the partner is late to accept. */
@Component
class ReferralViews {

    private final ReferralStore store;
    private final Clock clock;
    private final int acceptWithinWorkingDays;

    ReferralViews(ReferralStore store, Clock clock,
            @Value("${hubline.referrals.accept-within-working-days:2}") int acceptWithinWorkingDays) {
        this.store = store;
        this.clock = clock;
        this.acceptWithinWorkingDays = acceptWithinWorkingDays;
    }

    ReferralSummary of(ReferralStore.Row row) {
        return of(row, store.history(List.of(row.id())).getOrDefault(row.id(), List.of()));
    }

    ReferralSummary of(ReferralStore.Row row, List<ReferralEvent> history) {
        LocalDate due = WorkingDays.after(row.createdAt().atZone(clock.getZone()).toLocalDate(),
                acceptWithinWorkingDays);
        boolean overdue = row.status() == ReferralStatus.SENT && LocalDate.now(clock).isAfter(due);
        return new ReferralSummary(row.id(), row.needId(), row.residentId(), row.hubId(), row.serviceId(), row.serviceName(),
                row.organisationId(), row.organisationName(), row.status(), row.sharedDetails(), row.createdBy(),
                row.createdAt(), row.updatedAt(), row.version(), overdue, history);
    }
}
