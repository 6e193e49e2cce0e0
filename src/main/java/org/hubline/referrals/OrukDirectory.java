package org.hubline.referrals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.hubline.intake.NeedTaxonomy;
import org.hubline.places.HubDirectory;
import org.hubline.shared.CouncilSettings;
import org.hubline.shared.validation.InvalidInputException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The partner directory published to other systems as Open Referral UK 3.0: what the API is, the
 * council's own active services (paged and filtered as the profile describes, or one by id), each
 * service at each of its locations, and the two taxonomies the services are classified by. Open to
 * anyone, and so it holds no personal data: contact people only where marked public, never a
 * resident. Services read from other publishers' feeds are theirs to publish, not republished here.
 */
@Service
@Transactional(readOnly = true)
public class OrukDirectory {

    public static final String VERSION = "3.0";
    public static final String PROFILE = "https://github.com/openreferral/uk-profile";
    static final int MAX_PER_PAGE = 200;
    private static final String PUBLIC = "permitAll()";

    private final DirectoryStore store;
    private final ServiceRecords records;
    private final HubDirectory hubs;
    private final NeedTaxonomy taxonomy;
    private final CouncilSettings council;
    private final OrukWriter writer;
    private final JsonMapper json;
    private final String baseUrl;

    OrukDirectory(DirectoryStore store, ServiceRecords records, HubDirectory hubs, NeedTaxonomy taxonomy,
            CouncilSettings council, JsonMapper json,
            @Value("${hubline.base-url:http://localhost:8080}") String baseUrl) {
        this.store = store;
        this.records = records;
        this.hubs = hubs;
        this.taxonomy = taxonomy;
        this.council = council;
        this.writer = new OrukWriter(json);
        this.json = json;
        this.baseUrl = baseUrl.endsWith("/") ? baseUrl.substring(0, baseUrl.length() - 1) : baseUrl;
    }

    /** The API's own address, e.g. https://hubline.example.gov.uk/api/oruk. */
    String apiBase() {
        return baseUrl + "/api/oruk";
    }

    /** What this API is: the HSDS version, the profile it follows and its OpenAPI description. */
    @PreAuthorize(PUBLIC)
    public ObjectNode about() {
        ObjectNode about = json.createObjectNode();
        about.put("version", VERSION);
        about.put("profile", PROFILE);
        about.put("openapi_url", baseUrl + "/v3/api-docs");
        return about;
    }

    /** One page of services (pages count from 1): one-to-one fields, or fully nested if {@code full}. */
    @PreAuthorize(PUBLIC)
    public ObjectNode services(OrukQuery query, int page, int perPage, boolean full) {
        checkPaging(page, perPage);
        DirectoryFilter filter = filter(query);
        int total = store.countServices(filter);
        long offset = (long) (page - 1) * perPage;
        List<ServiceRecord> found = offset >= total ? List.of()
                : records.of(store.serviceIds(filter, (int) offset, perPage));
        OrukWriter.Context c = context();
        return writer.page(found.stream().map(r -> full ? writer.service(r, c) : writer.summary(r, c)).toList(),
                total, page, perPage);
    }

    /** One active service, fully nested, by the UUID it is published under. */
    @PreAuthorize(PUBLIC)
    public ObjectNode service(String id) {
        return writer.service(published(id), context());
    }

    /** One page of services at their locations, each with its location, address and the service's summary. */
    @PreAuthorize(PUBLIC)
    public ObjectNode serviceAtLocations(OrukQuery query, int page, int perPage) {
        checkPaging(page, perPage);
        DirectoryFilter filter = filter(query);
        int total = store.countServiceLocations(filter);
        long offset = (long) (page - 1) * perPage;
        List<DirectoryStore.AtLocation> found = offset >= total ? List.of()
                : store.serviceLocations(filter, (int) offset, perPage);
        Map<Long, ServiceRecord> byId = records.of(found.stream().map(DirectoryStore.AtLocation::serviceId)
                .distinct().toList()).stream().collect(Collectors.toMap(ServiceRecord::id, Function.identity()));
        OrukWriter.Context c = context();
        return writer.page(found.stream().map(a -> writer.atLocation(byId.get(a.serviceId()), a.position(), c, true))
                .toList(), total, page, perPage);
    }

    @PreAuthorize(PUBLIC)
    public ObjectNode serviceAtLocation(String id) {
        DirectoryFilter all = filter(OrukQuery.ALL);
        DirectoryStore.AtLocation at = store.serviceLocations(all, 0, Integer.MAX_VALUE).stream()
                .filter(a -> OrukWriter.atLocationId(a.servicePublicId(), a.position()).equals(id)).findFirst()
                .orElseThrow(() -> notFound("service at location"));
        return writer.atLocation(records.of(List.of(at.serviceId())).get(0), at.position(), context(), true);
    }

    @PreAuthorize(PUBLIC)
    public ObjectNode taxonomies(int page, int perPage) {
        checkPaging(page, perPage);
        return paged(List.of(writer.taxonomy(OrukWriter.NEEDS, council.name()),
                writer.taxonomy(OrukWriter.CAPACITY, council.name())), page, perPage);
    }

    @PreAuthorize(PUBLIC)
    public ObjectNode taxonomy(String id) {
        for (String vocabulary : List.of(OrukWriter.NEEDS, OrukWriter.CAPACITY)) {
            if (OrukWriter.taxonomyId(vocabulary).equals(id)) {
                ObjectNode t = writer.taxonomy(vocabulary, council.name());
                t.putArray("taxonomy_terms").addAll(terms(vocabulary));
                return t;
            }
        }
        throw notFound("taxonomy");
    }

    /** The terms of both taxonomies, or of one ({@code taxonomyId}, its UUID or name). */
    @PreAuthorize(PUBLIC)
    public ObjectNode taxonomyTerms(String taxonomyId, int page, int perPage) {
        checkPaging(page, perPage);
        List<ObjectNode> terms = new ArrayList<>();
        for (String vocabulary : List.of(OrukWriter.NEEDS, OrukWriter.CAPACITY)) {
            if (taxonomyId == null || taxonomyId.isBlank() || taxonomyId.equals(vocabulary)
                    || taxonomyId.equals(OrukWriter.taxonomyId(vocabulary))) {
                terms.addAll(terms(vocabulary));
            }
        }
        return paged(terms, page, perPage);
    }

    @PreAuthorize(PUBLIC)
    public ObjectNode taxonomyTerm(String id) {
        return List.of(OrukWriter.NEEDS, OrukWriter.CAPACITY).stream().flatMap(v -> terms(v).stream())
                .filter(t -> t.path("id").asString().equals(id)).findFirst()
                .orElseThrow(() -> notFound("taxonomy term"));
    }

    /** Every service of the council's own, of any status, as an ORUK list (staff only). */
    @PreAuthorize(PartnerDirectory.EDITS)
    public ObjectNode exportAll() {
        List<ServiceRecord> all = records.of(store.serviceIds(DirectoryFilter.ownServices(), 0, Integer.MAX_VALUE));
        OrukWriter.Context c = context();
        return writer.page(all.stream().map(r -> writer.service(r, c)).toList(), all.size(), 1,
                Math.max(1, all.size()));
    }

    private List<ObjectNode> terms(String vocabulary) {
        if (OrukWriter.NEEDS.equals(vocabulary)) {
            return taxonomy.publishedCategoryNames().entrySet().stream()
                    .map(e -> writer.term(vocabulary, e.getKey(), e.getValue(), council.name())).toList();
        }
        return List.of(Capacity.values()).stream()
                .map(x -> writer.term(vocabulary, x.name(), x.label(), council.name())).toList();
    }

    private ObjectNode paged(List<ObjectNode> all, int page, int perPage) {
        long from = (long) (page - 1) * perPage;
        List<ObjectNode> contents = from >= all.size() ? List.of()
                : all.subList((int) from, (int) Math.min(all.size(), from + perPage));
        return writer.page(contents, all.size(), page, perPage);
    }

    private ServiceRecord published(String publicId) {
        return store.serviceWithPublicId(publicId == null ? "" : publicId.trim()).map(id -> records.of(List.of(id)))
                .flatMap(found -> found.stream().findFirst())
                .filter(r -> !r.fromFeed() && r.details().status() == ServiceStatus.ACTIVE)
                .orElseThrow(() -> notFound("service"));
    }

    /** The profile's filters as a search of the active, own services. */
    private DirectoryFilter filter(OrukQuery q) {
        String category = null;
        Capacity capacity = null;
        boolean anyCategory = false;
        boolean nothing = false;
        if (q.taxonomyTermId() != null) {
            String term = q.taxonomyTermId();
            category = taxonomy.publishedCategoryNames().keySet().stream()
                    .filter(code -> term.equals(OrukWriter.termId(OrukWriter.NEEDS, code)) || term.equalsIgnoreCase(code)
                            || term.equalsIgnoreCase(OrukWriter.NEEDS + "-" + code)).findFirst().orElse(null);
            capacity = List.of(Capacity.values()).stream()
                    .filter(x -> term.equals(OrukWriter.termId(OrukWriter.CAPACITY, x.name()))).findFirst().orElse(null);
            nothing = category == null && capacity == null;
        }
        if (q.taxonomyId() != null) {
            String t = q.taxonomyId();
            anyCategory = t.equals(OrukWriter.NEEDS) || t.equals(OrukWriter.taxonomyId(OrukWriter.NEEDS));
            nothing |= !anyCategory && !t.equals(OrukWriter.CAPACITY)
                    && !t.equals(OrukWriter.taxonomyId(OrukWriter.CAPACITY));
        }
        return new DirectoryFilter(q.search(), category, anyCategory, capacity, null, true, true, nothing,
                q.minimumAge(), q.maximumAge(), q.startTime(), q.endTime(), q.day(), q.modifiedAfter());
    }

    OrukWriter.Context context() {
        Map<Long, Organisation> orgs = store.organisations().stream()
                .collect(Collectors.toMap(Organisation::id, Function.identity()));
        return new OrukWriter.Context(orgs, store.organisationPublicIds(), hubs.namesById(),
                taxonomy.publishedCategoryNames(), apiBase(), council.name(), council.town(), council.region());
    }

    private static void checkPaging(int page, int perPage) {
        if (page < 1) {
            throw InvalidInputException.of("page", "Pages count from 1");
        }
        if (perPage < 1 || perPage > MAX_PER_PAGE) {
            throw InvalidInputException.of("per_page", "per_page is from 1 to " + MAX_PER_PAGE);
        }
    }

    private static InvalidInputException notFound(String what) {
        return InvalidInputException.of("id", "No such " + what + " is published here");
    }
}
