package org.hubline.places;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

import org.hubline.shared.security.Roles;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The borough's hubs, wards and footprints: a published query API for every module. */
@Service
@Transactional(readOnly = true)
public class HubDirectory {

    private final PlacesStore store;
    private final PopulationBand band;
    private final Clock clock;

    HubDirectory(PlacesStore store, PopulationBand band, Clock clock) {
        this.store = store;
        this.band = band;
        this.clock = clock;
    }

    /** Every hub, active first, by name. Used at sign-in too, before anyone is authenticated. */
    @PreAuthorize("permitAll()")
    public List<Hub> hubs() {
        return store.hubs();
    }

    /** Every hub's name by its id, for other modules' lists (they name hubs; places owns them). */
    @PreAuthorize("permitAll()")
    public Map<Long, String> namesById() {
        return store.hubs().stream().collect(Collectors.toMap(Hub::id, Hub::name));
    }

    @PreAuthorize("permitAll()")
    public List<Hub> hubs(Collection<Long> ids) {
        return store.hubs(ids);
    }

    @PreAuthorize(Roles.IS_SIGNED_IN)
    public List<Ward> wards() {
        return store.wards();
    }

    /** The hub a ward belonged to on a day (history is kept: last month's routing stays last month's). */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    public Optional<Hub> hubForWard(String wardCode, LocalDate day) {
        return store.hubOfWard(wardCode, day).flatMap(id -> hubs(List.of(id)).stream().findFirst());
    }

    @PreAuthorize(Roles.IS_SIGNED_IN)
    public PopulationBand populationBand() {
        return band;
    }

    /** Each hub with its wards on the day (today if null), its population and any band problem. */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    public List<HubFootprint> footprints(LocalDate day) {
        return footprints(store.assignmentsOn(day == null ? LocalDate.now(clock) : day));
    }

    List<HubFootprint> footprints(Map<String, Long> assignment) {
        Map<Long, List<Ward>> byHub = new LinkedHashMap<>();
        List<Hub> hubs = store.hubs();
        hubs.forEach(h -> byHub.put(h.id(), new ArrayList<>()));
        for (Ward ward : store.wards()) {
            Long hub = assignment.get(ward.code());
            if (hub != null && byHub.containsKey(hub)) {
                byHub.get(hub).add(ward);
            }
        }
        List<HubFootprint> result = new ArrayList<>();
        for (Hub hub : hubs) {
            List<Ward> wards = byHub.get(hub.id());
            wards.sort(Comparator.comparing(Ward::name));
            int population = wards.stream().mapToInt(Ward::population).sum();
            result.add(new HubFootprint(hub, List.copyOf(wards), population,
                    hub.active() ? band.problem(population) : Optional.empty()));
        }
        return result;
    }

    /** Wards no hub covers on the day: they need assigning before calls from them can be routed. */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    public List<Ward> unassignedWards(LocalDate day) {
        Map<String, Long> assignment = store.assignmentsOn(day == null ? LocalDate.now(clock) : day);
        return store.wards().stream().filter(w -> w.active() && !assignment.containsKey(w.code())).toList();
    }

    /** The hex map layout: one hex per ward that has a place on the map. */
    @PreAuthorize(Roles.IS_SIGNED_IN)
    public List<WardHex> hexLayout() {
        return store.hexLayout().entrySet().stream()
                .map(e -> new WardHex(e.getKey(), e.getValue()[0], e.getValue()[1]))
                .sorted(Comparator.comparing(WardHex::r).thenComparing(WardHex::q)).toList();
    }
}
