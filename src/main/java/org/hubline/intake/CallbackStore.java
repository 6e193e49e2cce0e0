package org.hubline.intake;

import static org.hubline.shared.persistence.SqlTime.instant;
import static org.hubline.shared.persistence.SqlTime.utc;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hubline.places.HubDirectory;
import org.hubline.shared.security.HubScope;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The callback queue's queries: waiting callbacks by priority then age, handlers' loads, assignment. */
@Repository
class CallbackStore {

    private static final String NO_CONTACT = "('VOICEMAIL', 'WRONG_NUMBER', 'NO_ANSWER')";

    private final JdbcClient jdbc;
    private final HubDirectory hubs;

    CallbackStore(JdbcClient jdbc, HubDirectory hubs) {
        this.jdbc = jdbc;
        this.hubs = hubs;
    }

    /** Tries that did not reach the resident since they were last spoken to about the request. */
    private static final String ATTEMPTS = """
            (SELECT COUNT(*) FROM call_record c WHERE c.help_request_id = r.id AND c.outcome IN %1$s
                AND NOT EXISTS (SELECT 1 FROM call_record k WHERE k.help_request_id = r.id
                    AND k.outcome NOT IN %1$s AND k.id > c.id))""".formatted(NO_CONTACT);

    private static final String CALLBACK_QUERY = """
            SELECT r.id, r.resident_id, r.priority, r.priority_reasons, r.created_at, r.due_at, r.callback_assignee,
                r.version, r.callback_at, r.callback_purpose, %s AS attempts
            FROM help_request r WHERE r.callback_needed = TRUE %s
            ORDER BY CASE WHEN r.callback_at > :now THEN 1 ELSE 0 END, r.priority,
                COALESCE(r.callback_at, r.created_at), r.id LIMIT :limit OFFSET :offset""";

    /**
     * Callbacks in priority then age order, those agreed for a time still to come after the rest (by
     * that time); only one handler's when {@code assignee} is given. Names are filled in after.
     */
    List<CallbackItem> callbacks(HubScope scope, boolean unassignedOnly, String assignee, Instant now, int offset,
            int limit) {
        return callbacks(scope, unassignedOnly, assignee, 0, now, offset, limit);
    }

    /** The same, only those tried at least {@code minAttempts} times without reaching the resident. */
    List<CallbackItem> callbacks(HubScope scope, boolean unassignedOnly, String assignee, int minAttempts,
            Instant now, int offset, int limit) {
        String filter = scopeFilter(scope) + (unassignedOnly ? " AND r.callback_assignee IS NULL" : "")
                + (assignee == null ? "" : " AND r.callback_assignee = :assignee")
                + (minAttempts > 0 ? " AND " + ATTEMPTS + " >= :min" : "");
        var spec = jdbc.sql(CALLBACK_QUERY.formatted(ATTEMPTS, filter)).param("limit", limit).param("offset", offset)
                .param("now", utc(now));
        if (minAttempts > 0) {
            spec = spec.param("min", minAttempts);
        }
        if (assignee != null) {
            spec = spec.param("assignee", assignee);
        }
        if (!scope.all()) {
            spec = spec.param("hubs", scope.hubIds().isEmpty() ? List.of(-1L) : scope.hubIds());
        }
        List<CallbackItem> items = spec.query((rs, n) -> new CallbackItem(rs.getLong("id"), rs.getLong("resident_id"),
                null, Priority.valueOf(rs.getString("priority")), rs.getString("priority_reasons"),
                instant(rs, "created_at"), instant(rs, "due_at"), rs.getInt("attempts"),
                rs.getString("callback_assignee"), null, rs.getInt("version"), instant(rs, "callback_at"),
                HelpRequest.CHECK_HELP.equals(rs.getString("callback_purpose")), false)).list();
        return withHubNames(items);
    }

    /** Each request's hub, named by places: the first by name where its needs went to several. */
    private List<CallbackItem> withHubNames(List<CallbackItem> items) {
        if (items.isEmpty()) {
            return items;
        }
        Map<Long, String> names = hubs.namesById();
        Map<Long, String> first = new HashMap<>();
        jdbc.sql("SELECT DISTINCT help_request_id, hub_id FROM need WHERE hub_id IS NOT NULL "
                + "AND help_request_id IN (:ids)").param("ids", items.stream().map(CallbackItem::requestId).toList())
                .query((rs, n) -> first.merge(rs.getLong(1), names.getOrDefault(rs.getLong(2), ""),
                        (a, b) -> a.compareTo(b) <= 0 ? a : b))
                .list();
        return items.stream().map(i -> i.withHubName(first.get(i.requestId()))).toList();
    }

    int countCallbacks(HubScope scope) {
        var spec = jdbc.sql("SELECT COUNT(*) FROM help_request r WHERE r.callback_needed = TRUE " + scopeFilter(scope));
        if (!scope.all()) {
            spec = spec.param("hubs", scope.hubIds().isEmpty() ? List.of(-1L) : scope.hubIds());
        }
        return spec.query(Integer.class).single();
    }

    private static String scopeFilter(HubScope scope) {
        return scope.all() ? ""
                : " AND EXISTS (SELECT 1 FROM need s WHERE s.help_request_id = r.id AND s.hub_id IN (:hubs))";
    }

    /** Open callbacks assigned to each of the handlers. */
    Map<String, Integer> callbackLoad(Collection<String> handlers) {
        Map<String, Integer> load = new LinkedHashMap<>();
        handlers.forEach(h -> load.put(h, 0));
        jdbc.sql("SELECT callback_assignee, COUNT(*) FROM help_request WHERE callback_needed = TRUE "
                + "AND callback_assignee IN (:handlers) GROUP BY callback_assignee")
                .param("handlers", handlers)
                .query((rs, n) -> load.put(rs.getString(1), rs.getInt(2))).list();
        return load;
    }

    /**
     * Shares out one callback of a bulk assignment if it is still as the queue showed it; false if
     * it changed meanwhile (one set-based update, so a share-out never fails half way).
     */
    boolean assignCallback(long requestId, int version, String handler, Instant at) {
        return jdbc.sql("UPDATE help_request SET callback_assignee = :handler, version = version + 1, updated_at = :at "
                + "WHERE id = :id AND version = :version AND callback_needed = TRUE")
                .param("id", requestId).param("version", version).param("handler", handler).param("at", utc(at))
                .update() == 1;
    }
}
