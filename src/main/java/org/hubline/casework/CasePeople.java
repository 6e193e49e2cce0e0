package org.hubline.casework;

import org.hubline.audit.AuditTrail;
import org.hubline.residents.ResidentRecord;
import org.hubline.residents.Residents;
import org.hubline.shared.validation.InvalidInputException;
import org.hubline.shared.validation.PersonName;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Who is in a case and who leads it: residents of the household (found on Hubline) and people who
 * are not on it join and leave the case while it is open; a hub coordinator hands the case to
 * another lead worker. Each change is audited by what changed, never by a person's name.
 */
@Service
@Transactional
public class CasePeople {

    static final String WORKS_CASES = "hasAnyRole('HUB_COORDINATOR', 'CALL_HANDLER')";

    private final HouseholdCaseRepository cases;
    private final CaseFiles files;
    private final CaseStore store;
    private final Casework casework;
    private final Residents residents;
    private final AuditTrail audit;

    CasePeople(HouseholdCaseRepository cases, CaseFiles files, CaseStore store, Casework casework,
            Residents residents, AuditTrail audit) {
        this.cases = cases;
        this.files = files;
        this.store = store;
        this.casework = casework;
        this.residents = residents;
        this.audit = audit;
    }

    /** A resident the user may see joins the household, unless they are already in an open case. */
    @PreAuthorize(WORKS_CASES)
    public CaseFile addResident(long caseId, long residentId) {
        files.load(caseId);
        ResidentRecord member = residents.get(residentId);
        HouseholdCase file = load(caseId);
        store.openCaseOf(member.id()).filter(other -> other != caseId).ifPresent(other -> {
            throw InvalidInputException.of("member", member.name() + " is already in open case " + other);
        });
        file.addMember(member.id());
        cases.save(file);
        audit.record("CASE_MEMBER_ADDED", Casework.RECORD_TYPE, caseId, "Added resident " + member.id());
        return files.load(caseId);
    }

    @PreAuthorize(WORKS_CASES)
    public CaseFile removeResident(long caseId, long residentId) {
        files.load(caseId);
        HouseholdCase file = load(caseId);
        file.removeMember(residentId);
        cases.save(file);
        audit.record("CASE_MEMBER_REMOVED", Casework.RECORD_TYPE, caseId, "Removed resident " + residentId);
        return files.load(caseId);
    }

    /** Someone of the household who is not on Hubline: their name and how they are related. */
    @PreAuthorize(WORKS_CASES)
    public CaseFile addPerson(long caseId, String name, String relationship) {
        files.load(caseId);
        HouseholdCase file = load(caseId);
        file.addPerson(person(name, relationship));
        cases.save(file);
        audit.record("CASE_MEMBER_ADDED", Casework.RECORD_TYPE, caseId, "Added someone not on Hubline");
        return files.load(caseId);
    }

    @PreAuthorize(WORKS_CASES)
    public CaseFile removePerson(long caseId, CaseFile.Person person) {
        files.load(caseId);
        HouseholdCase file = load(caseId);
        file.removePerson(new HouseholdCase.Person(person.name(), person.relationship()));
        cases.save(file);
        audit.record("CASE_MEMBER_REMOVED", Casework.RECORD_TYPE, caseId, "Removed someone not on Hubline");
        return files.load(caseId);
    }

    /** The case's coordinator hands it to another coordinator or call handler. */
    @PreAuthorize(Casework.COORDINATES)
    public CaseFile changeLead(CaseFile opened, String newLead) {
        files.load(opened.id());
        if (newLead == null || casework.leadWorkers().stream().noneMatch(c -> c.username().equals(newLead))) {
            throw InvalidInputException.of("leadWorker", "Choose a coordinator or call handler to lead the case");
        }
        HouseholdCase file = load(opened.id());
        file.changeLead(opened.version(), newLead);
        cases.save(file);
        audit.record("CASE_LEAD_CHANGED", Casework.RECORD_TYPE, opened.id(), "Now led by " + newLead);
        return files.load(opened.id());
    }

    private static HouseholdCase.Person person(String name, String relationship) {
        String n = name == null ? "" : name.trim();
        String r = relationship == null ? "" : relationship.trim();
        if (n.isEmpty() || n.length() > 200 || !n.matches(PersonName.PATTERN)) {
            throw InvalidInputException.of("personName", n.isEmpty() ? "Enter their name" : PersonName.MESSAGE);
        }
        if (r.isEmpty() || r.length() > 100) {
            throw InvalidInputException.of("relationship", "Say how they are related (up to 100 characters)");
        }
        return new HouseholdCase.Person(n, r);
    }

    private HouseholdCase load(long caseId) {
        return cases.findById(caseId).orElseThrow(() -> InvalidInputException.of("case", "No such case"));
    }
}
