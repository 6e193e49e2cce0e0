package org.hubline.accounts;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.hubline.places.Hub;
import org.hubline.places.HubDirectory;
import org.hubline.shared.security.Role;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** Read side of the user list: one query for a page, one each for its roles and hubs. */
@Component
class UserAccountQueries {

    private final JdbcClient jdbc;
    private final HubDirectory hubDirectory;
    private final PartnerOrganisations partners;

    /** Hub and organisation names come from the modules that own them, not from their tables. */
    UserAccountQueries(JdbcClient jdbc, HubDirectory hubDirectory, PartnerOrganisations partners) {
        this.jdbc = jdbc;
        this.hubDirectory = hubDirectory;
        this.partners = partners;
    }

    int count(String text, Long organisationId) {
        return jdbc.sql("SELECT COUNT(*) FROM user_account u" + where(text, organisationId))
                .param("q", pattern(text))
                .param("org", organisationId)
                .query(Integer.class).single();
    }

    List<UserSummary> page(String text, Long organisationId, int offset, int limit) {
        List<Row> rows = jdbc.sql("""
                SELECT u.id, u.username, u.display_name, u.enabled, u.must_change_password, u.last_sign_in_at,
                       u.partner_organisation_id
                FROM user_account u"""
                + where(text, organisationId) + " ORDER BY LOWER(u.display_name), u.id LIMIT :limit OFFSET :offset")
                .param("q", pattern(text))
                .param("org", organisationId)
                .param("limit", limit)
                .param("offset", offset)
                .query(UserAccountQueries::row)
                .list();
        if (rows.isEmpty()) {
            return List.of();
        }
        List<Long> ids = rows.stream().map(Row::id).toList();
        Map<Long, Set<Role>> roles = new HashMap<>();
        jdbc.sql("SELECT user_account_id, role FROM user_account_role WHERE user_account_id IN (:ids)")
                .param("ids", ids)
                .query((rs, n) -> roles.computeIfAbsent(rs.getLong(1), k -> EnumSet.noneOf(Role.class))
                        .add(Role.valueOf(rs.getString(2))))
                .list();
        Map<Long, String> hubNames = hubDirectory.namesById();
        Map<Long, List<String>> hubs = new HashMap<>();
        jdbc.sql("SELECT user_account_id, hub_id FROM user_account_hub WHERE user_account_id IN (:ids)")
                .param("ids", ids)
                .query((rs, n) -> hubs.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(hubNames.getOrDefault(rs.getLong(2), "Hub " + rs.getLong(2))))
                .list();
        hubs.values().forEach(names -> names.sort(null));
        Map<Long, String> partnerNames = partners.all().stream()
                .collect(Collectors.toMap(PartnerOrganisationRef::id, PartnerOrganisationRef::name));
        rows.stream().map(Row::partnerId).filter(id -> id != null && !partnerNames.containsKey(id)).distinct()
                .forEach(id -> partners.find(id).ifPresent(p -> partnerNames.put(id, p.name()))); // inactive ones
        return rows.stream().map(r -> new UserSummary(r.id, r.username, r.displayName,
                roles.getOrDefault(r.id, Set.of()), hubs.getOrDefault(r.id, List.of()), r.partnerId == null ? null : partnerNames.get(r.partnerId), r.enabled,
                r.mustChangePassword, r.lastSignInAt == null ? null : r.lastSignInAt.toInstant())).toList();
    }

    /** Users whose username or name contains the text, of the partner organisation if one is given. */
    private static String where(String text, Long organisationId) {
        List<String> clauses = new ArrayList<>();
        if (text != null && !text.isBlank()) {
            clauses.add("(LOWER(u.username) LIKE :q OR LOWER(u.display_name) LIKE :q)");
        }
        if (organisationId != null) {
            clauses.add("u.partner_organisation_id = :org");
        }
        return clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses);
    }

    private static String pattern(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        String escaped = text.trim().toLowerCase(Locale.ROOT).replace("\\", "\\\\").replace("%", "\\%")
                .replace("_", "\\_");
        return "%" + escaped + "%";
    }

    private record Row(long id, String username, String displayName, boolean enabled, boolean mustChangePassword,
            OffsetDateTime lastSignInAt, Long partnerId) {
    }

    private static Row row(ResultSet rs, int n) throws SQLException {
        return new Row(rs.getLong("id"), rs.getString("username"), rs.getString("display_name"),
                rs.getBoolean("enabled"), rs.getBoolean("must_change_password"),
                rs.getObject("last_sign_in_at", OffsetDateTime.class), rs.getObject("partner_organisation_id", Long.class));
    }
}
