package org.hubline.referrals;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

import tools.jackson.databind.JsonNode;

/**
 * The rules of the Open Referral UK 3.0 profile (the UK profile of HSDS 3.0, schema/compiled/*.json
 * and schema/openapi.json of OpenReferralUK/uk-profile), written down in our own words for the
 * contract test: for each kind of object, the fields it must have and the type of each field it
 * may have; every {@code id} and {@code *_id} is a UUID; no field is ever null (the schema allows a
 * string or a number, so an absent value is left out); and the paged lists' fields agree with
 * each other. Where the UK profile and HSDS 3.0 core differ on what is required, both apply.
 * {@link #check} returns every breach, each with the path it is at.
 */
final class OrukProfileRules {

    private static final Pattern UUID = Pattern.compile("^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$");
    private static final Pattern URI = Pattern.compile("^https?://\\S+$");
    private static final Pattern DATE_TIME = Pattern.compile("^\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}(:\\d{2}(\\.\\d+)?)?(Z|[+-]\\d{2}:\\d{2})$");

    enum Kind {
        SERVICE, ORGANIZATION, SERVICE_AT_LOCATION, LOCATION, ADDRESS, SCHEDULE, SERVICE_AREA, LANGUAGE, CONTACT,
        PHONE, ATTRIBUTE, TAXONOMY_TERM, TAXONOMY, ABOUT
    }

    private enum Type {
        STRING, NUMBER, BOOLEAN, UUID, URI, DATE_TIME, ARRAY, OBJECT
    }

    private record Rule(Set<String> required, Map<String, Type> types, Map<String, Kind> nested,
            Map<String, Set<String>> enums) {
    }

    private static final Map<Kind, Rule> RULES = Map.ofEntries(
            Map.entry(Kind.SERVICE, new Rule(Set.of("id", "name", "status", "url"),
                    Map.ofEntries(Map.entry("id", Type.UUID), Map.entry("organization_id", Type.UUID),
                            Map.entry("name", Type.STRING), Map.entry("description", Type.STRING),
                            Map.entry("url", Type.URI), Map.entry("email", Type.STRING),
                            Map.entry("status", Type.STRING), Map.entry("fees", Type.STRING),
                            Map.entry("minimum_age", Type.NUMBER), Map.entry("maximum_age", Type.NUMBER),
                            Map.entry("assured_date", Type.STRING), Map.entry("alert", Type.STRING),
                            Map.entry("last_modified", Type.DATE_TIME), Map.entry("schedules", Type.ARRAY),
                            Map.entry("service_areas", Type.ARRAY), Map.entry("service_at_locations", Type.ARRAY),
                            Map.entry("languages", Type.ARRAY), Map.entry("contacts", Type.ARRAY),
                            Map.entry("phones", Type.ARRAY), Map.entry("attributes", Type.ARRAY),
                            Map.entry("organization", Type.OBJECT)),
                    Map.of("organization", Kind.ORGANIZATION, "schedules", Kind.SCHEDULE, "service_areas",
                            Kind.SERVICE_AREA, "service_at_locations", Kind.SERVICE_AT_LOCATION, "languages",
                            Kind.LANGUAGE, "contacts", Kind.CONTACT, "phones", Kind.PHONE, "attributes",
                            Kind.ATTRIBUTE),
                    Map.of("status", Set.of("active", "inactive", "defunct", "temporarily closed")))),
            Map.entry(Kind.ORGANIZATION, new Rule(Set.of("id", "name", "description"),
                    Map.of("id", Type.UUID, "name", Type.STRING, "description", Type.STRING, "email", Type.STRING,
                            "website", Type.URI, "uri", Type.URI, "logo", Type.STRING), Map.of(), Map.of())),
            Map.entry(Kind.SERVICE_AT_LOCATION, new Rule(Set.of("id"),
                    Map.of("id", Type.UUID, "service_id", Type.UUID, "location_id", Type.UUID, "location",
                            Type.OBJECT, "service", Type.OBJECT),
                    Map.of("location", Kind.LOCATION, "service", Kind.SERVICE), Map.of())),
            Map.entry(Kind.LOCATION, new Rule(Set.of("id", "location_type"),
                    Map.of("id", Type.UUID, "location_type", Type.STRING, "name", Type.STRING, "description",
                            Type.STRING, "latitude", Type.NUMBER, "longitude", Type.NUMBER, "external_identifier",
                            Type.STRING, "external_identifier_type", Type.STRING, "addresses", Type.ARRAY),
                    Map.of("addresses", Kind.ADDRESS),
                    Map.of("location_type", Set.of("physical", "postal", "virtual")))),
            Map.entry(Kind.ADDRESS, new Rule(Set.of("id", "address_1", "city", "state_province", "postal_code",
                    "country", "address_type"),
                    Map.of("id", Type.UUID, "location_id", Type.UUID, "address_1", Type.STRING, "city", Type.STRING,
                            "region", Type.STRING, "state_province", Type.STRING, "postal_code", Type.STRING,
                            "country", Type.STRING, "address_type", Type.STRING),
                    Map.of(), Map.of("address_type", Set.of("physical", "postal", "virtual")))),
            Map.entry(Kind.SCHEDULE, new Rule(Set.of("id"),
                    Map.of("id", Type.UUID, "service_id", Type.UUID, "freq", Type.STRING, "byday", Type.STRING,
                            "opens_at", Type.STRING, "closes_at", Type.STRING, "description", Type.STRING),
                    Map.of(), Map.of("freq", Set.of("WEEKLY", "MONTHLY")))),
            Map.entry(Kind.SERVICE_AREA, new Rule(Set.of("id"),
                    Map.of("id", Type.UUID, "service_id", Type.UUID, "name", Type.STRING, "service_area",
                            Type.STRING), Map.of(), Map.of())),
            Map.entry(Kind.LANGUAGE, new Rule(Set.of("id"),
                    Map.of("id", Type.UUID, "service_id", Type.UUID, "name", Type.STRING, "code", Type.STRING),
                    Map.of(), Map.of())),
            Map.entry(Kind.CONTACT, new Rule(Set.of("id"),
                    Map.of("id", Type.UUID, "service_id", Type.UUID, "name", Type.STRING, "title", Type.STRING,
                            "email", Type.STRING, "phones", Type.ARRAY), Map.of("phones", Kind.PHONE), Map.of())),
            Map.entry(Kind.PHONE, new Rule(Set.of("id", "number"),
                    Map.of("id", Type.UUID, "service_id", Type.UUID, "number", Type.STRING), Map.of(), Map.of())),
            Map.entry(Kind.ATTRIBUTE, new Rule(Set.of("id"),
                    Map.of("id", Type.UUID, "link_id", Type.UUID, "taxonomy_term_id", Type.UUID, "link_type",
                            Type.STRING, "link_entity", Type.STRING, "taxonomy_term", Type.OBJECT),
                    Map.of("taxonomy_term", Kind.TAXONOMY_TERM), Map.of())),
            Map.entry(Kind.TAXONOMY_TERM, new Rule(Set.of("id", "taxonomy", "name", "description"),
                    Map.of("id", Type.UUID, "parent_id", Type.UUID, "taxonomy", Type.STRING, "taxonomy_id",
                            Type.UUID, "term", Type.STRING, "name", Type.STRING, "description", Type.STRING,
                            "code", Type.STRING), Map.of(), Map.of())),
            Map.entry(Kind.TAXONOMY, new Rule(Set.of("id", "name", "description"),
                    Map.of("id", Type.UUID, "name", Type.STRING, "description", Type.STRING, "uri", Type.URI,
                            "version", Type.STRING, "taxonomy_terms", Type.ARRAY),
                    Map.of("taxonomy_terms", Kind.TAXONOMY_TERM), Map.of())),
            Map.entry(Kind.ABOUT, new Rule(Set.of("version", "profile", "openapi_url"),
                    Map.of("version", Type.STRING, "profile", Type.URI, "openapi_url", Type.URI), Map.of(),
                    Map.of())));

    private OrukProfileRules() {
    }

    /** Every breach of the profile in one object of the kind and everything nested in it. */
    static List<String> check(JsonNode node, Kind kind) {
        List<String> breaches = new ArrayList<>();
        check(node, kind, kind.name().toLowerCase(), breaches);
        return breaches;
    }

    /** A paged list: its fields, their agreement, and each item as the kind given. */
    static List<String> checkPage(JsonNode page, int perPage, Kind items) {
        List<String> breaches = new ArrayList<>();
        for (String field : List.of("total_items", "total_pages", "page_number", "size")) {
            if (!page.path(field).isIntegralNumber()) {
                breaches.add("page." + field + " must be an integer");
            }
        }
        for (String field : List.of("first_page", "last_page", "empty")) {
            if (!page.path(field).isBoolean()) {
                breaches.add("page." + field + " must be a boolean");
            }
        }
        JsonNode contents = page.path("contents");
        if (!contents.isArray()) {
            breaches.add("page.contents must be an array");
            return breaches;
        }
        int total = page.path("total_items").asInt();
        int number = page.path("page_number").asInt();
        if (page.path("size").asInt() != contents.size()) {
            breaches.add("page.size must be the number of contents");
        }
        if (page.path("empty").asBoolean() != contents.isEmpty()) {
            breaches.add("page.empty must say whether contents is empty");
        }
        if (page.path("total_pages").asInt() != (total + perPage - 1) / perPage) {
            breaches.add("page.total_pages must be total_items / per_page, rounded up");
        }
        if (page.path("first_page").asBoolean() != (number == 1)) {
            breaches.add("page.first_page must be true on page 1 only");
        }
        if (page.path("last_page").asBoolean() != (number >= page.path("total_pages").asInt())) {
            breaches.add("page.last_page must be true on the last page only");
        }
        for (int i = 0; i < contents.size(); i++) {
            check(contents.get(i), items, "contents[" + i + "]", breaches);
        }
        return breaches;
    }

    private static void check(JsonNode node, Kind kind, String path, List<String> breaches) {
        if (!node.isObject()) {
            breaches.add(path + " must be an object");
            return;
        }
        Rule rule = RULES.get(kind);
        for (String field : rule.required()) {
            if (!node.has(field)) {
                breaches.add(path + "." + field + " is required");
            }
        }
        for (var entry : node.properties()) {
            String field = entry.getKey();
            JsonNode value = entry.getValue();
            String at = path + "." + field;
            if (value.isNull()) {
                breaches.add(at + " is null: leave it out instead");
                continue;
            }
            Type type = rule.types().get(field);
            if (type == null && (field.equals("id") || field.endsWith("_id"))) {
                type = Type.UUID;
            }
            if (type != null && !fits(value, type)) {
                breaches.add(at + " must be " + type.name().toLowerCase().replace('_', '-') + ", not " + value);
            }
            Set<String> allowed = rule.enums().get(field);
            if (allowed != null && !allowed.contains(value.asString())) {
                breaches.add(at + " must be one of " + allowed + ", not " + value);
            }
            Kind nested = rule.nested().get(field);
            if (nested != null && value.isArray()) {
                for (int i = 0; i < value.size(); i++) {
                    check(value.get(i), nested, at + "[" + i + "]", breaches);
                }
            } else if (nested != null) {
                check(value, nested, at, breaches);
            }
        }
    }

    private static boolean fits(JsonNode v, Type type) {
        return switch (type) {
            case STRING -> v.isString();
            case NUMBER -> v.isNumber();
            case BOOLEAN -> v.isBoolean();
            case UUID -> v.isString() && UUID.matcher(v.asString()).matches();
            case URI -> v.isString() && URI.matcher(v.asString()).matches();
            case DATE_TIME -> v.isString() && DATE_TIME.matcher(v.asString()).matches();
            case ARRAY -> v.isArray();
            case OBJECT -> v.isObject();
        };
    }
}
