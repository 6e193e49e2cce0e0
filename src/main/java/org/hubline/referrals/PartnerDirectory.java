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
import org.hubline.shared.security.HubScope;
import org.hubline.shared.security.Roles;
import org.hubline.shared.validation.InvalidInputException;
import org.hubline.shared.validation.StaleEditException;
import org.hubline.shared.validation.Validation;
import org.springframework.security.access.AccessDeniedException;
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
    /** An ORUK import file is at most this many characters (a directory of thousands of services). */
    public static final int MAX_IMPORT_CHARS = 5 * 1024 * 1024;
    static final String READS = "hasAnyRole('ADMIN', 'HUB_COORDINATOR', 'CALL_HANDLER')";

    private final PartnerServiceRepository services;
    private final DirectoryStore store;
    private final NeedTaxonomy taxonomy;
    private final HubDirectory hubs;
    private final Validation validation;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final OrukReader oruk;
    private final ServiceRecords records;
    private final Clock clock;

    PartnerDirectory(PartnerServiceRepository services, DirectoryStore store, ServiceRecords records,
            HubDirectory hubs, NeedTaxonomy taxonomy, Validation validation, AuditTrail audit, CurrentUser currentUser,
            JsonMapper json, Clock clock) {
        this.taxonomy = taxonomy;
        this.services = services;
        this.store = store;
        this.hubs = hubs;
        this.validation = validation;
        this.audit = audit;
        this.currentUser = currentUser;
        this.records = records;
        this.oruk = new OrukReader(json);
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

    /**
     * Adds a service (opened null) or changes it as opened; a stale change is refused. Admins keep
     * every service; a coordinator keeps only services that serve their own hubs and no others,
     * and cannot move one to another organisation (its referrals would go there).
     */
    @PreAuthorize(EDITS)
    public ServiceRecord saveService(ServiceRecord opened, ServiceDetails details) {
        check(details);
        HubScope scope = currentUser.hubScope();
        if (!keeps(scope, details.hubIds())) {
            throw InvalidInputException.of("hubIds", "Choose only your own hubs: a service serving other hubs is "
                    + "kept by an admin");
        }
        PartnerService service;
        if (opened == null) {
            service = PartnerService.create(details, clock.instant());
        } else {
            service = services.findById(opened.id())
                    .orElseThrow(() -> InvalidInputException.of("service", "No such service"));
            if (service.feedId() != null) {
                throw InvalidInputException.of("service", opened.details().name() + " comes from another directory's "
                        + "feed and is refreshed from there; it cannot be changed here.");
            }
            if (service.version() != opened.version()) {
                throw new StaleEditException("Someone else changed " + opened.details().name()
                        + " while you had it open. Reload to see their change, then make yours again.");
            }
            ServiceDetails before = service.details();
            if (!scope.all() && (!keeps(scope, before.hubIds())
                    || !before.organisationId().equals(details.organisationId()))) {
                throw new AccessDeniedException(before.name() + " serves hubs other than yours, or would move to "
                        + "another organisation: an admin keeps it");
            }
            service.describe(details, clock.instant());
        }
        service = services.save(service);
        audit.record(opened == null ? "SERVICE_ADDED" : "SERVICE_CHANGED", "SERVICE", service.id(),
                details.name() + " · " + details.status().label() + " · capacity " + details.capacity().label());
        return service(service.id());
    }

    /** Whether the user may change the service: not one read from a feed, and (for a coordinator) one of their own hubs'. */
    @PreAuthorize(READS)
    public boolean mayChange(ServiceRecord service) {
        return !service.fromFeed() && keeps(currentUser.hubScope(), service.details().hubIds());
    }

    /** Admins keep every service; a coordinator those serving some of their hubs and no others. */
    private static boolean keeps(HubScope scope, Set<Long> hubIds) {
        return scope.all() || !hubIds.isEmpty() && scope.hubIds().containsAll(hubIds);
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

    // ---- Open Referral UK (published by OrukDirectory)

    /**
     * Imports services from ORUK JSON: organisations are matched by name (or added), services
     * are added. Every problem is reported with the service it is in, and then nothing is imported.
     */
    @PreAuthorize(Roles.IS_ADMIN)
    public ImportReport importOruk(String text) {
        if (text != null && text.length() > MAX_IMPORT_CHARS) {
            return new ImportReport(0, List.of("The file is larger than " + MAX_IMPORT_CHARS / (1024 * 1024)
                    + " MB: split it, or read the directory as a feed instead."));
        }
        Map<String, Long> hubIds = hubs.hubs().stream().collect(Collectors.toMap(Hub::name, Hub::id, (a, b) -> a));
        List<String> problems = new ArrayList<>();
        List<OrukReader.Parsed> parsed = oruk.parse(text, hubIds, taxonomy.publishedCategoryNames().keySet(), problems);
        if (!problems.isEmpty()) {
            return new ImportReport(0, List.copyOf(problems));
        }
        for (OrukReader.Parsed p : parsed) {
            Map<String, String> errors = validation.violations(ImportRows.withOrganisation(p.details(), 0L));
            errors.forEach((field, message) -> problems.add("service " + p.index() + " (" + p.details().name() + "): "
                    + field + ": " + message));
        }
        if (!problems.isEmpty()) {
            return new ImportReport(0, List.copyOf(problems));
        }
        Set<String> added = new TreeSet<>();
        for (OrukReader.Parsed p : parsed) {
            long organisationId = store.organisationNamed(p.organisation().name()).map(Organisation::id)
                    .orElseGet(() -> {
                        added.add(p.organisation().name().trim());
                        return store.insertOrganisation(p.organisation());
                    });
            services.save(PartnerService.create(ImportRows.withOrganisation(p.details(), organisationId), clock.instant()));
        }
        audit.record("DIRECTORY_IMPORTED", "SERVICE", null, parsed.size() + " services from ORUK JSON");
        return new ImportReport(parsed.size(), List.of(), List.copyOf(added));
    }

    private List<ServiceRecord> records(List<Long> ids) {
        return records.of(ids);
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
}
