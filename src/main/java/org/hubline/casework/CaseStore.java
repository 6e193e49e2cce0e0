package org.hubline.casework;

import static org.hubline.shared.persistence.SqlTime.instant;
import static org.hubline.shared.persistence.SqlTime.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;

/** Storage of cases, their members, goals, actions and notes. */
@Repository
class CaseStore {

    record CaseRow(long id, long residentId, long hubId, String leadWorker, String status, String reason,
            String outcome, LocalDate nextReview, String openedBy, Instant openedAt, Instant closedAt, int version) {
    }

    private final JdbcClient jdbc;

    CaseStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<CaseRow> row(long id) {
        return jdbc.sql("SELECT * FROM household_case WHERE id = :id").param("id", id).query(CaseStore::row)
                .optional();
    }

    Optional<Long> openCaseOf(long residentId) {
        return jdbc.sql("""
                SELECT c.id FROM household_case c WHERE c.status = 'OPEN' AND (c.resident_id = :r OR EXISTS
                    (SELECT 1 FROM case_member m WHERE m.case_id = c.id AND m.resident_id = :r))""")
                .param("r", residentId).query(Long.class).optional();
    }

    /** Resident id → their open case, for the residents (as lead resident or household member). */
    Map<Long, Long> openCasesOf(Collection<Long> residentIds) {
        Map<Long, Long> cases = new HashMap<>();
        if (residentIds.isEmpty()) {
            return cases;
        }
        jdbc.sql("""
                SELECT c.resident_id, c.id FROM household_case c WHERE c.status = 'OPEN' AND c.resident_id IN (:ids)
                UNION SELECT m.resident_id, c.id FROM household_case c JOIN case_member m ON m.case_id = c.id
                WHERE c.status = 'OPEN' AND m.resident_id IN (:ids)""")
                .param("ids", residentIds).query((rs, n) -> cases.put(rs.getLong(1), rs.getLong(2))).list();
        return cases;
    }

    List<CaseRow> ofResident(long residentId) {
        return jdbc.sql("""
                SELECT c.* FROM household_case c WHERE c.resident_id = :r OR EXISTS
                    (SELECT 1 FROM case_member m WHERE m.case_id = c.id AND m.resident_id = :r)
                ORDER BY c.opened_at DESC""").param("r", residentId).query(CaseStore::row).list();
    }

    List<CaseRow> ofLead(String lead) {
        return jdbc.sql("SELECT * FROM household_case WHERE lead_worker = :lead ORDER BY status DESC, next_review")
                .param("lead", lead).query(CaseStore::row).list();
    }

    List<Long> members(long caseId) {
        return jdbc.sql("SELECT resident_id FROM case_member WHERE case_id = :c ORDER BY resident_id")
                .param("c", caseId).query(Long.class).list();
    }

    List<CaseFile.Person> people(long caseId) {
        return jdbc.sql("SELECT name, relationship FROM case_household_person WHERE case_id = :c ORDER BY name")
                .param("c", caseId).query((rs, n) -> new CaseFile.Person(rs.getString(1), rs.getString(2))).list();
    }

    long addGoal(long caseId, String text, String by, Instant at) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO case_goal (case_id, text, added_by, added_at) VALUES (:c, :t, :by, :at)")
                .param("c", caseId).param("t", text).param("by", by).param("at", utc(at)).update(keys, "id");
        return keys.getKey().longValue();
    }

    List<CaseFile.Goal> goals(long caseId) {
        return jdbc.sql("SELECT * FROM case_goal WHERE case_id = :c ORDER BY id").param("c", caseId)
                .query((rs, n) -> new CaseFile.Goal(rs.getLong("id"), rs.getString("text"), rs.getString("added_by"),
                        instant(rs, "added_at"))).list();
    }

    /** Actions without their linked progress (the service adds it). */
    List<CaseFile.Action> actions(long caseId) {
        return jdbc.sql("SELECT * FROM case_action WHERE case_id = :c ORDER BY id").param("c", caseId)
                .query((rs, n) -> new CaseFile.Action(rs.getLong("id"), (Long) rs.getObject("goal_id", Long.class),
                        rs.getString("description"), rs.getString("owner_type"), rs.getString("owner_name"),
                        rs.getObject("due_date", LocalDate.class), rs.getString("status"),
                        (Long) rs.getObject("task_id", Long.class), (Long) rs.getObject("referral_id", Long.class),
                        null)).list();
    }

    void addNote(long caseId, String text, String by, Instant at) {
        jdbc.sql("INSERT INTO case_note (case_id, text, author, at) VALUES (:c, :t, :by, :at)").param("c", caseId)
                .param("t", text).param("by", by).param("at", utc(at)).update();
    }

    List<CaseFile.Note> notes(long caseId) {
        return jdbc.sql("SELECT * FROM case_note WHERE case_id = :c ORDER BY at DESC, id DESC").param("c", caseId)
                .query((rs, n) -> new CaseFile.Note(rs.getString("text"), rs.getString("author"), instant(rs, "at")))
                .list();
    }

    private static CaseRow row(ResultSet rs, int n) throws SQLException {
        return new CaseRow(rs.getLong("id"), rs.getLong("resident_id"), rs.getLong("hub_id"),
                rs.getString("lead_worker"), rs.getString("status"), rs.getString("reason"), rs.getString("outcome"),
                rs.getObject("next_review", LocalDate.class), rs.getString("opened_by"), instant(rs, "opened_at"),
                instant(rs, "closed_at"), rs.getInt("version"));
    }
}
