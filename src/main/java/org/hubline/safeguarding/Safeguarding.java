package org.hubline.safeguarding;

import static org.hubline.shared.Text.isBlank;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.hubline.audit.AuditTrail;
import org.hubline.residents.ResidentFacts;
import org.hubline.residents.ResidentRecord;
import org.hubline.residents.ResidentSummary;
import org.hubline.residents.Residents;
import org.hubline.shared.notify.Messages;
import org.hubline.shared.security.CurrentUser;
import org.hubline.shared.validation.InvalidInputException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Safeguarding concerns: any call handler or coordinator raises one about an adult or a child
 * they may see; the council's safeguarding inbox is told (the reference and a link only); the
 * safeguarding lead acknowledges it and records the outcome. What was seen or said is read only
 * by safeguarding leads; others see that a concern was raised. Every step is audited without it.
 */
@Service
@Transactional
public class Safeguarding {

    static final String RAISES = "hasAnyRole('CALL_HANDLER', 'HUB_COORDINATOR')";
    static final String LEADS = "hasRole('SAFEGUARDING_LEAD')";
    static final String RECORD_TYPE = "SAFEGUARDING_CONCERN";
    static final int WHAT_HAPPENED_LENGTH = 4000;

    private final SafeguardingConcernRepository concerns;
    private final Residents residents;
    private final ResidentFacts facts;
    private final Messages messages;
    private final AuditTrail audit;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final String inbox;
    private final String baseUrl;

    Safeguarding(SafeguardingConcernRepository concerns, Residents residents, ResidentFacts facts, Messages messages,
            AuditTrail audit, CurrentUser currentUser, Clock clock,
            @Value("${hubline.safeguarding.inbox:}") String inbox,
            @Value("${hubline.base-url:http://localhost:8080}") String baseUrl) {
        this.concerns = concerns;
        this.residents = residents;
        this.facts = facts;
        this.messages = messages;
        this.audit = audit;
        this.currentUser = currentUser;
        this.clock = clock;
        this.inbox = inbox;
        this.baseUrl = baseUrl;
    }

    /** Raises a concern about a resident the user may see; the safeguarding inbox is told at once. */
    @PreAuthorize(RAISES)
    public ConcernSummary raise(long residentId, ConcernCategory category, String whatHappened,
            boolean immediateDanger) {
        ResidentRecord resident = residents.get(residentId);
        if (category == null) {
            throw InvalidInputException.of("category", "Choose what kind of harm it is about");
        }
        if (isBlank(whatHappened)) {
            throw InvalidInputException.of("whatHappened", "Say what was seen or said, in their words if you can");
        }
        if (whatHappened.trim().length() > WHAT_HAPPENED_LENGTH) {
            throw InvalidInputException.of("whatHappened", "Keep it under " + WHAT_HAPPENED_LENGTH + " characters");
        }
        SafeguardingConcern concern = concerns.save(SafeguardingConcern.raise(resident.id(), category, whatHappened,
                immediateDanger, currentUser.actorName(), clock.instant()));
        audit.record("SAFEGUARDING_CONCERN_RAISED", RECORD_TYPE, concern.id(), category.about().label() + ": "
                + category.label() + (immediateDanger ? ", in immediate danger" : ""));
        tellInbox(concern, immediateDanger);
        return concern.summary(resident.name());
    }

    /** The concerns still open, those in immediate danger first, then oldest; reading them is audited. */
    @PreAuthorize(LEADS)
    public List<ConcernSummary> queue() {
        return read(concerns.open(), "Read the open concerns");
    }

    /** The latest closed concerns, newest first. */
    @PreAuthorize(LEADS)
    public List<ConcernSummary> closed() {
        return read(concerns.recentlyClosed(), "Read the closed concerns");
    }

    @PreAuthorize(LEADS)
    public ConcernSummary acknowledge(ConcernSummary opened) {
        SafeguardingConcern concern = load(opened.id());
        concern.acknowledge(opened.version(), currentUser.actorName(), clock.instant());
        concern = concerns.save(concern);
        audit.record("SAFEGUARDING_CONCERN_ACKNOWLEDGED", RECORD_TYPE, concern.id(), "Acknowledged");
        return concern.summary(opened.residentName());
    }

    /** Records what was done: a referral to social care with its reference, or no further action with why. */
    @PreAuthorize(LEADS)
    public ConcernSummary close(ConcernSummary opened, ConcernOutcome outcome, String reference, String reason) {
        SafeguardingConcern concern = load(opened.id());
        concern.close(opened.version(), outcome, reference, reason, currentUser.actorName(), clock.instant());
        concern = concerns.save(concern);
        audit.record("SAFEGUARDING_CONCERN_CLOSED", RECORD_TYPE, concern.id(), outcome.label());
        return concern.summary(opened.residentName());
    }

    /**
     * That concerns were raised about the resident, for the resident's page: when, by whom and where
     * they are, never what was said (that is for the safeguarding lead).
     */
    @PreAuthorize(RAISES)
    @Transactional(readOnly = true)
    public List<String> flags(long residentId) {
        ResidentRecord resident = residents.get(residentId);
        return concerns.ofResidents(residents.identityGroup(resident.id())).stream()
                .map(c -> c.summary(null)).map(c -> c.reference() + ": raised by " + c.raisedBy() + " · "
                        + c.status().toLowerCase()).toList();
    }

    private List<ConcernSummary> read(List<SafeguardingConcern> found, String what) {
        Map<Long, ResidentSummary> names = facts.summaries(found.stream().map(SafeguardingConcern::residentId)
                .distinct().toList());
        audit.record("SAFEGUARDING_CONCERNS_READ", RECORD_TYPE, null, what + ": " + found.size());
        return found.stream().map(c -> c.summary(Stream.ofNullable(names.get(c.residentId()))
                .map(ResidentSummary::name).findFirst().orElse("resident " + c.residentId()))).toList();
    }

    private SafeguardingConcern load(long id) {
        return concerns.findById(id).orElseThrow(() -> InvalidInputException.of("concern", "No such concern"));
    }

    /** The council's safeguarding inbox hears of the concern: its reference, urgency and a link, nothing else. */
    private void tellInbox(SafeguardingConcern concern, boolean immediateDanger) {
        if (isBlank(inbox)) {
            return;
        }
        Messages.Receipt receipt = messages.send(new Messages.Outgoing(Messages.Channel.EMAIL, inbox,
                "safeguarding-concern-email", Map.of("reference", "SG-" + concern.id(), "urgency", immediateDanger
                        ? "immediate danger" : "not in immediate danger", "link", baseUrl + "/safeguarding"),
                "SG-" + concern.id()));
        audit.record("SAFEGUARDING_INBOX_TOLD", RECORD_TYPE, concern.id(), (receipt.sent() ? "Email sent to "
                : "Email NOT sent to ") + inbox + " (" + receipt.sender() + "; the reference and a link only)");
    }
}
