package org.hubline.intake;

import static org.hubline.shared.persistence.SqlTime.instant;
import static org.hubline.shared.persistence.SqlTime.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.hubline.places.Hub;
import org.hubline.places.HubDirectory;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/**
 * Intake's SQL beside its aggregates ({@link HelpRequest} and {@link Need} are written by their
 * repositories): calls, the read models of requests, needs and calls, the hub's view of its
 * needs and demand signals, and the bulk updates (a request's open flag, ward moves).
 */
@Repository
class IntakeStore {

    /** The statuses of a need still being worked on, for SQL. */
    static final String OPEN_NEED = "('NEW', 'ROUTED', 'IN_PROGRESS')";

    private final JdbcClient jdbc;
    private final HubDirectory hubs;

    /** Hub names come from places, which owns the hubs. */
    IntakeStore(JdbcClient jdbc, HubDirectory hubs) {
        this.jdbc = jdbc;
        this.hubs = hubs;
    }

    long insertCall(long residentId, Long requestId, CallDetails call, String onBehalfPhone, Instant at, String by) {
        OnBehalf ob = call.onBehalf() != null && call.onBehalf().present() ? call.onBehalf() : null;
        var keys = new GeneratedKeyHolder();
        jdbc.sql("""
                INSERT INTO call_record (resident_id, help_request_id, direction, channel, occurred_at, handler,
                    on_behalf_name, on_behalf_relationship, on_behalf_phone, on_behalf_has_consent, outcome, note)
                VALUES (:resident, :request, :direction, :channel, :at, :by, :obName, :obRel, :obPhone, :obConsent,
                    :outcome, :note)""")
                .param("resident", residentId).param("request", requestId)
                .param("direction", call.direction().name()).param("channel", call.channel().name())
                .param("at", utc(at)).param("by", by)
                .param("obName", ob == null ? null : ob.name().trim())
                .param("obRel", ob == null ? null : ob.relationship())
                .param("obPhone", ob == null ? null : onBehalfPhone)
                .param("obConsent", ob == null ? null : ob.hasResidentsConsent())
                .param("outcome", call.outcome().name()).param("note", call.note())
                .update(keys, "id");
        return keys.getKey().longValue();
    }

    // ---- reading requests, needs and calls

    private static final String REQUEST_COLUMNS = "r.id, r.resident_id, r.channel, r.support_now, r.priority, "
            + "r.computed_priority, r.priority_reasons, r.override_reason, r.due_at, r.callback_needed, "
            + "r.callback_assignee, r.open, r.created_at, r.created_by, r.version";

    private static final String NEED_QUERY = """
            SELECT n.id, n.help_request_id, c.name AS category, t.name AS type, n.when_needed, n.detail, n.status,
                n.status_reason, n.ward_code, n.hub_id, n.route_status, n.route_reason, n.routed_at
            FROM need n JOIN need_type t ON t.id = n.need_type_id JOIN need_category c ON c.code = t.category_code
            """;

    Optional<HelpRequestSummary> request(long id) {
        return requests("r.id = :id", Map.of("id", id)).stream().findFirst();
    }

    List<HelpRequestSummary> requestsOf(Collection<Long> residentIds) {
        return requests("r.resident_id IN (:ids)", Map.of("ids", residentIds));
    }

    private List<HelpRequestSummary> requests(String where, Map<String, Object> params) {
        List<HelpRequestSummary> shells = jdbc.sql("SELECT " + REQUEST_COLUMNS + " FROM help_request r WHERE " + where
                + " ORDER BY r.created_at DESC, r.id DESC").params(params)
                .query((rs, n) -> request(rs, List.of())).list();
        if (shells.isEmpty()) {
            return shells;
        }
        Map<Long, String> hubNames = hubs.namesById();
        Map<Long, List<NeedSummary>> needs = new LinkedHashMap<>();
        jdbc.sql(NEED_QUERY + " WHERE n.help_request_id IN (:ids) ORDER BY n.help_request_id, n.position")
                .param("ids", shells.stream().map(HelpRequestSummary::id).toList())
                .query((rs, row) -> need(rs, hubNames)).list()
                .forEach(n -> needs.computeIfAbsent(n.requestId(), k -> new ArrayList<>()).add(n));
        return shells.stream().map(r -> new HelpRequestSummary(r.id(), r.residentId(), r.channel(), r.supportNow(),
                r.priority(), r.computedPriority(), r.reasons(), r.overrideReason(), r.dueAt(), r.callbackNeeded(),
                r.callbackAssignee(), r.open(), r.createdAt(), r.createdBy(), needs.getOrDefault(r.id(), List.of()),
                r.version())).toList();
    }

    private static HelpRequestSummary request(ResultSet rs, List<NeedSummary> needs) throws SQLException {
        return new HelpRequestSummary(rs.getLong("id"), rs.getLong("resident_id"), Channel.valueOf(rs.getString("channel")),
                SupportNow.valueOf(rs.getString("support_now")), Priority.valueOf(rs.getString("priority")),
                Priority.valueOf(rs.getString("computed_priority")), rs.getString("priority_reasons"),
                rs.getString("override_reason"), instant(rs, "due_at"), rs.getBoolean("callback_needed"),
                rs.getString("callback_assignee"), rs.getBoolean("open"), instant(rs, "created_at"),
                rs.getString("created_by"), needs, rs.getInt("version"));
    }

    private static NeedSummary need(ResultSet rs, Map<Long, String> hubNames) throws SQLException {
        String when = rs.getString("when_needed");
        Long hubId = rs.getObject("hub_id", Long.class);
        return new NeedSummary(rs.getLong("id"), rs.getLong("help_request_id"), rs.getString("category"),
                rs.getString("type"), when == null ? null : WhenNeeded.valueOf(when), rs.getString("detail"),
                NeedStatus.valueOf(rs.getString("status")), rs.getString("status_reason"), rs.getString("ward_code"),
                hubId, hubId == null ? null : hubNames.get(hubId), rs.getString("route_status"),
                rs.getString("route_reason"), instant(rs, "routed_at"));
    }

    List<CallRecord> callsOf(Collection<Long> residentIds) {
        return jdbc.sql("SELECT * FROM call_record WHERE resident_id IN (:ids) ORDER BY occurred_at DESC, id DESC")
                .param("ids", residentIds).query(IntakeStore::call).list();
    }

    private static CallRecord call(ResultSet rs, int row) throws SQLException {
        String obName = rs.getString("on_behalf_name");
        OnBehalf ob = obName == null ? null : new OnBehalf(obName, rs.getString("on_behalf_relationship"),
                rs.getString("on_behalf_phone"), rs.getBoolean("on_behalf_has_consent"));
        return new CallRecord(rs.getLong("id"), rs.getLong("resident_id"), (Long) rs.getObject("help_request_id", Long.class),
                Direction.valueOf(rs.getString("direction")), Channel.valueOf(rs.getString("channel")),
                instant(rs, "occurred_at"), rs.getString("handler"), ob, CallOutcome.valueOf(rs.getString("outcome")),
                rs.getString("note"));
    }

    private static final String HUB_NEED_QUERY = """
            SELECT n.id, n.help_request_id, COALESCE(n.hub_id, 0) AS hub_id, n.ward_code, c.code AS category_code,
                c.name AS category,
                t.name AS type, n.when_needed, n.detail, n.status, r.priority, r.priority_reasons, r.due_at,
                r.resident_id
            FROM need n JOIN help_request r ON r.id = n.help_request_id
            JOIN need_type t ON t.id = n.need_type_id JOIN need_category c ON c.code = t.category_code
            """;

    List<HubNeed> openNeedsOfHub(long hubId) {
        return jdbc.sql(HUB_NEED_QUERY + " WHERE n.hub_id = :hub AND n.status IN " + OPEN_NEED
                + " ORDER BY r.priority, r.due_at, n.id").param("hub", hubId).query(IntakeStore::hubNeed).list();
    }

    private static final String WITHOUT_HUB = "n.hub_id IS NULL AND n.status IN " + OPEN_NEED;

    /** Open needs no hub has, most urgent first, at most {@code limit} (contact details are the caller's to add). */
    List<UnroutedNeed> openNeedsWithoutHub(int limit) {
        return jdbc.sql("""
                SELECT n.id, n.help_request_id, r.resident_id, c.name AS category, t.name AS type, r.priority,
                       r.created_at, r.due_at, n.route_status
                FROM need n JOIN help_request r ON r.id = n.help_request_id
                JOIN need_type t ON t.id = n.need_type_id JOIN need_category c ON c.code = t.category_code
                WHERE %s ORDER BY r.priority, r.due_at, n.id LIMIT :limit""".formatted(WITHOUT_HUB))
                .param("limit", limit)
                .query((rs, row) -> new UnroutedNeed(rs.getLong("id"), rs.getLong("help_request_id"),
                        rs.getLong("resident_id"), NeedType.label(rs.getString("category"), rs.getString("type")),
                        Priority.valueOf(rs.getString("priority")), instant(rs, "created_at"), instant(rs, "due_at"),
                        UnroutedNeed.cause(rs.getString("route_status")), null, null)).list();
    }

    int countNeedsWithoutHub() {
        return jdbc.sql("SELECT COUNT(*) FROM need n WHERE " + WITHOUT_HUB).query(Integer.class).single();
    }

    Optional<HubNeed> hubNeed(long needId) {
        return jdbc.sql(HUB_NEED_QUERY + " WHERE n.id = :id").param("id", needId).query(IntakeStore::hubNeed)
                .optional();
    }

    private static HubNeed hubNeed(ResultSet rs, int row) throws SQLException {
        String when = rs.getString("when_needed");
        return new HubNeed(rs.getLong("id"), rs.getLong("help_request_id"), rs.getLong("hub_id"),
                rs.getString("ward_code"), rs.getString("category_code"), rs.getString("category"),
                rs.getString("type"),
                when == null ? null : WhenNeeded.valueOf(when), rs.getString("detail"),
                NeedStatus.valueOf(rs.getString("status")), Priority.valueOf(rs.getString("priority")),
                rs.getString("priority_reasons"), instant(rs, "due_at"), rs.getLong("resident_id"), null, null, null, "");
    }

    /** What insight counts about a need's request when the need ends. */
    Need.RequestFacts requestFacts(long needId) {
        return jdbc.sql("""
                SELECT t.category_code, r.priority, r.created_at, r.due_at FROM need n
                JOIN help_request r ON r.id = n.help_request_id JOIN need_type t ON t.id = n.need_type_id
                WHERE n.id = :id""").param("id", needId)
                .query((rs, row) -> new Need.RequestFacts(rs.getString("category_code"),
                        Priority.valueOf(rs.getString("priority")), instant(rs, "created_at"), instant(rs, "due_at")))
                .single();
    }

    /**
     * A resident's (identity group's) demand since a moment: requests made, and the distinct need
     * categories asked for.
     */
    int[] recentDemand(Collection<Long> residentIds, Instant since) {
        int requests = jdbc.sql("SELECT COUNT(*) FROM help_request WHERE resident_id IN (:ids) AND created_at >= :since")
                .param("ids", residentIds).param("since", utc(since)).query(Integer.class).single();
        int categories = jdbc.sql("""
                SELECT COUNT(DISTINCT t.category_code) FROM need n JOIN help_request r ON r.id = n.help_request_id
                JOIN need_type t ON t.id = n.need_type_id WHERE r.resident_id IN (:ids) AND r.created_at >= :since""")
                .param("ids", residentIds).param("since", utc(since)).query(Integer.class).single();
        return new int[] {requests, categories};
    }

    List<HubBacklog> backlog(Instant now, String wardCode, String categoryCode) {
        return jdbc.sql("""
                SELECT n.hub_id, COUNT(*) AS open_needs, SUM(CASE WHEN r.due_at < :now THEN 1 ELSE 0 END) AS past_due
                FROM need n JOIN help_request r ON r.id = n.help_request_id
                WHERE n.status IN """ + OPEN_NEED + " AND n.hub_id IS NOT NULL"
                + (wardCode == null ? "" : " AND n.ward_code = :ward")
                + (categoryCode == null ? "" : " AND n.need_type_id IN (SELECT id FROM need_type WHERE category_code = :category)")
                + " GROUP BY n.hub_id")
                .param("now", utc(now)).params(optional("ward", wardCode, "category", categoryCode))
                .query((rs, row) -> new HubBacklog(rs.getLong(1), rs.getInt(2), rs.getInt(3))).list();
    }

    private static Map<String, Object> optional(String k1, Object v1, String k2, Object v2) {
        Map<String, Object> params = new LinkedHashMap<>();
        if (v1 != null) {
            params.put(k1, v1);
        }
        if (v2 != null) {
            params.put(k2, v2);
        }
        return params;
    }

    Optional<Long> requestOfNeed(long needId) {
        return jdbc.sql("SELECT help_request_id FROM need WHERE id = :id").param("id", needId).query(Long.class)
                .optional();
    }

    /** A request is open while any of its needs is; closing it also ends any callback owed. */
    void refreshRequestOpen(long requestId, Instant at) {
        jdbc.sql("UPDATE help_request SET open = (SELECT COUNT(*) FROM need WHERE help_request_id = :id AND status IN "
                + OPEN_NEED + ") > 0, version = version + 1, updated_at = :at WHERE id = :id")
                .param("id", requestId).param("at", utc(at)).update();
        jdbc.sql("UPDATE help_request SET callback_needed = FALSE WHERE id = :id AND open = FALSE")
                .param("id", requestId).update();
    }
}
