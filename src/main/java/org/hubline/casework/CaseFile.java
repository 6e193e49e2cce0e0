package org.hubline.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** One case: the resident and household, the plan (goals and actions), notes, review and outcome. */
public record CaseFile(long id, long residentId, String residentName, long hubId, String leadWorker, String status,
        String reason, String outcome, LocalDate nextReview, String openedBy, Instant openedAt, Instant closedAt,
        List<Member> members, List<Person> people, List<Goal> goals, List<Action> actions, List<Note> notes, int version) {

    public boolean open() {
        return "OPEN".equals(status);
    }

    public record Member(long residentId, String name) {
    }

    /** Someone of the household who is not on Hubline. */
    public record Person(String name, String relationship) {
    }

    public record Goal(long id, String text, String addedBy, Instant addedAt) {
    }

    /** An action; for one made as a task or referral, {@code linked} says how that is going. */
    public record Action(long id, Long goalId, String description, String ownerType, String ownerName,
            LocalDate dueDate, String status, Long taskId, Long referralId, String linked) {

        public boolean finished() {
            return "DONE".equals(status) || "DROPPED".equals(status);
        }
    }

    public record Note(String text, String author, Instant at) {
    }
}
