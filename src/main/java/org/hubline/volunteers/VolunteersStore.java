package org.hubline.volunteers;

import static org.hubline.shared.persistence.SqlTime.instant;
import static org.hubline.shared.persistence.SqlTime.utc;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.hubline.shared.notify.Messages;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** Set-based reads of volunteers for ranking and lists, tasks, slots and the message log. */
@Repository
class VolunteersStore {

    private final JdbcClient jdbc;

    VolunteersStore(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    // ---- volunteers for ranking: four queries for a whole hub, each reading only what this task
    // needs to know (the one skill, the one slot of the week, time away on the day)

    List<Suggestions.Candidate> candidates(long hubId, int renewalYears, String skill, Availability slot,
            LocalDate day) {
        Map<Long, Set<String>> skills = new HashMap<>();
        jdbc.sql("SELECT s.volunteer_id, s.skill_code FROM volunteer_skill s JOIN volunteer_hub h "
                + "ON h.volunteer_id = s.volunteer_id WHERE h.hub_id = :hub AND s.skill_code = :skill")
                .param("hub", hubId).param("skill", skill)
                .query((rs, n) -> skills.computeIfAbsent(rs.getLong(1), k -> new HashSet<>()).add(rs.getString(2)))
                .list();
        Map<Long, Set<Availability>> slots = new HashMap<>();
        jdbc.sql("SELECT a.volunteer_id FROM volunteer_availability a JOIN volunteer_hub h "
                + "ON h.volunteer_id = a.volunteer_id WHERE h.hub_id = :hub AND a.day_of_week = :day "
                + "AND a.part_of_day = :part")
                .param("hub", hubId).param("day", slot.day().getValue()).param("part", slot.part().name())
                .query((rs, n) -> slots.put(rs.getLong(1), Set.of(slot))).list();
        Map<Long, List<Away>> away = new HashMap<>();
        jdbc.sql("SELECT a.volunteer_id, a.from_date, a.to_date FROM volunteer_away a JOIN volunteer_hub h "
                + "ON h.volunteer_id = a.volunteer_id WHERE h.hub_id = :hub AND a.from_date <= :day "
                + "AND a.to_date >= :day").param("hub", hubId).param("day", day)
                .query((rs, n) -> away.computeIfAbsent(rs.getLong(1), k -> new ArrayList<>())
                        .add(new Away(rs.getObject(2, LocalDate.class), rs.getObject(3, LocalDate.class))))
                .list();
        return jdbc.sql("""
                SELECT v.id, v.first_name, v.last_name, v.status, v.consent_to_hold, v.dbs_level,
                    v.dbs_certificate_date, v.dbs_update_service, v.dbs_renewal_due, v.id_checked,
                    v.training_completed, v.max_tasks, v.active_tasks, v.home_ward_code
                FROM volunteer v JOIN volunteer_hub h ON h.volunteer_id = v.id WHERE h.hub_id = :hub""")
                .param("hub", hubId)
                .query((rs, n) -> {
                    long id = rs.getLong("id");
                    return new Suggestions.Candidate(id, rs.getString("first_name") + " " + rs.getString("last_name"),
                            VolunteerStatus.valueOf(rs.getString("status")), rs.getBoolean("consent_to_hold"),
                            skills.getOrDefault(id, Set.of()), DbsLevel.valueOf(rs.getString("dbs_level")),
                            validUntil(rs, renewalYears), rs.getBoolean("id_checked"),
                            rs.getBoolean("training_completed"), rs.getInt("max_tasks"), rs.getInt("active_tasks"),
                            rs.getString("home_ward_code"), slots.getOrDefault(id, Set.of()),
                            away.getOrDefault(id, List.of()));
                }).list();
    }

    /** Until when the DBS check counts: the renewal date, or the certificate date plus the policy's years. */
    private static LocalDate validUntil(ResultSet rs, int renewalYears) throws SQLException {
        LocalDate renewal = rs.getObject("dbs_renewal_due", LocalDate.class);
        if (renewal != null) {
            return renewal;
        }
        if (rs.getBoolean("dbs_update_service") || DbsLevel.valueOf(rs.getString("dbs_level")) == DbsLevel.NONE) {
            return null;
        }
        LocalDate certificate = rs.getObject("dbs_certificate_date", LocalDate.class);
        return certificate == null ? LocalDate.MIN : certificate.plusYears(renewalYears);
    }

    /** Volunteers serving any of the hubs, by name (ids only: the register loads each aggregate). */
    List<Long> volunteerIdsOfHub(long hubId) {
        return jdbc.sql("SELECT v.id FROM volunteer v JOIN volunteer_hub h ON h.volunteer_id = v.id "
                + "WHERE h.hub_id = :hub ORDER BY v.last_name, v.first_name, v.id").param("hub", hubId)
                .query(Long.class).list();
    }

    Map<String, String> skillNames() {
        Map<String, String> names = new HashMap<>();
        jdbc.sql("SELECT code, name FROM skill").query((rs, n) -> names.put(rs.getString(1), rs.getString(2))).list();
        return names;
    }

    List<Skill> skills() {
        return jdbc.sql("SELECT code, name, sort_order, active FROM skill ORDER BY sort_order, name")
                .query(Skill.class).list();
    }

    void saveSkill(Skill skill, boolean isNew) {
        if (isNew) {
            jdbc.sql("INSERT INTO skill (code, name, sort_order, active) VALUES (:c, :n, :s, :a)")
                    .param("c", skill.code()).param("n", skill.name()).param("s", skill.sortOrder())
                    .param("a", skill.active()).update();
        } else {
            jdbc.sql("UPDATE skill SET name = :n, sort_order = :s, active = :a WHERE code = :c")
                    .param("c", skill.code()).param("n", skill.name()).param("s", skill.sortOrder())
                    .param("a", skill.active()).update();
        }
    }

    // ---- slots: atomic, so two allocations can never overbook a volunteer

    /** Takes one of the volunteer's free slots; false if they have none (or are not active). */
    boolean takeSlot(long volunteerId) {
        return jdbc.sql("UPDATE volunteer SET active_tasks = active_tasks + 1 WHERE id = :id "
                + "AND active_tasks < max_tasks AND status = 'ACTIVE'").param("id", volunteerId).update() == 1;
    }

    void releaseSlot(long volunteerId) {
        jdbc.sql("UPDATE volunteer SET active_tasks = active_tasks - 1 WHERE id = :id AND active_tasks > 0")
                .param("id", volunteerId).update();
    }

    // ---- tasks

    private static final String TASK_QUERY = """
            SELECT t.*, v.first_name AS v_first, v.last_name AS v_last FROM volunteer_task t
            LEFT JOIN volunteer v ON v.id = t.volunteer_id""";

    Optional<TaskSummary> task(long id) {
        return jdbc.sql(TASK_QUERY + " WHERE t.id = :id").param("id", id).query(VolunteersStore::task).optional();
    }

    List<TaskSummary> tasksOfHub(long hubId, Collection<TaskStatus> statuses) {
        return jdbc.sql(TASK_QUERY + " WHERE t.hub_id = :hub AND t.status IN (:statuses) ORDER BY t.due_at, t.id")
                .param("hub", hubId).param("statuses", statuses.stream().map(Enum::name).toList())
                .query(VolunteersStore::task).list();
    }

    List<TaskSummary> tasksOfNeed(long needId) {
        return jdbc.sql(TASK_QUERY + " WHERE t.need_id = :need ORDER BY t.created_at, t.id").param("need", needId)
                .query(VolunteersStore::task).list();
    }

    private static TaskSummary task(ResultSet rs, int row) throws SQLException {
        Long volunteer = (Long) rs.getObject("volunteer_id", Long.class);
        return new TaskSummary(rs.getLong("id"), rs.getLong("need_id"), rs.getLong("hub_id"), rs.getString("ward_code"),
                TaskType.valueOf(rs.getString("task_type")), instant(rs, "due_at"), rs.getString("instructions"),
                TaskStatus.valueOf(rs.getString("status")), volunteer,
                volunteer == null ? null : rs.getString("v_first") + " " + rs.getString("v_last"),
                rs.getString("outcome_reason"), rs.getBigDecimal("hours"), rs.getString("created_by"),
                instant(rs, "created_at"), rs.getInt("version"));
    }

    // ---- the coordinator's day

    List<VolunteerLine> availableAt(long hubId, DayOfWeek day, PartOfDay part, LocalDate today) {
        return jdbc.sql("""
                SELECT v.id, v.first_name, v.last_name, v.phone, v.active_tasks, v.max_tasks, v.dbs_renewal_due
                FROM volunteer v JOIN volunteer_hub h ON h.volunteer_id = v.id
                JOIN volunteer_availability a ON a.volunteer_id = v.id AND a.day_of_week = :day AND a.part_of_day = :part
                WHERE h.hub_id = :hub AND v.status = 'ACTIVE' AND v.active_tasks < v.max_tasks
                  AND v.consent_to_hold = TRUE AND (v.dbs_renewal_due IS NULL OR v.dbs_renewal_due >= :today)
                  AND NOT EXISTS (SELECT 1 FROM volunteer_away w WHERE w.volunteer_id = v.id
                                  AND w.from_date <= :today AND w.to_date >= :today)
                ORDER BY v.active_tasks, v.last_name, v.first_name""")
                .param("hub", hubId).param("day", day.getValue()).param("part", part.name()).param("today", today)
                .query(VolunteersStore::line).list();
    }

    List<VolunteerLine> renewalsDue(long hubId, LocalDate until) {
        return jdbc.sql("""
                SELECT v.id, v.first_name, v.last_name, v.phone, v.active_tasks, v.max_tasks, v.dbs_renewal_due
                FROM volunteer v JOIN volunteer_hub h ON h.volunteer_id = v.id
                WHERE h.hub_id = :hub AND v.status IN ('ACTIVE', 'PAUSED') AND v.dbs_renewal_due IS NOT NULL
                  AND v.dbs_renewal_due <= :until
                ORDER BY v.dbs_renewal_due, v.last_name""")
                .param("hub", hubId).param("until", until).query(VolunteersStore::line).list();
    }

    private static VolunteerLine line(ResultSet rs, int row) throws SQLException {
        return new VolunteerLine(rs.getLong("id"), rs.getString("first_name") + " " + rs.getString("last_name"),
                rs.getString("phone"), rs.getInt("active_tasks"), rs.getInt("max_tasks"),
                rs.getObject("dbs_renewal_due", LocalDate.class));
    }

    // ---- messages

    void logMessage(long volunteerId, Long taskId, String channel, String recipient, String body,
            Messages.Receipt receipt, String by, Instant at) {
        jdbc.sql("""
                INSERT INTO volunteer_message (volunteer_id, task_id, channel, recipient, body, sender,
                    provider_reference, status, error, sent_by, sent_at)
                VALUES (:v, :t, :channel, :recipient, :body, :sender, :ref, :status, :error, :by, :at)""")
                .param("v", volunteerId).param("t", taskId).param("channel", channel).param("recipient", recipient)
                .param("body", body).param("sender", receipt.sender()).param("ref", receipt.providerReference())
                .param("status", receipt.sent() ? "SENT" : "FAILED").param("error", receipt.error())
                .param("by", by).param("at", utc(at)).update();
    }

    List<MessageLogEntry> messagesOfTask(long taskId) {
        return jdbc.sql("SELECT * FROM volunteer_message WHERE task_id = :t ORDER BY sent_at, id").param("t", taskId)
                .query((rs, n) -> new MessageLogEntry(rs.getLong("id"), rs.getLong("volunteer_id"),
                        (Long) rs.getObject("task_id", Long.class), rs.getString("channel"), rs.getString("recipient"),
                        rs.getString("body"), rs.getString("sender"), rs.getString("status"), rs.getString("error"),
                        rs.getString("sent_by"), instant(rs, "sent_at"))).list();
    }

    List<HubCapacity> capacityByHub() {
        return jdbc.sql("""
                SELECT vh.hub_id, COUNT(*), SUM(v.max_tasks), SUM(v.active_tasks) FROM volunteer v
                JOIN volunteer_hub vh ON vh.volunteer_id = v.id WHERE v.status = 'ACTIVE' GROUP BY vh.hub_id""")
                .query((rs, row) -> new HubCapacity(rs.getLong(1), rs.getInt(2), rs.getInt(3), rs.getInt(4))).list();
    }
}
