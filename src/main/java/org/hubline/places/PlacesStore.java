package org.hubline.places;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Storage of wards, hubs and ward → hub assignments (with their history). */
@Repository
class PlacesStore {

    private static final String WARD_COLUMNS = "code, name, borough, local_authority_code, population, active";

    private final JdbcClient jdbc;

    PlacesStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    List<Ward> wards() {
        return jdbc.sql("SELECT " + WARD_COLUMNS + " FROM ward ORDER BY borough, name").query(Ward.class).list();
    }

    Optional<Ward> ward(String code) {
        return jdbc.sql("SELECT " + WARD_COLUMNS + " FROM ward WHERE code = :code").param("code", code)
                .query(Ward.class).optional();
    }

    List<Ward> searchWards(String text, int limit) {
        return jdbc.sql("SELECT " + WARD_COLUMNS + " FROM ward WHERE active = TRUE AND (LOWER(name) LIKE :q OR "
                + "LOWER(code) LIKE :q) ORDER BY name LIMIT :limit")
                .param("q", "%" + (text == null ? "" : text.trim().toLowerCase(Locale.ROOT)) + "%")
                .param("limit", limit)
                .query(Ward.class).list();
    }

    void insertWard(Ward ward) {
        jdbc.sql("INSERT INTO ward (" + WARD_COLUMNS + ") VALUES (:code, :name, :borough, :la, :population, :active)")
                .param("code", ward.code()).param("name", ward.name()).param("borough", ward.borough())
                .param("la", ward.localAuthorityCode()).param("population", ward.population())
                .param("active", ward.active()).update();
    }

    void updateWard(Ward ward) {
        jdbc.sql("UPDATE ward SET name = :name, borough = :borough, local_authority_code = :la, "
                + "population = :population, active = :active, version = version + 1 WHERE code = :code")
                .param("code", ward.code()).param("name", ward.name()).param("borough", ward.borough())
                .param("la", ward.localAuthorityCode()).param("population", ward.population())
                .param("active", ward.active()).update();
    }

    /** Ward code → hub id in force on the day (wards with no assignment yet are absent). */
    Map<String, Long> assignmentsOn(LocalDate day) {
        Map<String, Long> result = new HashMap<>();
        jdbc.sql("""
                SELECT a.ward_code, a.hub_id FROM ward_hub_assignment a
                WHERE a.effective_from = (SELECT MAX(b.effective_from) FROM ward_hub_assignment b
                                          WHERE b.ward_code = a.ward_code AND b.effective_from <= :day)""")
                .param("day", day)
                .query((rs, n) -> result.put(rs.getString(1), rs.getLong(2)))
                .list();
        return result;
    }

    Optional<Long> hubOfWard(String wardCode, LocalDate day) {
        return jdbc.sql("""
                SELECT hub_id FROM ward_hub_assignment
                WHERE ward_code = :ward AND effective_from <= :day ORDER BY effective_from DESC LIMIT 1""")
                .param("ward", wardCode).param("day", day)
                .query(Long.class).optional();
    }

    void assign(String wardCode, long hubId, LocalDate from, String reason, String by, Instant at) {
        jdbc.sql("DELETE FROM ward_hub_assignment WHERE ward_code = :ward AND effective_from = :from")
                .param("ward", wardCode).param("from", from).update();
        jdbc.sql("""
                INSERT INTO ward_hub_assignment (ward_code, hub_id, effective_from, reason, recorded_by, recorded_at)
                VALUES (:ward, :hub, :from, :reason, :by, :at)""")
                .param("ward", wardCode).param("hub", hubId).param("from", from).param("reason", reason)
                .param("by", by).param("at", at.atOffset(ZoneOffset.UTC)).update();
    }

    List<Hub> hubs() {
        return jdbc.sql("SELECT id, code, name, active FROM hub ORDER BY active DESC, name").query(Hub.class).list();
    }

    List<Hub> hubs(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT id, code, name, active FROM hub WHERE id IN (:ids) ORDER BY name")
                .param("ids", ids).query(Hub.class).list();
    }

    Optional<HubDetails> hubDetails(long id) {
        return jdbc.sql("SELECT id, code, name, description, phone, address, active FROM hub WHERE id = :id")
                .param("id", id).query(HubDetails.class).optional();
    }

    long insertHub(HubDetails hub) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO hub (code, name, description, phone, address, active) "
                + "VALUES (:code, :name, :description, :phone, :address, :active)")
                .param("code", hub.code()).param("name", hub.name()).param("description", hub.description())
                .param("phone", hub.phone()).param("address", hub.address()).param("active", hub.active())
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    void updateHub(HubDetails hub) {
        jdbc.sql("UPDATE hub SET code = :code, name = :name, description = :description, phone = :phone, "
                + "address = :address, active = :active, version = version + 1 WHERE id = :id")
                .param("id", hub.id()).param("code", hub.code()).param("name", hub.name())
                .param("description", hub.description()).param("phone", hub.phone()).param("address", hub.address())
                .param("active", hub.active()).update();
    }

    Map<String, int[]> hexLayout() {
        Map<String, int[]> layout = new HashMap<>();
        jdbc.sql("SELECT ward_code, q, r FROM ward_hex")
                .query((rs, n) -> layout.put(rs.getString(1), new int[] {rs.getInt(2), rs.getInt(3)})).list();
        return layout;
    }

    void replaceHexLayout(Map<String, int[]> layout) {
        jdbc.sql("DELETE FROM ward_hex").update();
        layout.forEach((ward, qr) -> jdbc.sql("INSERT INTO ward_hex (ward_code, q, r) VALUES (:w, :q, :r)")
                .param("w", ward).param("q", qr[0]).param("r", qr[1]).update());
    }
}
