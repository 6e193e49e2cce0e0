package org.hubline.intake;

import static org.hubline.shared.persistence.SqlTime.instant;

import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.hubline.residents.CountingFacts;
import org.hubline.residents.ResidentFacts;
import org.hubline.shared.security.Roles;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Intake's history told again as the events it published, oldest first, for rebuilding insight's
 * counts from the records: every help request with its routed needs and its resident's demand in
 * the 28 days up to it (counted under the survivor after merges), and every need that ended.
 * Read in one pass with a small fetch size, so a million requests need little memory.
 */
@Service
public class DemandHistory {

    private final JdbcTemplate jdbc;
    private final ResidentFacts residents;

    DemandHistory(DataSource dataSource, ResidentFacts residents) {
        this.jdbc = new JdbcTemplate(dataSource);
        this.jdbc.setFetchSize(2_000);
        this.residents = residents;
    }

    /** Replays every request, then every resolution. Admins only. */
    @PreAuthorize(Roles.IS_ADMIN)
    @Transactional(readOnly = true)
    public void replay(Consumer<HelpRequested> requests, Consumer<NeedResolved> resolutions) {
        Map<Long, CountingFacts> facts = residents.countingFacts();
        Map<Long, Deque<Object[]>> recent = new HashMap<>(); // survivor → [instant, category]
        Request[] current = {null};
        jdbc.query("""
                SELECT r.id, r.resident_id, r.channel, r.priority, r.created_at, n.need_type_id, t.category_code,
                       n.ward_code, n.hub_id, n.route_status
                FROM help_request r JOIN need n ON n.help_request_id = r.id JOIN need_type t ON t.id = n.need_type_id
                ORDER BY r.created_at, r.id, n.position""", (ResultSet rs) -> {
            long id = rs.getLong(1);
            if (current[0] != null && current[0].id != id) {
                requests.accept(current[0].event(facts, recent));
            }
            if (current[0] == null || current[0].id != id) {
                current[0] = new Request(id, rs.getLong(2), Channel.valueOf(rs.getString(3)),
                        Priority.valueOf(rs.getString(4)), instant(rs, 5));
            }
            current[0].needs.add(new HelpRequested.RoutedNeed(rs.getLong(6), rs.getString(7), rs.getString(8),
                    rs.getObject(9) == null ? null : rs.getLong(9), rs.getString(10)));
        });
        if (current[0] != null) {
            requests.accept(current[0].event(facts, recent));
        }
        jdbc.query("""
                SELECT n.id, n.hub_id, n.ward_code, t.category_code, r.priority, n.status, r.created_at, r.due_at,
                       n.closed_at, n.route_status
                FROM need n JOIN help_request r ON r.id = n.help_request_id JOIN need_type t ON t.id = n.need_type_id
                WHERE n.closed_at IS NOT NULL AND n.status IN ('MET', 'NOT_MET', 'CLOSED')
                ORDER BY n.closed_at, n.id""", (ResultSet rs) -> {
            resolutions.accept(new NeedResolved(rs.getLong(1), rs.getObject(2) == null ? null : rs.getLong(2),
                    rs.getString(3), rs.getString(4), Priority.valueOf(rs.getString(5)),
                    NeedStatus.valueOf(rs.getString(6)), instant(rs, 7), instant(rs, 8), instant(rs, 9),
                    rs.getString(10)));
        });
    }

    /** One request being read, with its needs so far. */
    private static final class Request {

        final long id;
        final long residentId;
        final Channel channel;
        final Priority priority;
        final Instant at;
        final List<HelpRequested.RoutedNeed> needs = new ArrayList<>();

        Request(long id, long residentId, Channel channel, Priority priority, Instant at) {
            this.id = id;
            this.residentId = residentId;
            this.channel = channel;
            this.priority = priority;
            this.at = at;
        }

        /** The event as it was published, the resident's 28 days counted as the call counted them. */
        HelpRequested event(Map<Long, CountingFacts> facts, Map<Long, Deque<Object[]>> recent) {
            CountingFacts resident = facts.getOrDefault(residentId, new CountingFacts(residentId, Set.of()));
            Deque<Object[]> window = recent.computeIfAbsent(resident.survivorId(), k -> new ArrayDeque<>());
            Instant since = at.minus(Duration.ofDays(HelpRequested.WINDOW_DAYS));
            while (!window.isEmpty() && ((Instant) window.peekFirst()[0]).isBefore(since)) {
                window.removeFirst();
            }
            window.addLast(new Object[] {at, needs.stream().map(HelpRequested.RoutedNeed::categoryCode).toList()});
            Set<String> categories = new TreeSet<>();
            window.forEach(e -> {
                @SuppressWarnings("unchecked")
                List<String> codes = (List<String>) e[1];
                categories.addAll(codes);
            });
            return new HelpRequested(id, residentId, channel, priority, at, List.copyOf(needs),
                    new HelpRequested.Caller(window.size(), categories.size(), resident.vulnerabilities()));
        }
    }
}
