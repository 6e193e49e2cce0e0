package org.hubline.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Insert-only storage of the audit trail; there is deliberately no update or delete. */
@Repository
class AuditEntryStore {

    private final JdbcClient jdbc;

    AuditEntryStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    void insert(Instant at, String actor, String action, String recordType, String recordId, String detail) {
        jdbc.sql("""
                INSERT INTO audit_entry (occurred_at, actor, action, record_type, record_id, detail)
                VALUES (:at, :actor, :action, :recordType, :recordId, :detail)""")
                .param("at", at.atOffset(ZoneOffset.UTC))
                .param("actor", actor)
                .param("action", action)
                .param("recordType", recordType)
                .param("recordId", recordId)
                .param("detail", detail)
                .update();
    }

    /** Of these records, those the actor already has an entry for, with this action and detail, after {@code since}. */
    Set<String> recordedSince(Instant since, String actor, String action, String recordType, Collection<String> ids,
            String detail) {
        return new HashSet<>(jdbc.sql("SELECT DISTINCT record_id FROM audit_entry WHERE record_type = :recordType "
                + "AND record_id IN (:ids) AND action = :action AND actor = :actor AND detail = :detail "
                + "AND occurred_at > :since")
                .param("recordType", recordType).param("ids", ids).param("action", action).param("actor", actor)
                .param("detail", detail).param("since", since.atOffset(ZoneOffset.UTC)).query(String.class).list());
    }

    List<AuditEntry> entriesFor(String recordType, String recordId, String action, int limit) {
        return jdbc.sql("SELECT id, occurred_at, actor, action, record_type, record_id, detail FROM audit_entry "
                + "WHERE record_type = :type AND record_id = :id AND action = :action "
                + "ORDER BY occurred_at DESC, id DESC LIMIT :limit")
                .param("type", recordType).param("id", recordId).param("action", action).param("limit", limit)
                .query(AuditEntryStore::entry).list();
    }

    List<AuditEntry> search(AuditFilter filter, ZoneId zone, int offset, int limit) {
        Where where = where(filter, zone);
        return jdbc.sql("SELECT id, occurred_at, actor, action, record_type, record_id, detail FROM audit_entry"
                + where.sql + " ORDER BY occurred_at DESC, id DESC LIMIT :limit OFFSET :offset")
                .params(where.params)
                .param("limit", limit)
                .param("offset", offset)
                .query(AuditEntryStore::entry)
                .list();
    }

    private static AuditEntry entry(ResultSet rs, int row) throws SQLException {
        return new AuditEntry(rs.getLong("id"), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
                rs.getString("actor"), rs.getString("action"), rs.getString("record_type"), rs.getString("record_id"),
                rs.getString("detail"));
    }

    int count(AuditFilter filter, ZoneId zone) {
        Where where = where(filter, zone);
        return jdbc.sql("SELECT COUNT(*) FROM audit_entry" + where.sql)
                .params(where.params)
                .query(Integer.class)
                .single();
    }

    List<String> distinctActions() {
        return jdbc.sql("SELECT DISTINCT action FROM audit_entry ORDER BY action").query(String.class).list();
    }

    private record Where(String sql, Map<String, Object> params) {
    }

    private static Where where(AuditFilter f, ZoneId zone) {
        List<String> clauses = new ArrayList<>();
        Map<String, Object> params = new HashMap<>();
        if (hasText(f.actor())) {
            clauses.add("LOWER(actor) = :actor");
            params.put("actor", f.actor().trim().toLowerCase(Locale.ROOT));
        }
        if (hasText(f.action())) {
            clauses.add("UPPER(action) = :action");
            params.put("action", f.action().trim().toUpperCase(Locale.ROOT));
        }
        if (hasText(f.recordType())) {
            clauses.add("UPPER(record_type) = :recordType");
            params.put("recordType", f.recordType().trim().toUpperCase(Locale.ROOT));
        }
        if (hasText(f.recordId())) {
            clauses.add("record_id = :recordId");
            params.put("recordId", f.recordId().trim());
        }
        if (f.from() != null) {
            clauses.add("occurred_at >= :from");
            params.put("from", f.from().atStartOfDay(zone).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC));
        }
        if (f.to() != null) {
            clauses.add("occurred_at < :to");
            params.put("to",
                    f.to().plusDays(1).atStartOfDay(zone).toOffsetDateTime().withOffsetSameInstant(ZoneOffset.UTC));
        }
        return new Where(clauses.isEmpty() ? "" : " WHERE " + String.join(" AND ", clauses), params);
    }

    private static boolean hasText(String s) {
        return s != null && !s.isBlank();
    }
}
