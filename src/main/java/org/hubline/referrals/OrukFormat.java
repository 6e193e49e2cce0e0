package org.hubline.referrals;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The partner directory in Open Referral UK (v3, on HSDS 3) shape: a service with its
 * organization, service areas, service at locations (with addresses), contacts and phones,
 * schedules, languages and taxonomy terms (as attributes); and the ORUK paged list
 * ({@code total_items}, {@code total_pages}, {@code page_number}, {@code size}, {@code first_page},
 * {@code last_page}, {@code empty}, {@code contents}). The need categories a service meets are
 * terms of the vocabulary {@code hubline-needs}; its capacity is a term of {@code hubline-capacity}.
 */
final class OrukFormat {

    static final String NEEDS_VOCABULARY = "hubline-needs";
    static final String CAPACITY_VOCABULARY = "hubline-capacity";

    private final JsonMapper json;

    OrukFormat(JsonMapper json) {
        this.json = json;
    }

    ObjectNode service(ServiceRecord record, Organisation organisation, Map<Long, String> hubNames,
            Map<String, String> categoryNames) {
        ServiceDetails d = record.details();
        String id = "hubline-service-" + record.id();
        ObjectNode s = json.createObjectNode();
        s.put("id", id);
        ObjectNode org = s.putObject("organization");
        org.put("id", "hubline-organisation-" + organisation.id());
        org.put("name", organisation.name());
        org.put("description", organisation.description());
        org.put("website", organisation.website());
        org.put("email", organisation.email());
        s.put("name", d.name());
        s.put("description", d.description());
        s.put("url", d.url());
        s.put("email", d.email());
        s.put("status", d.status().oruk());
        s.put("fees_description", d.feesDescription());
        s.put("eligibility_description", d.eligibilityDescription());
        s.put("minimum_age", d.minimumAge());
        s.put("maximum_age", d.maximumAge());
        s.put("application_process", d.applicationProcess());
        languages(s.putArray("languages"), id, d.languages());
        ArrayNode phones = s.putArray("phones");
        if (d.phone() != null) {
            phones.addObject().put("id", id + "-phone").put("number", d.phone());
        }
        ArrayNode areas = s.putArray("service_areas");
        d.hubIds().stream().sorted().forEach(h -> areas.addObject().put("id", id + "-area-" + h)
                .put("name", hubNames.getOrDefault(h, "Hub " + h)));
        locations(s.putArray("service_at_locations"), id, d.locations());
        contacts(s.putArray("contacts"), id, d.contacts());
        schedules(s.putArray("schedules"), id, d.schedules());
        attributes(s.putArray("attributes"), id, d, categoryNames);
        return s;
    }

    private static void languages(ArrayNode languages, String id, String spoken) {
        if (spoken == null) {
            return;
        }
        int n = 0;
        for (String language : spoken.split(",")) {
            if (!language.isBlank()) {
                languages.addObject().put("id", id + "-language-" + n++).put("name", language.trim());
            }
        }
    }

    private static void locations(ArrayNode atLocations, String id, List<ServiceDetails.Location> locations) {
        for (int i = 0; i < locations.size(); i++) {
            ServiceDetails.Location l = locations.get(i);
            ObjectNode sal = atLocations.addObject();
            sal.put("id", id + "-at-location-" + i);
            ObjectNode loc = sal.putObject("location");
            loc.put("id", id + "-location-" + i);
            loc.put("name", l.name());
            if (l.uprn() != null) {
                loc.put("external_identifier", l.uprn());
                loc.put("external_identifier_type", "uprn");
            }
            loc.putArray("addresses").addObject().put("id", id + "-address-" + i).put("address_1", l.address1())
                    .put("city", l.city()).put("postal_code", l.postcode()).put("country", "GB")
                    .put("address_type", "physical");
        }
    }

    private static void contacts(ArrayNode contacts, String id, List<ServiceDetails.Contact> people) {
        for (int i = 0; i < people.size(); i++) {
            ServiceDetails.Contact c = people.get(i);
            ObjectNode contact = contacts.addObject().put("id", id + "-contact-" + i).put("name", c.name())
                    .put("title", c.title()).put("email", c.email());
            ArrayNode contactPhones = contact.putArray("phones");
            if (c.phone() != null) {
                contactPhones.addObject().put("id", id + "-contact-" + i + "-phone").put("number", c.phone());
            }
        }
    }

    private static void schedules(ArrayNode schedules, String id, List<ServiceDetails.Schedule> times) {
        for (int i = 0; i < times.size(); i++) {
            ServiceDetails.Schedule x = times.get(i);
            schedules.addObject().put("id", id + "-schedule-" + i).put("byday", x.byday()).put("opens_at", x.opensAt())
                    .put("closes_at", x.closesAt()).put("description", x.description());
        }
    }

    /** The need categories it meets and its capacity now, as taxonomy terms of Hubline's own vocabularies. */
    private static void attributes(ArrayNode attributes, String id, ServiceDetails d, Map<String, String> categoryNames) {
        d.needCategories().stream().sorted().forEach(code -> attributes.addObject()
                .put("id", id + "-need-" + code).putObject("taxonomy_term").put("id", NEEDS_VOCABULARY + "-" + code)
                .put("code", code).put("term", categoryNames.getOrDefault(code, code))
                .put("vocabulary", NEEDS_VOCABULARY));
        attributes.addObject().put("id", id + "-capacity").putObject("taxonomy_term")
                .put("id", CAPACITY_VOCABULARY + "-" + d.capacity().name()).put("code", d.capacity().name())
                .put("term", d.capacity().label()).put("vocabulary", CAPACITY_VOCABULARY);
    }

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

    /** One service read from ORUK JSON: its organisation's fields and the service's details (organisation id unset). */
    record Parsed(int index, Organisation organisation, ServiceDetails details) {
    }

    /**
     * Reads services from an ORUK paged list or a plain array. Problems are collected per service
     * ("service 3 (Food bank): status must be …"); the caller imports nothing if there are any.
     */
    List<Parsed> parse(String text, Map<String, Long> hubIdsByName, Set<String> categories, List<String> problems) {
        JsonNode root;
        try {
            root = json.readTree(text);
        } catch (RuntimeException e) {
            problems.add("This is not JSON: " + e.getMessage().lines().findFirst().orElse(""));
            return List.of();
        }
        JsonNode services = root.isArray() ? root : root.path("contents");
        if (!services.isArray()) {
            problems.add("Expected an ORUK list of services: an array, or an object with 'contents'");
            return List.of();
        }
        List<Parsed> parsed = new ArrayList<>();
        int index = 0;
        for (JsonNode s : services) {
            parsed.add(service(++index, s, hubIdsByName, categories, problems));
        }
        return parsed;
    }

    /** One service of the list; what is wrong with it goes to {@code problems}, named by its place and name. */
    private static Parsed service(int index, JsonNode s, Map<String, Long> hubIdsByName, Set<String> categories,
            List<String> problems) {
        String name = text(s, "name");
        String where = "service " + index + (name == null ? "" : " (" + name + ")") + ": ";
        JsonNode org = s.path("organization");
        String orgName = text(org, "name");
        if (name == null) {
            problems.add(where + "name is missing");
        }
        if (orgName == null) {
            problems.add(where + "organization.name is missing");
        }
        ServiceStatus status = ServiceStatus.ACTIVE;
        try {
            status = ServiceStatus.fromOruk(text(s, "status") == null ? "active" : text(s, "status"));
        } catch (IllegalArgumentException e) {
            problems.add(where + e.getMessage());
        }
        Set<Long> hubIds = hubIds(s, hubIdsByName, where, problems);
        Terms terms = terms(s, categories, where, problems);
        List<String> languages = new ArrayList<>();
        s.path("languages").forEach(l -> Optional.ofNullable(text(l, "name")).ifPresent(languages::add));
        Organisation organisation = new Organisation(null, orgName, text(org, "description"),
                text(org, "website"), text(org, "email"), null, true, null, null, 0);
        return new Parsed(index, organisation, new ServiceDetails(null, name, text(s, "description"), status,
                text(s, "url"), text(s, "email"), text(s.path("phones").path(0), "number"),
                text(s, "eligibility_description"), integer(s, "minimum_age"), integer(s, "maximum_age"),
                text(s, "fees_description"), text(s, "application_process"),
                languages.isEmpty() ? null : String.join(", ", languages), terms.capacity(), readLocations(s),
                hubIds, readContacts(s), readSchedules(s), terms.needs()));
    }

    private static Set<Long> hubIds(JsonNode s, Map<String, Long> hubIdsByName, String where, List<String> problems) {
        Set<Long> hubIds = new LinkedHashSet<>();
        for (JsonNode area : s.path("service_areas")) {
            Long hub = hubIdsByName.get(text(area, "name"));
            if (hub == null) {
                problems.add(where + "service area '" + text(area, "name") + "' is not one of the hubs");
            } else {
                hubIds.add(hub);
            }
        }
        return hubIds;
    }

    /** The need categories it meets and its capacity, from its taxonomy terms. */
    private record Terms(Set<String> needs, Capacity capacity) {
    }

    private static Terms terms(JsonNode s, Set<String> categories, String where, List<String> problems) {
        Set<String> needs = new LinkedHashSet<>();
        Capacity capacity = Capacity.OPEN;
        for (JsonNode attribute : s.path("attributes")) {
            JsonNode term = attribute.path("taxonomy_term");
            String vocabulary = text(term, "vocabulary");
            String code = text(term, "code");
            if (NEEDS_VOCABULARY.equals(vocabulary)) {
                if (!categories.contains(code)) {
                    problems.add(where + "need category '" + code + "' is not in the needs taxonomy");
                } else {
                    needs.add(code);
                }
            } else if (CAPACITY_VOCABULARY.equals(vocabulary)) {
                try {
                    capacity = Capacity.valueOf(code);
                } catch (IllegalArgumentException | NullPointerException e) {
                    problems.add(where + "capacity must be OPEN, LIMITED or FULL");
                }
            }
        }
        return new Terms(needs, capacity);
    }

    private static List<ServiceDetails.Location> readLocations(JsonNode s) {
        List<ServiceDetails.Location> locations = new ArrayList<>();
        for (JsonNode sal : s.path("service_at_locations")) {
            JsonNode loc = sal.path("location");
            JsonNode address = loc.path("addresses").path(0);
            locations.add(new ServiceDetails.Location(text(loc, "name"), text(address, "address_1"),
                    text(address, "city"), text(address, "postal_code"),
                    "uprn".equals(text(loc, "external_identifier_type")) ? text(loc, "external_identifier") : null));
        }
        return locations;
    }

    private static List<ServiceDetails.Contact> readContacts(JsonNode s) {
        List<ServiceDetails.Contact> contacts = new ArrayList<>();
        for (JsonNode c : s.path("contacts")) {
            contacts.add(new ServiceDetails.Contact(text(c, "name"), text(c, "title"), text(c, "email"),
                    text(c.path("phones").path(0), "number")));
        }
        return contacts;
    }

    private static List<ServiceDetails.Schedule> readSchedules(JsonNode s) {
        List<ServiceDetails.Schedule> schedules = new ArrayList<>();
        for (JsonNode x : s.path("schedules")) {
            schedules.add(new ServiceDetails.Schedule(text(x, "byday"), text(x, "opens_at"), text(x, "closes_at"),
                    text(x, "description")));
        }
        return schedules;
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.path(field);
        return v.isMissingNode() || v.isNull() ? null : v.asString();
    }

    private static Integer integer(JsonNode node, String field) {
        JsonNode v = node.path(field);
        return v.isMissingNode() || v.isNull() ? null : v.asInt();
    }
}
