package org.hubline.volunteers;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Ranks volunteers for a task, with reasons (pure rules, no database). A volunteer is excluded,
 * with the reason, if they are not active, have not consented, lack the task's skill, lack the
 * DBS level the task needs or their check has expired, have not had their ID checked (for a task
 * that needs a check), are away on the day, or have no free slot. The rest are ranked by the
 * same ward as the resident, being free at the due time, how busy they are, and training.
 */
final class Suggestions {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMM yyyy", Locale.UK);

    private Suggestions() {
    }

    /** What ranking needs to know about a volunteer. */
    record Candidate(long id, String name, VolunteerStatus status, boolean consentToHold, Set<String> skills,
            DbsLevel dbsLevel, LocalDate dbsValidUntil, boolean idChecked, boolean trainingCompleted, int maxTasks,
            int activeTasks, String homeWardCode, Set<Availability> availability, List<Away> away) {
    }

    /** What ranking needs to know about the task. */
    record Task(TaskType type, DbsLevel requiredDbs, LocalDateTime due, String wardCode) {
    }

    static List<Suggestion> rank(Task task, List<Candidate> candidates, Map<String, String> skillNames,
            LocalDate today) {
        List<Suggestion> result = new ArrayList<>(candidates.size());
        for (Candidate c : candidates) {
            String exclusion = exclusion(task, c, skillNames, today);
            if (exclusion != null) {
                result.add(new Suggestion(c.id(), c.name(), 0, List.of(), exclusion));
                continue;
            }
            result.add(scored(task, c, skillNames));
        }
        result.sort(Comparator.comparing(Suggestion::excluded).thenComparing(Suggestion::score, Comparator.reverseOrder())
                .thenComparing(Suggestion::name));
        return result;
    }

    /** A volunteer who may take the task, scored with the reasons: skill, ward, free then, spare slots, training. */
    private static Suggestion scored(Task task, Candidate c, Map<String, String> skillNames) {
        int score = 30;
        List<String> reasons = new ArrayList<>();
        reasons.add("does " + skillNames.getOrDefault(task.type().skill(), task.type().label()).toLowerCase(Locale.UK));
        if (task.wardCode() != null && task.wardCode().equals(c.homeWardCode())) {
            score += 25;
            reasons.add("lives in the resident's ward");
        } else {
            score += 10;
            reasons.add("serves this hub");
        }
        Availability slot = new Availability(task.due().getDayOfWeek(), PartOfDay.of(task.due().toLocalTime()));
        if (c.availability().contains(slot)) {
            score += 25;
            reasons.add("free " + slot.label());
        } else {
            reasons.add("not marked free " + slot.label());
        }
        score += (int) Math.round(20.0 * (c.maxTasks() - c.activeTasks()) / c.maxTasks());
        reasons.add(c.activeTasks() + " of " + c.maxTasks() + (c.maxTasks() == 1 ? " task" : " tasks") + " now");
        if (task.requiredDbs() != DbsLevel.NONE) {
            reasons.add(c.dbsLevel().label().toLowerCase(Locale.UK) + " DBS"
                    + (c.dbsValidUntil() == null ? " on the Update Service" : " valid to "
                            + c.dbsValidUntil().format(DAY)));
        }
        if (c.trainingCompleted()) {
            score += 5;
        } else {
            reasons.add("training not completed");
        }
        return new Suggestion(c.id(), c.name(), score, List.copyOf(reasons), null);
    }

    private static String exclusion(Task task, Candidate c, Map<String, String> skillNames, LocalDate today) {
        switch (c.status()) {
            case PAUSED:
                return "paused";
            case APPLICANT:
                return "an applicant, not active yet";
            case LEFT:
                return "has left";
            default:
                break;
        }
        if (!c.consentToHold()) {
            return "has not consented to us holding their details";
        }
        if (!c.skills().contains(task.type().skill())) {
            return "does not do " + skillNames.getOrDefault(task.type().skill(), task.type().label())
                    .toLowerCase(Locale.UK);
        }
        String checks = checksMissing(task, c, today);
        if (checks != null) {
            return checks;
        }
        LocalDate dueDay = task.due().toLocalDate();
        for (Away a : c.away()) {
            if (a.covers(dueDay)) {
                return "away " + a.from().format(DAY) + " to " + a.to().format(DAY);
            }
        }
        if (c.activeTasks() >= c.maxTasks()) {
            return "no free slot: " + c.activeTasks() + " of " + c.maxTasks()
                    + (c.maxTasks() == 1 ? " task" : " tasks");
        }
        return null;
    }

    /** For a task that needs a DBS check: the right level, still valid on the day, and ID checked. */
    private static String checksMissing(Task task, Candidate c, LocalDate today) {
        DbsLevel required = task.requiredDbs();
        if (required == DbsLevel.NONE) {
            return null;
        }
        if (!c.dbsLevel().covers(required)) {
            return "needs " + article(required) + " DBS check; has "
                    + (c.dbsLevel() == DbsLevel.NONE ? "none" : article(c.dbsLevel()));
        }
        LocalDate dueDay = task.due().toLocalDate();
        if (c.dbsValidUntil() != null && c.dbsValidUntil().isBefore(dueDay.isBefore(today) ? today : dueDay)) {
            return "DBS check expired on " + c.dbsValidUntil().format(DAY);
        }
        return c.idChecked() ? null : "ID not checked";
    }

    private static String article(DbsLevel level) {
        String l = level.label().toLowerCase(Locale.UK);
        return (l.startsWith("e") ? "an " : "a ") + l;
    }
}
