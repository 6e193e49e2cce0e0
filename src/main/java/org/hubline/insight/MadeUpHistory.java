package org.hubline.insight;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.hubline.accounts.PartnerOrganisationRef;
import org.hubline.accounts.PartnerOrganisations;
import org.hubline.places.HubDirectory;
import org.hubline.places.HubFootprint;
import org.hubline.places.Ward;
import org.hubline.shared.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * A made-up aggregate history of demand (no residents behind it) for a demonstration or a
 * trial: {@link SyntheticHistory} over the borough's wards, written only into empty rollups,
 * then the alert check. A recount from the records ({@link DemandInsight#rebuild}) removes it.
 */
@Service
public class MadeUpHistory {

    /** What was made: requests over how many days to which day, and how many alerts fired. */
    public record Made(long requests, int days, LocalDate to, int alerts) {
    }

    private final RollupStore store;
    private final PlatformTransactionManager transactions;
    private final HubDirectory places;
    private final PartnerOrganisations partners;
    private final AlertCheck alerts;
    private final Clock clock;

    MadeUpHistory(RollupStore store, PlatformTransactionManager transactions, HubDirectory places,
            PartnerOrganisations partners, AlertCheck alerts, Clock clock) {
        this.store = store;
        this.transactions = transactions;
        this.places = places;
        this.partners = partners;
        this.alerts = alerts;
        this.clock = clock;
    }

    /**
     * Fills empty rollups with {@code requests} made-up requests from {@code residents} residents
     * over the {@code days} days before today, economic needs rising in the ward named
     * {@code risingWard} in the last week; does nothing if the rollups hold anything.
     */
    @PreAuthorize(Roles.IS_ADMIN)
    public Optional<Made> fillIfEmpty(int residents, int requests, int days, String risingWard) {
        if (!store.isEmpty()) {
            return Optional.empty();
        }
        List<SyntheticHistory.Place> wards = new ArrayList<>();
        String rising = null;
        for (HubFootprint footprint : places.footprints(null)) {
            for (Ward ward : footprint.wards()) {
                wards.add(new SyntheticHistory.Place(ward.code(), footprint.hub().id(), ward.population()));
                rising = ward.name().equals(risingWard) ? ward.code() : rising;
            }
        }
        if (wards.isEmpty()) {
            return Optional.empty();
        }
        List<Long> partnerIds = partners.all().stream().map(PartnerOrganisationRef::id).toList();
        LocalDate today = LocalDate.now(clock);
        SyntheticHistory.Summary made = SyntheticHistory.write(store, transactions, false, wards, partnerIds,
                residents, requests, days, today, 2020, rising);
        return Optional.of(new Made(made.requests(), days, today.minusDays(1), alerts.run().size()));
    }
}
