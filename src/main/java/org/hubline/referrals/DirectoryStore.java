package org.hubline.referrals;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Organisations, service search (text, need category, hub, paged) and referral pathways. */
@Repository
class DirectoryStore {

    private final JdbcClient jdbc;

    DirectoryStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    private static final String ORG_COLUMNS = "id, name, description, website, email, referral_email, active, "
            + "registration_number, phone, version";

    List<Organisation> organisations() {
        return jdbc.sql("SELECT " + ORG_COLUMNS + " FROM partner_organisation ORDER BY name").query(Organisation.class)
                .list();
    }

    Optional<Organisation> organisation(long id) {
        return jdbc.sql("SELECT " + ORG_COLUMNS + " FROM partner_organisation WHERE id = :id").param("id", id)
                .query(Organisation.class).optional();
    }

    Optional<Organisation> organisationNamed(String name) {
        return jdbc.sql("SELECT " + ORG_COLUMNS + " FROM partner_organisation WHERE LOWER(name) = LOWER(:n)")
                .param("n", name.trim()).query(Organisation.class).optional();
    }

    /** Adds an organisation, under a new public id. */
    long insertOrganisation(Organisation o) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO partner_organisation (name, description, website, email, referral_email, active, "
                + "registration_number, phone, public_id) VALUES (:name, :description, :website, :email, :referral, "
                + ":active, :registration, :phone, :publicId)").param("publicId", UUID.randomUUID().toString())
                .param("name", o.name().trim()).param("description", o.description()).param("website", o.website())
                .param("email", o.email()).param("referral", o.referralEmail()).param("active", o.active())
                .param("registration", o.registrationNumber()).param("phone", o.phone())
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    /** Every organisation's public id (the UUID the open directory gives it), by internal id. */
    Map<Long, String> organisationPublicIds() {
        Map<Long, String> ids = new HashMap<>();
        jdbc.sql("SELECT id, public_id FROM partner_organisation")
                .query((rs, n) -> ids.put(rs.getLong(1), rs.getString(2))).list();
        return ids;
    }

    /** The internal id of the service published under this public id. */
    Optional<Long> serviceWithPublicId(String publicId) {
        return jdbc.sql("SELECT id FROM partner_service WHERE public_id = :p").param("p", publicId)
                .query(Long.class).optional();
    }

    /** The names of the feeds services were read from, by feed id. */
    Map<Long, String> feedNames() {
        Map<Long, String> names = new HashMap<>();
        jdbc.sql("SELECT id, name FROM directory_feed").query((rs, n) -> names.put(rs.getLong(1), rs.getString(2)))
                .list();
        return names;
    }

    /** Changes the organisation as it was opened; false if someone else changed it meanwhile. */
    boolean updateOrganisation(Organisation o) {
        return jdbc.sql("UPDATE partner_organisation SET name = :name, description = :description, "
                + "website = :website, email = :email, referral_email = :referral, active = :active, "
                + "registration_number = :registration, phone = :phone, version = version + 1 "
                + "WHERE id = :id AND version = :version")
                .param("id", o.id()).param("name", o.name().trim()).param("description", o.description())
                .param("website", o.website()).param("email", o.email()).param("referral", o.referralEmail())
                .param("active", o.active()).param("registration", o.registrationNumber()).param("phone", o.phone())
                .param("version", o.version()).update() == 1;
    }

    /** Every organisation's hubs served, in one query, for the list of organisations. */
    Map<Long, Set<Long>> hubsServedByOrganisation() {
        Map<Long, Set<Long>> served = new HashMap<>();
        jdbc.sql("SELECT organisation_id, hub_id FROM partner_organisation_hub ORDER BY organisation_id, hub_id")
                .query((rs, n) -> served.computeIfAbsent(rs.getLong(1), k -> new LinkedHashSet<>()).add(rs.getLong(2)))
                .list();
        return served;
    }

    Set<Long> hubsServed(long organisationId) {
        return new LinkedHashSet<>(jdbc.sql("SELECT hub_id FROM partner_organisation_hub WHERE organisation_id = :id "
                + "ORDER BY hub_id").param("id", organisationId).query(Long.class).list());
    }

    void replaceHubsServed(long organisationId, Set<Long> hubIds) {
        jdbc.sql("DELETE FROM partner_organisation_hub WHERE organisation_id = :id").param("id", organisationId)
                .update();
        for (Long hub : hubIds) {
            jdbc.sql("INSERT INTO partner_organisation_hub (organisation_id, hub_id) VALUES (:id, :hub)")
                    .param("id", organisationId).param("hub", hub).update();
        }
    }

    /** Ids of services matching the filters, by name, one page (0-based offset). */
    List<Long> serviceIds(String text, String category, Long hubId, boolean activeOnly, int offset, int limit) {
        return serviceIds(DirectoryFilter.of(text, category, hubId, activeOnly), offset, limit);
    }

    int countServices(String text, String category, Long hubId, boolean activeOnly) {
        return countServices(DirectoryFilter.of(text, category, hubId, activeOnly));
    }

    List<Long> serviceIds(DirectoryFilter filter, int offset, int limit) {
        Where w = where(filter);
        return jdbc.sql("SELECT s.id FROM partner_service s JOIN partner_organisation o ON o.id = s.organisation_id"
                + w.sql + " ORDER BY s.name, s.id LIMIT :limit OFFSET :offset")
                .params(w.params).param("limit", limit).param("offset", offset).query(Long.class).list();
    }

    int countServices(DirectoryFilter filter) {
        Where w = where(filter);
        return jdbc.sql("SELECT COUNT(*) FROM partner_service s JOIN partner_organisation o ON o.id = s.organisation_id"
                + w.sql).params(w.params).query(Integer.class).single();
    }

    /** A service at one of its locations: the service's id and the location's place in its list. */
    record AtLocation(long serviceId, String servicePublicId, int position) {
    }

    /** The locations of the services matching the filters, by service name then place, one page. */
    List<AtLocation> serviceLocations(DirectoryFilter filter, int offset, int limit) {
        Where w = where(filter);
        return jdbc.sql("SELECT l.service_id, s.public_id, l.position FROM service_location l JOIN partner_service s "
                + "ON s.id = l.service_id JOIN partner_organisation o ON o.id = s.organisation_id" + w.sql
                + " ORDER BY s.name, s.id, l.position LIMIT :limit OFFSET :offset").params(w.params)
                .param("limit", limit).param("offset", offset)
                .query((rs, n) -> new AtLocation(rs.getLong(1), rs.getString(2), rs.getInt(3))).list();
    }

    int countServiceLocations(DirectoryFilter filter) {
        Where w = where(filter);
        return jdbc.sql("SELECT COUNT(*) FROM service_location l JOIN partner_service s ON s.id = l.service_id "
                + "JOIN partner_organisation o ON o.id = s.organisation_id" + w.sql).params(w.params)
                .query(Integer.class).single();
    }

    private record Where(String sql, Map<String, Object> params) {
    }

    private static Where where(DirectoryFilter f) {
        List<String> clauses = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (f.text() != null && !f.text().isBlank()) {
            clauses.add("(LOWER(s.name) LIKE :text OR LOWER(s.description) LIKE :text OR LOWER(o.name) LIKE :text)");
            params.put("text", "%" + f.text().trim().toLowerCase(Locale.ROOT) + "%");
        }
        if (f.category() != null && !f.category().isBlank()) {
            clauses.add("EXISTS (SELECT 1 FROM service_taxonomy t WHERE t.service_id = s.id "
                    + "AND t.need_category_code = :category)");
            params.put("category", f.category().trim().toUpperCase(Locale.ROOT));
        }
        if (f.anyCategory()) {
            clauses.add("EXISTS (SELECT 1 FROM service_taxonomy t WHERE t.service_id = s.id)");
        }
        if (f.capacity() != null) {
            clauses.add("s.capacity = :capacity");
            params.put("capacity", f.capacity().name());
        }
        if (f.hubId() != null) {
            clauses.add("EXISTS (SELECT 1 FROM service_area a WHERE a.service_id = s.id AND a.hub_id = :hub)");
            params.put("hub", f.hubId());
        }
        if (f.activeOnly()) {
            clauses.add("s.status = 'ACTIVE'");
        }
        if (f.ownOnly()) {
            clauses.add("s.feed_id IS NULL");
        }
        if (f.nothing()) {
            clauses.add("1 = 0");
        }
        ages(f, clauses, params);
        opening(f, clauses, params);
        if (f.modifiedAfter() != null) {
            clauses.add("s.updated_at >= :after");
            params.put("after", f.modifiedAfter().atOffset(ZoneOffset.UTC));
        }
        return new Where(clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses), params);
    }

    private static void ages(DirectoryFilter f, List<String> clauses, Map<String, Object> params) {
        if (f.minimumAge() != null) {
            clauses.add("s.minimum_age >= :minAge");
            params.put("minAge", f.minimumAge());
        }
        if (f.maximumAge() != null) {
            clauses.add("s.maximum_age <= :maxAge");
            params.put("maxAge", f.maximumAge());
        }
    }

    /** Times are stored as HH:mm, so they compare as text. */
    private static void opening(DirectoryFilter f, List<String> clauses, Map<String, Object> params) {
        List<String> schedule = new ArrayList<>();
        if (f.startTime() != null) {
            schedule.add("x.opens_at >= :start");
            params.put("start", f.startTime());
        }
        if (f.endTime() != null) {
            schedule.add("x.closes_at <= :end");
            params.put("end", f.endTime());
        }
        if (f.day() != null) {
            schedule.add("x.byday LIKE :day");
            params.put("day", "%" + f.day() + "%");
        }
        if (!schedule.isEmpty()) {
            clauses.add("EXISTS (SELECT 1 FROM service_schedule x WHERE x.service_id = s.id AND "
                    + String.join(" AND ", schedule) + ")");
        }
    }

    List<Long> pathway(String category, long hubId) {
        return jdbc.sql("SELECT service_id FROM referral_pathway WHERE need_category_code = :c AND hub_id = :h "
                + "ORDER BY position").param("c", category).param("h", hubId).query(Long.class).list();
    }

    void replacePathway(String category, long hubId, List<Long> serviceIds) {
        jdbc.sql("DELETE FROM referral_pathway WHERE need_category_code = :c AND hub_id = :h").param("c", category)
                .param("h", hubId).update();
        int position = 0;
        for (long id : serviceIds) {
            jdbc.sql("INSERT INTO referral_pathway (need_category_code, hub_id, service_id, position) "
                    + "VALUES (:c, :h, :s, :p)").param("c", category).param("h", hubId).param("s", id)
                    .param("p", position++).update();
        }
    }
}
