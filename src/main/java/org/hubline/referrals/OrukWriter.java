package org.hubline.referrals;

import java.nio.charset.StandardCharsets;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * Writes the directory as Open Referral UK 3.0 (the UK profile of HSDS 3.0): every object has a
 * UUID (organisations and services their stored public id; what is nested in a service an id
 * derived from the service's, so it is the same on every read and never shows an internal id);
 * absent values are left out, never sent as null; the profile's required fields are always there
 * (a service's url falls back to its page in this API, an organisation's description to its name,
 * an address's state or province to the council's region). Contact people are published only where
 * marked so. Need categories are terms of the taxonomy {@code hubline-needs}, capacity of
 * {@code hubline-capacity}.
 */
final class OrukWriter {

    static final String NEEDS = "hubline-needs";
    static final String CAPACITY = "hubline-capacity";

    /** What the writer needs besides the services: names, public ids, the API's address and the council. */
    record Context(Map<Long, Organisation> organisations, Map<Long, String> organisationIds,
            Map<Long, String> hubNames, Map<String, String> categories, String apiBase, String council,
            String town, String region) {
    }

    private final JsonMapper json;

    OrukWriter(JsonMapper json) {
        this.json = json;
    }

    /** A stable UUID for something nested in {@code parent}, named by its kind and key. */
    static String derived(String parent, String kind, Object key) {
        return UUID.nameUUIDFromBytes((parent + "/" + kind + "/" + key).getBytes(StandardCharsets.UTF_8)).toString();
    }

    static String taxonomyId(String vocabulary) {
        return derived("hubline", "taxonomy", vocabulary);
    }

    static String termId(String vocabulary, String code) {
        return derived(taxonomyId(vocabulary), "term", code);
    }

    /** A service's one-to-one fields and its organisation: what a listing shows. */
    ObjectNode summary(ServiceRecord record, Context c) {
        ServiceDetails d = record.details();
        String id = record.publicId();
        ObjectNode s = json.createObjectNode();
        s.put("id", id);
        Organisation org = c.organisations().get(d.organisationId());
        String orgId = c.organisationIds().get(d.organisationId());
        s.put("organization_id", orgId);
        s.put("name", d.name());
        put(s, "description", d.description());
        s.put("url", firstOf(d.url(), org.website(), c.apiBase() + "/services/" + id));
        put(s, "email", d.email());
        s.put("status", d.status().oruk());
        put(s, "fees_description", d.feesDescription());
        put(s, "eligibility_description", d.eligibilityDescription());
        put(s, "application_process", d.applicationProcess());
        put(s, "minimum_age", d.minimumAge());
        put(s, "maximum_age", d.maximumAge());
        s.put("last_modified", record.updatedAt().truncatedTo(ChronoUnit.MILLIS).toString());
        ObjectNode o = s.putObject("organization");
        o.put("id", orgId);
        o.put("name", org.name());
        o.put("description", firstOf(org.description(), org.name()));
        put(o, "email", org.email());
        put(o, "website", org.website());
        return s;
    }

    /** A fully nested service. */
    ObjectNode service(ServiceRecord record, Context c) {
        ServiceDetails d = record.details();
        String id = record.publicId();
        ObjectNode s = summary(record, c);
        ArrayNode phones = s.putArray("phones");
        if (d.phone() != null) {
            phones.addObject().put("id", derived(id, "phone", 0)).put("service_id", id).put("number", d.phone());
        }
        languages(s.putArray("languages"), id, d.languages());
        ArrayNode areas = s.putArray("service_areas");
        d.hubIds().stream().sorted().forEach(h -> areas.addObject().put("id", derived(id, "area", h))
                .put("service_id", id).put("name", c.hubNames().getOrDefault(h, "Hub " + h))
                .put("service_area", c.hubNames().getOrDefault(h, "Hub " + h) + ", " + c.council()));
        ArrayNode atLocations = s.putArray("service_at_locations");
        for (int i = 0; i < d.locations().size(); i++) {
            atLocations.add(atLocation(record, i, c, false));
        }
        contacts(s.putArray("contacts"), id, d.contacts());
        schedules(s.putArray("schedules"), id, d.schedules());
        attributes(s.putArray("attributes"), id, d, c);
        return s;
    }

    static String atLocationId(String serviceId, int position) {
        return derived(serviceId, "service_at_location", position);
    }

    /** The service at its {@code position}-th location, with the location and its address; {@code withService}: and the service's summary. */
    ObjectNode atLocation(ServiceRecord record, int position, Context c, boolean withService) {
        String id = record.publicId();
        ServiceDetails.Location l = record.details().locations().get(position);
        String locationId = derived(id, "location", position);
        ObjectNode sal = json.createObjectNode();
        sal.put("id", atLocationId(id, position));
        sal.put("service_id", id);
        sal.put("location_id", locationId);
        ObjectNode loc = sal.putObject("location");
        loc.put("id", locationId);
        loc.put("location_type", "physical");
        put(loc, "name", l.name());
        if (l.uprn() != null) {
            loc.put("external_identifier", l.uprn());
            loc.put("external_identifier_type", "UPRN");
        }
        ArrayNode addresses = loc.putArray("addresses");
        if (l.address1() != null || l.postcode() != null) {
            addresses.addObject().put("id", derived(id, "address", position)).put("location_id", locationId)
                    .put("address_1", firstOf(l.address1(), l.name(), record.details().name()))
                    .put("city", firstOf(l.city(), c.town(), ""))
                    .put("state_province", firstOf(c.region(), l.city(), ""))
                    .put("postal_code", firstOf(l.postcode(), "")).put("country", "GB")
                    .put("address_type", "physical");
        }
        if (withService) {
            sal.set("service", summary(record, c));
        }
        return sal;
    }

    private static void languages(ArrayNode languages, String id, String spoken) {
        if (spoken == null) {
            return;
        }
        int n = 0;
        for (String language : spoken.split(",")) {
            if (!language.isBlank()) {
                languages.addObject().put("id", derived(id, "language", n++)).put("service_id", id)
                        .put("name", language.trim());
            }
        }
    }

    /** Only the contacts marked as published: a contact person's name is not public otherwise. */
    private static void contacts(ArrayNode contacts, String id, List<ServiceDetails.Contact> people) {
        for (int i = 0; i < people.size(); i++) {
            ServiceDetails.Contact p = people.get(i);
            if (!p.published()) {
                continue;
            }
            ObjectNode contact = contacts.addObject().put("id", derived(id, "contact", i)).put("service_id", id);
            put(contact, "name", p.name());
            put(contact, "title", p.title());
            put(contact, "email", p.email());
            ArrayNode phones = contact.putArray("phones");
            if (p.phone() != null) {
                phones.addObject().put("id", derived(id, "contact-phone", i)).put("number", p.phone());
            }
        }
    }

    private static void schedules(ArrayNode schedules, String id, List<ServiceDetails.Schedule> times) {
        for (int i = 0; i < times.size(); i++) {
            ServiceDetails.Schedule x = times.get(i);
            ObjectNode s = schedules.addObject().put("id", derived(id, "schedule", i)).put("service_id", id);
            if (x.byday() != null) {
                s.put("freq", "WEEKLY");
            }
            put(s, "byday", x.byday());
            put(s, "opens_at", x.opensAt());
            put(s, "closes_at", x.closesAt());
            put(s, "description", x.description());
        }
    }

    /** The need categories it meets and its capacity now, as terms of Hubline's two taxonomies. */
    private void attributes(ArrayNode attributes, String id, ServiceDetails d, Context c) {
        d.needCategories().stream().sorted().forEach(code -> attribute(attributes.addObject(), id, "need",
                term(NEEDS, code, c.categories().getOrDefault(code, code), c.council())));
        attribute(attributes.addObject(), id, "capacity",
                term(CAPACITY, d.capacity().name(), d.capacity().label(), c.council()));
    }

    private static void attribute(ObjectNode a, String serviceId, String linkType, ObjectNode term) {
        a.put("id", derived(serviceId, "attribute", term.path("id").asString()));
        a.put("link_id", serviceId);
        a.put("link_type", linkType);
        a.put("link_entity", "service");
        a.put("taxonomy_term_id", term.path("id").asString());
        a.set("taxonomy_term", term);
    }

    /** A term of one of Hubline's taxonomies. */
    ObjectNode term(String vocabulary, String code, String name, String council) {
        ObjectNode t = json.createObjectNode();
        t.put("id", termId(vocabulary, code));
        t.put("code", code);
        t.put("name", name);
        t.put("term", name);
        t.put("description", (NEEDS.equals(vocabulary) ? "A need category of " : "A service's capacity, as told to ")
                + council + "'s helpline: " + name);
        t.put("taxonomy", vocabulary);
        t.put("taxonomy_id", taxonomyId(vocabulary));
        t.put("vocabulary", vocabulary);
        return t;
    }

    /** One of Hubline's taxonomies. */
    ObjectNode taxonomy(String vocabulary, String council) {
        ObjectNode t = json.createObjectNode();
        t.put("id", taxonomyId(vocabulary));
        t.put("name", vocabulary);
        t.put("description", NEEDS.equals(vocabulary)
                ? "The categories of need " + council + "'s helpline meets, and partners' services are found by"
                : "How much a partner service can take on now: open, limited or full");
        t.put("version", "1");
        return t;
    }

    /** The profile's paged list; a page past the end is empty. */
    ObjectNode page(List<ObjectNode> contents, int totalItems, int page, int perPage) {
        ObjectNode p = json.createObjectNode();
        int totalPages = totalItems == 0 ? 0 : (totalItems + perPage - 1) / perPage;
        p.put("total_items", totalItems);
        p.put("total_pages", totalPages);
        p.put("page_number", page);
        p.put("size", contents.size());
        p.put("first_page", page == 1);
        p.put("last_page", page >= totalPages);
        p.put("empty", contents.isEmpty());
        ArrayNode array = p.putArray("contents");
        contents.forEach(array::add);
        return p;
    }

    private static void put(ObjectNode node, String field, String value) {
        if (value != null && !value.isBlank()) {
            node.put(field, value);
        }
    }

    private static void put(ObjectNode node, String field, Integer value) {
        if (value != null) {
            node.put(field, value);
        }
    }

    private static String firstOf(String... values) {
        for (String v : values) {
            if (v != null && !v.isBlank()) {
                return v;
            }
        }
        return values[values.length - 1];
    }
}
