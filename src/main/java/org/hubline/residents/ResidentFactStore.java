package org.hubline.residents;

import java.util.Collection;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Facts about many residents at once, for other modules' lists: vulnerability flags and contact lines. */
@Repository
class ResidentFactStore {

    private final JdbcClient jdbc;

    ResidentFactStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Set<Long> sharingConsentAmong(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("SELECT id FROM resident WHERE id IN (:ids) AND consent_to_share = TRUE")
                .param("ids", ids).query(Long.class).list());
    }

    Set<Long> vulnerableAmong(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return Set.of();
        }
        return new HashSet<>(jdbc.sql("SELECT DISTINCT resident_id FROM resident_vulnerability "
                + "WHERE resident_id IN (:ids)").param("ids", ids).query(Long.class).list());
    }

    Set<Long> withVulnerabilityAmong(Vulnerability vulnerability, Collection<Long> ids) {
        Set<Long> found = new HashSet<>();
        List<Long> all = List.copyOf(ids);
        for (int from = 0; from < all.size(); from += 1000) {
            found.addAll(jdbc.sql("SELECT resident_id FROM resident_vulnerability WHERE flag = :v "
                    + "AND resident_id IN (:ids)").param("v", vulnerability.name())
                    .param("ids", all.subList(from, Math.min(all.size(), from + 1000))).query(Long.class).list());
        }
        return found;
    }

    List<ResidentContact> contacts(Collection<Long> ids) {
        if (ids.isEmpty()) {
            return List.of();
        }
        Map<Long, Set<SupportNeed>> needs = new HashMap<>();
        jdbc.sql("SELECT resident_id, need FROM resident_support_need WHERE resident_id IN (:ids)").param("ids", ids)
                .query((rs, n) -> needs.computeIfAbsent(rs.getLong(1), k -> EnumSet.noneOf(SupportNeed.class))
                        .add(SupportNeed.valueOf(rs.getString(2)))).list();
        return jdbc.sql("""
                SELECT id, first_name, address_line1, postcode, support_note, language, interpreter_needed
                FROM resident WHERE id IN (:ids)""")
                .param("ids", ids).query((rs, n) -> new ResidentContact(rs.getLong("id"), rs.getString("first_name"),
                        rs.getString("address_line1"), rs.getString("postcode"), SupportNeed.describe(
                                needs.getOrDefault(rs.getLong("id"), Set.of()), rs.getString("support_note"),
                                rs.getBoolean("interpreter_needed") ? rs.getString("language") : null))).list();
    }
}
