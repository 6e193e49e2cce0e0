package org.hubline.referrals;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.hubline.audit.AuditTrail;
import org.hubline.intake.NeedTaxonomy;
import org.hubline.places.Hub;
import org.hubline.places.HubDirectory;
import org.hubline.shared.security.CurrentUser;
import org.hubline.shared.security.Roles;
import org.hubline.shared.validation.InvalidInputException;
import org.hubline.shared.validation.StaleEditException;
import org.hubline.shared.validation.Validation;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The VCS partner directory: organisations and their services (Open Referral UK shape), kept by
 * admins and coordinators; referral pathways per need category and hub; ORUK JSON for other
 * council systems (a read-only endpoint, export and an all-or-nothing import).
 */
@Service
@Transactional
public class PartnerDirectory {

    static final String EDITS = "hasAnyRole('ADMIN', 'HUB_COORDINATOR')";
    static final String READS = "hasAnyRole('ADMIN', 'HUB_COORDINATOR', 'CALL_HANDLER')";

    private final PartnerServiceRepository services;
    private final DirectoryStore store;
    private final NeedTaxonomy taxonomy;
    private final HubDirectory hubs;
    private final Validation validation;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final OrukFormat oruk;
    private final JsonMapper json;
    private final Clock clock;

    PartnerDirectory(PartnerServiceRepository services, DirectoryStore store, HubDirectory hubs, NeedTaxonomy taxonomy,
            Validation validation, AuditTrail audit, CurrentUser currentUser, JsonMapper json, Clock clock) {
        this.taxonomy = taxonomy;
        this.services = services;
        this.store = store;
        this.hubs = hubs;
        this.validation = validation;
        this.audit = audit;
        this.currentUser = currentUser;
        this.json = json;
        this.oruk = new OrukFormat(json);
        this.clock = clock;
    }

    @PreAuthorize(READS)
    @Transactional(readOnly = true)
    public List<Organisation> organisations() {
        return store.organisations();
    }

    /** Services matching the text, need category and hub (any may be empty), by name. */
    @PreAuthorize(READS)
    @Transactional(readOnly = true)
    public List<ServiceRecord> services(String text, String category, Long hubId, int offset, int limit) {
        return records(store.serviceIds(text, category, hubId, false, offset, limit));
    }

    @PreAuthorize(READS)
    @Transactional(readOnly = true)
    public int countServices(String text, String category, Long hubId) {
        return store.countServices(text, category, hubId, false);
    }

    /** The hubs a service can serve, and a pathway belong to. */
    @PreAuthorize(READS)
    @Transactional(readOnly = true)
    public List<Hub> hubs() {
        return hubs.hubs();
    }

    @PreAuthorize(READS)
    @Transactional(readOnly = true)
    public ServiceRecord service(long id) {
        return records(List.of(id)).stream().findFirst()
                .orElseThrow(() -> InvalidInputException.of("service", "No such service"));
    }

    /** Adds a service (opened null) or changes it as opened; a stale change is refused. */
    @PreAuthorize(EDITS)
    public ServiceRecord saveService(ServiceRecord opened, ServiceDetails details) {
        check(details);
        PartnerService service;
        if (opened == null) {
            service = PartnerService.create(details, clock.instant());
        } else {
            service = services.findById(opened.id())
                    .orElseThrow(() -> InvalidInputException.of("service", "No such service"));
            if (service.version() != opened.version()) {
                throw new StaleEditException("Someone else changed " + opened.details().name()
                        + " while you had it open. Reload to see their change, then make yours again.");
            }
            service.describe(details, clock.instant());
        }
        service = services.save(service);
        audit.record(opened == null ? "SERVICE_ADDED" : "SERVICE_CHANGED", "SERVICE", service.id(),
                details.name() + " · " + details.status().label() + " · capacity " + details.capacity().label());
        return service(service.id());
    }

    /** The services that take referrals for the need category in the hub, in preferred order. */
    @PreAuthorize(READS)
    @Transactional(readOnly = true)
    public List<ServiceRecord> pathway(String category, long hubId) {
        return records(store.pathway(category, hubId));
    }

    /** Sets the pathway: admins for any hub, coordinators for their own. */
    @PreAuthorize(EDITS)
    public void setPathway(String category, long hubId, List<Long> serviceIds) {
        currentUser.hubScope().require(hubId);
        if (!taxonomy.publishedCategoryNames().containsKey(category)) {
            throw InvalidInputException.of("category", "Choose a need category");
        }
        if (new HashSet<>(serviceIds).size() != serviceIds.size()) {
            throw InvalidInputException.of("services", "Each service appears once in a pathway");
        }
        for (long id : serviceIds) {
            service(id);
        }
        store.replacePathway(category, hubId, serviceIds);
        audit.record("PATHWAY_SET", "PATHWAY", category + "@" + hubId, "Services in order: " + serviceIds);
    }

    @PreAuthorize(READS)
    @Transactional(readOnly = true)
    public Map<String, String> needCategories() {
        return taxonomy.publishedCategoryNames();
    }

    // ---- Open Referral UK

    /** One page of active services as ORUK JSON (pages count from 1). Open to other council systems. */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public ObjectNode orukServices(String text, String taxonomyTerm, int page, int perPage) {
        if (page < 1) {
            throw InvalidInputException.of("page", "Pages count from 1");
        }
        if (perPage < 1 || perPage > 200) {
            throw InvalidInputException.of("per_page", "per_page is from 1 to 200");
        }
        String category = taxonomyTerm == null ? null : taxonomyTerm.replace(OrukFormat.NEEDS_VOCABULARY + "-", "");
        int total = store.countServices(text, category, null, true);
        long offset = (long) (page - 1) * perPage;
        List<ServiceRecord> records = offset >= total ? List.of()
                : records(store.serviceIds(text, category, null, true, (int) offset, perPage));
        return oruk.page(toOruk(records), total, page, perPage);
    }

    /** One active service as ORUK JSON ({@code hubline-service-12} or {@code 12}). */
    @PreAuthorize("permitAll()")
    @Transactional(readOnly = true)
    public ObjectNode orukService(String id) {
        long serviceId;
        try {
            serviceId = Long.parseLong(id.replace("hubline-service-", ""));
        } catch (NumberFormatException e) {
            throw InvalidInputException.of("id", "No such service");
        }
        ServiceRecord record = records(List.of(serviceId)).stream()
                .filter(r -> r.details().status() == ServiceStatus.ACTIVE).findFirst()
                .orElseThrow(() -> InvalidInputException.of("id", "No such service"));
        return toOruk(List.of(record)).get(0);
    }

    /** Every service as an ORUK list, for another system or a later import. */
    @PreAuthorize(EDITS)
    @Transactional(readOnly = true)
    public String exportOruk() {
        List<ServiceRecord> all = records(store.serviceIds(null, null, null, false, 0, Integer.MAX_VALUE));
        return json.writerWithDefaultPrettyPrinter().writeValueAsString(oruk.page(toOruk(all), all.size(), 1,
                Math.max(1, all.size())));
    }

    /**
     * Imports services from ORUK JSON: organisations are matched by name (or added), services
     * are added. Every problem is reported with the service it is in, and then nothing is imported.
     */
    @PreAuthorize(Roles.IS_ADMIN)
    public ImportReport importOruk(String text) {
        Map<String, Long> hubIds = hubs.hubs().stream().collect(Collectors.toMap(Hub::name, Hub::id, (a, b) -> a));
        List<String> problems = new ArrayList<>();
        List<OrukFormat.Parsed> parsed = oruk.parse(text, hubIds, taxonomy.publishedCategoryNames().keySet(), problems);
        if (!problems.isEmpty()) {
            return new ImportReport(0, List.copyOf(problems));
        }
        for (OrukFormat.Parsed p : parsed) {
            Map<String, String> errors = validation.violations(withOrganisation(p.details(), 0L));
            errors.forEach((field, message) -> problems.add("service " + p.index() + " (" + p.details().name() + "): "
                    + field + ": " + message));
        }
        if (!problems.isEmpty()) {
            return new ImportReport(0, List.copyOf(problems));
        }
        Set<String> added = new TreeSet<>();
        for (OrukFormat.Parsed p : parsed) {
            long organisationId = store.organisationNamed(p.organisation().name()).map(Organisation::id)
                    .orElseGet(() -> {
                        added.add(p.organisation().name().trim());
                        return store.insertOrganisation(p.organisation());
                    });
            services.save(PartnerService.create(withOrganisation(p.details(), organisationId), clock.instant()));
        }
        audit.record("DIRECTORY_IMPORTED", "SERVICE", null, parsed.size() + " services from ORUK JSON");
        return new ImportReport(parsed.size(), List.of(), List.copyOf(added));
    }

    private List<ObjectNode> toOruk(List<ServiceRecord> records) {
        Map<Long, Organisation> orgs = store.organisations().stream()
                .collect(Collectors.toMap(Organisation::id, Function.identity()));
        Map<Long, String> hubNames = hubs.namesById();
        Map<String, String> categories = taxonomy.publishedCategoryNames();
        return records.stream().map(r -> oruk.service(r, orgs.get(r.details().organisationId()), hubNames, categories))
                .toList();
    }

    private List<ServiceRecord> records(List<Long> ids) {
        Map<Long, String> orgNames = store.organisations().stream()
                .collect(Collectors.toMap(Organisation::id, Organisation::name));
        Map<Long, PartnerService> byId = new LinkedHashMap<>();
        services.findAllById(ids).forEach(s -> byId.put(s.id(), s));
        return ids.stream().filter(byId::containsKey).map(byId::get).map(s -> new ServiceRecord(s.id(),
                orgNames.get(s.details().organisationId()), s.details(), s.updatedAt(), s.version())).toList();
    }

    private void check(ServiceDetails d) {
        Map<String, String> errors = validation.violations(d);
        if (d.organisationId() != null && store.organisation(d.organisationId()).isEmpty()) {
            errors.putIfAbsent("organisationId", "Choose the organisation");
        }
        if (d.minimumAge() != null && d.maximumAge() != null && d.minimumAge() > d.maximumAge()) {
            errors.putIfAbsent("maximumAge", "The maximum age is below the minimum");
        }
        Set<String> categories = taxonomy.publishedCategoryNames().keySet();
        if (!categories.containsAll(d.needCategories())) {
            errors.putIfAbsent("needCategories", "Choose need categories from the list");
        }
        Validation.throwIfAny(errors);
    }

    private static ServiceDetails withOrganisation(ServiceDetails d, Long organisationId) {
        return new ServiceDetails(organisationId, d.name(), d.description(), d.status(), d.url(), d.email(), d.phone(),
                d.eligibilityDescription(), d.minimumAge(), d.maximumAge(), d.feesDescription(),
                d.applicationProcess(), d.languages(), d.capacity(), d.locations(), d.hubIds(), d.contacts(),
                d.schedules(), d.needCategories());
    }
}
