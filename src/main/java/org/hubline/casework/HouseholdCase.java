package org.hubline.casework;

import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.Set;

import org.hubline.shared.validation.InvalidInputException;
import org.hubline.shared.validation.StaleEditException;
import org.springframework.data.annotation.Id;
import org.springframework.data.annotation.Version;
import org.springframework.data.relational.core.mapping.MappedCollection;
import org.springframework.data.relational.core.mapping.Table;

/**
 * Aggregate root: one case around a resident and the others of their household, led by one
 * worker. It is open or closed (with its outcome), has a next review while open, and refuses a
 * change its rules do not allow or one made on a copy someone else has since changed. Its plan's
 * actions are aggregates of their own ({@link CaseAction}); goals and notes are appended beside it
 * by {@link CaseStore}; it is read through {@link CaseFile}.
 */
@Table("household_case")
class HouseholdCase {

    static final String OPEN = "OPEN";
    static final String CLOSED = "CLOSED";

    /** Another resident of the household, in the case with the lead resident. */
    @Table("case_member")
    record Member(long residentId) {
    }

    /** Someone of the household who is not on Hubline: a name and how they are related. */
    @Table("case_household_person")
    record Person(String name, String relationship) {
    }

    @Id
    private Long id;
    private long residentId;
    private long hubId;
    private String leadWorker;
    private String status;
    private String reason;
    private String outcome;
    private LocalDate nextReview;
    private String openedBy;
    private Instant openedAt;
    private Instant closedAt;
    @MappedCollection(idColumn = "case_id")
    private Set<Member> members = new HashSet<>();
    @MappedCollection(idColumn = "case_id")
    private Set<Person> people = new HashSet<>();
    @Version
    private Integer version;

    static HouseholdCase open(long residentId, long hubId, String leadWorker, String reason, Set<Long> household,
            LocalDate firstReview, String by, Instant at) {
        HouseholdCase c = new HouseholdCase();
        c.residentId = residentId;
        c.hubId = hubId;
        c.leadWorker = leadWorker;
        c.status = OPEN;
        c.reason = reason;
        c.nextReview = firstReview;
        c.openedBy = by;
        c.openedAt = at;
        household.stream().filter(m -> m != residentId).map(Member::new).forEach(c.members::add);
        return c;
    }

    long id() {
        return id;
    }

    /** Closed with what came of it. */
    void close(int seenVersion, String withOutcome, Instant at) {
        if (withOutcome == null || withOutcome.isBlank()) {
            throw InvalidInputException.of("outcome", "Record the outcome before closing the case");
        }
        requireAsSeen(seenVersion, OPEN);
        status = CLOSED;
        outcome = withOutcome.trim();
        closedAt = at;
    }

    /** Open again, keeping its plan, notes and last outcome. */
    void reopen(int seenVersion) {
        requireAsSeen(seenVersion, CLOSED);
        status = OPEN;
        closedAt = null;
    }

    /** When the case is next reviewed: today or later, and only while it is open. */
    void reviewOn(LocalDate review, LocalDate today) {
        requireOpen();
        if (review == null || review.isBefore(today)) {
            throw InvalidInputException.of("review", "Choose a review date from today on");
        }
        nextReview = review;
    }

    /** Another resident joins the household: not the case's own resident, and only once. */
    void addMember(long memberId) {
        requireOpen();
        if (memberId == residentId) {
            throw InvalidInputException.of("member", "This is the case's own resident");
        }
        if (!members.add(new Member(memberId))) {
            throw InvalidInputException.of("member", "Already in the household");
        }
    }

    void removeMember(long memberId) {
        requireOpen();
        if (!members.remove(new Member(memberId))) {
            throw InvalidInputException.of("member", "Not in the household");
        }
    }

    /** Someone not on Hubline joins the household, with how they are related. */
    void addPerson(Person person) {
        requireOpen();
        if (!people.add(person)) {
            throw InvalidInputException.of("person", person.name() + " is already in the household");
        }
    }

    void removePerson(Person person) {
        requireOpen();
        if (!people.remove(person)) {
            throw InvalidInputException.of("person", "Not in the household");
        }
    }

    /** Another colleague leads the case from now on; refused on a copy someone has since changed. */
    void changeLead(int seenVersion, String newLead) {
        requireAsSeen(seenVersion, OPEN);
        if (newLead.equals(leadWorker)) {
            throw InvalidInputException.of("leadWorker", newLead + " already leads this case");
        }
        leadWorker = newLead;
    }

    long residentId() {
        return residentId;
    }

    private void requireOpen() {
        if (!OPEN.equals(status)) {
            throw InvalidInputException.of("case", "This case is closed: reopen it first");
        }
    }

    private void requireAsSeen(int seenVersion, String expected) {
        if (version != seenVersion || !expected.equals(status)) {
            throw new StaleEditException("Someone else changed this case meanwhile: it has been refreshed.");
        }
    }
}
