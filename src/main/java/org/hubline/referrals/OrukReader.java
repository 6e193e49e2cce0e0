package org.hubline.referrals;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Reads services in Open Referral UK shape: from an ORUK paged list or a plain array (an import
 * file), or one at a time (a feed). An import is strict: a service area that is not one of the hubs,
 * or a need category not in the taxonomy, is a problem. A feed from another publisher is read
 * leniently: its areas and taxonomies are its own, so only Hubline's need categories and capacity
 * are taken and the rest left aside. Need categories are recognised by the taxonomy's name
 * ({@code vocabulary} or {@code taxonomy}) or its id.
 */
final class OrukReader {

    private final JsonMapper json;

    OrukReader(JsonMapper json) {
        this.json = json;
    }

    /** One service read from ORUK JSON: its organisation's fields and the service's details (organisation id unset). */
    record Parsed(int index, String sourceId, String organisationSourceId, Organisation organisation,
            ServiceDetails details) {
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
            parsed.add(service(++index, s, hubIdsByName, categories, true, problems));
        }
        return parsed;
    }

    /**
     * One service, the {@code index}-th read; what is wrong with it goes to {@code problems}, named
     * by its place and name. {@code strict}: areas and need categories must be Hubline's own.
     */
    static Parsed service(int index, JsonNode s, Map<String, Long> hubIdsByName, Set<String> categories,
            boolean strict, List<String> problems) {
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
        Set<Long> hubIds = hubIds(s, hubIdsByName, where, strict, problems);
        Terms terms = terms(s, categories, where, strict, problems);
        List<String> languages = new ArrayList<>();
        s.path("languages").forEach(l -> Optional.ofNullable(text(l, "name")).ifPresent(languages::add));
        Organisation organisation = new Organisation(null, orgName, text(org, "description"),
                text(org, "website"), text(org, "email"), null, true, null, null, 0);
        return new Parsed(index, text(s, "id"), text(org, "id"), organisation, new ServiceDetails(null, name, text(s, "description"), status,
                text(s, "url"), text(s, "email"), text(s.path("phones").path(0), "number"),
                text(s, "eligibility_description"), integer(s, "minimum_age"), integer(s, "maximum_age"),
                text(s, "fees_description"), text(s, "application_process"),
                languages.isEmpty() ? null : String.join(", ", languages), terms.capacity(), readLocations(s),
                hubIds, readContacts(s), readSchedules(s), terms.needs()));
    }

    private static Set<Long> hubIds(JsonNode s, Map<String, Long> hubIdsByName, String where, boolean strict,
            List<String> problems) {
        Set<Long> hubIds = new LinkedHashSet<>();
        for (JsonNode area : s.path("service_areas")) {
            Long hub = hubIdsByName.get(text(area, "name"));
            if (hub == null && !strict) {
                continue;
            }
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

    private static Terms terms(JsonNode s, Set<String> categories, String where, boolean strict,
            List<String> problems) {
        Set<String> needs = new LinkedHashSet<>();
        Capacity capacity = Capacity.OPEN;
        for (JsonNode attribute : s.path("attributes")) {
            JsonNode term = attribute.path("taxonomy_term");
            String vocabulary = vocabulary(term);
            String code = text(term, "code");
            if (OrukWriter.NEEDS.equals(vocabulary)) {
                if (!categories.contains(code) && !strict) {
                    continue;
                }
                if (!categories.contains(code)) {
                    problems.add(where + "need category '" + code + "' is not in the needs taxonomy");
                } else {
                    needs.add(code);
                }
            } else if (OrukWriter.CAPACITY.equals(vocabulary)) {
                try {
                    capacity = Capacity.valueOf(code);
                } catch (IllegalArgumentException | NullPointerException e) {
                    problems.add(where + "capacity must be OPEN, LIMITED or FULL");
                }
            }
        }
        return new Terms(needs, capacity);
    }

    /** Which taxonomy a term is of: by name, or by the id Hubline publishes its taxonomies under. */
    private static String vocabulary(JsonNode term) {
        for (String name : List.of(OrukWriter.NEEDS, OrukWriter.CAPACITY)) {
            if (name.equals(text(term, "vocabulary")) || name.equals(text(term, "taxonomy"))
                    || OrukWriter.taxonomyId(name).equals(text(term, "taxonomy_id"))) {
                return name;
            }
        }
        return null;
    }

    private static List<ServiceDetails.Location> readLocations(JsonNode s) {
        List<ServiceDetails.Location> locations = new ArrayList<>();
        for (JsonNode sal : s.path("service_at_locations")) {
            JsonNode loc = sal.path("location");
            JsonNode address = loc.path("addresses").path(0);
            locations.add(new ServiceDetails.Location(text(loc, "name"), text(address, "address_1"),
                    text(address, "city"), text(address, "postal_code"),
                    "uprn".equalsIgnoreCase(text(loc, "external_identifier_type")) ? text(loc, "external_identifier")
                            : null));
        }
        return locations;
    }

    private static List<ServiceDetails.Contact> readContacts(JsonNode s) {
        List<ServiceDetails.Contact> contacts = new ArrayList<>();
        for (JsonNode c : s.path("contacts")) {
            contacts.add(new ServiceDetails.Contact(text(c, "name"), text(c, "title"), text(c, "email"),
                    text(c.path("phones").path(0), "number"), true));
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
