package org.hubline.referrals;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

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

    long insertOrganisation(Organisation o) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO partner_organisation (name, description, website, email, referral_email, active, "
                + "registration_number, phone) VALUES (:name, :description, :website, :email, :referral, :active, "
                + ":registration, :phone)")
                .param("name", o.name().trim()).param("description", o.description()).param("website", o.website())
                .param("email", o.email()).param("referral", o.referralEmail()).param("active", o.active())
                .param("registration", o.registrationNumber()).param("phone", o.phone())
                .update(keys, "id");
        return keys.getKey().longValue();
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
        Where w = where(text, category, hubId, activeOnly);
        return jdbc.sql("SELECT s.id FROM partner_service s JOIN partner_organisation o ON o.id = s.organisation_id"
                + w.sql + " ORDER BY s.name, s.id LIMIT :limit OFFSET :offset")
                .params(w.params).param("limit", limit).param("offset", offset).query(Long.class).list();
    }

    int countServices(String text, String category, Long hubId, boolean activeOnly) {
        Where w = where(text, category, hubId, activeOnly);
        return jdbc.sql("SELECT COUNT(*) FROM partner_service s JOIN partner_organisation o ON o.id = s.organisation_id"
                + w.sql).params(w.params).query(Integer.class).single();
    }

    private record Where(String sql, Map<String, Object> params) {
    }

    private static Where where(String text, String category, Long hubId, boolean activeOnly) {
        List<String> clauses = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (text != null && !text.isBlank()) {
            clauses.add("(LOWER(s.name) LIKE :text OR LOWER(s.description) LIKE :text OR LOWER(o.name) LIKE :text)");
            params.put("text", "%" + text.trim().toLowerCase(Locale.ROOT) + "%");
        }
        if (category != null && !category.isBlank()) {
            clauses.add("EXISTS (SELECT 1 FROM service_taxonomy t WHERE t.service_id = s.id "
                    + "AND t.need_category_code = :category)");
            params.put("category", category.trim().toUpperCase(Locale.ROOT));
        }
        if (hubId != null) {
            clauses.add("EXISTS (SELECT 1 FROM service_area a WHERE a.service_id = s.id AND a.hub_id = :hub)");
            params.put("hub", hubId);
        }
        if (activeOnly) {
            clauses.add("s.status = 'ACTIVE'");
        }
        return new Where(clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses), params);
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
