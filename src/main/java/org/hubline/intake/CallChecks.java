package org.hubline.intake;

import static org.hubline.shared.Text.isBlank;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.hubline.residents.ResidentDetails;
import org.hubline.residents.Residents;
import org.hubline.shared.PhoneNumber;
import org.hubline.shared.validation.InvalidInputException;
import org.hubline.shared.validation.Validation;
import org.springframework.stereotype.Component;

/**
 * Checks a call before anything is saved: the resident's details, the call itself, each need
 * against the taxonomy, who supports the resident, and a priority override's reason. Every
 * problem is reported at once, keyed by field. Also triages, since the override is judged
 * against what the rules give.
 */
@Component
class CallChecks {

    /** A call that passed every check: the normalised resident, the taxonomy it was checked against, the triage. */
    record CheckedCall(ResidentDetails details, Map<Long, NeedType> types, Triage.Result triage, Priority priority) {

        boolean overridden() {
            return priority != triage.priority();
        }
    }

    private final Residents residents;
    private final NeedTaxonomy taxonomy;
    private final Validation validation;
    private final Clock clock;
    private final CallFollowUps followUps;

    CallChecks(Residents residents, NeedTaxonomy taxonomy, Validation validation, Clock clock,
            CallFollowUps followUps) {
        this.followUps = followUps;
        this.residents = residents;
        this.taxonomy = taxonomy;
        this.validation = validation;
        this.clock = clock;
    }

    /** Checks the whole call; throws {@link InvalidInputException} with every problem found. */
    CheckedCall check(LogCall command) {
        Map<Long, NeedType> types = taxonomy.typesById();
        Map<String, String> errors = callDetails(command.call());
        ResidentDetails details = null;
        try {
            details = residents.check(command.resident());
        } catch (InvalidInputException e) {
            e.fieldErrors().forEach(errors::putIfAbsent);
        }
        needs(command, types, errors);
        followUps.check(command).forEach(errors::putIfAbsent);
        if (command.supportNow() == null) {
            errors.putIfAbsent("supportNow", "Say who supports them now");
        }
        Triage.Result triage = errors.isEmpty() ? triage(details, command.needs(), command.supportNow(), types) : null;
        if (command.priorityOverride() != null && triage != null && command.priorityOverride() != triage.priority()
                && isBlank(command.overrideReason())) {
            errors.putIfAbsent("overrideReason", "Say why the priority is different from " + triage.priority());
        }
        if (command.routing().hubId() != null && isBlank(command.routing().reason())) {
            errors.putIfAbsent("routing", "Say why this goes to a hub by hand");
        }
        Validation.throwIfAny(errors);
        Priority priority = command.priorityOverride() == null ? triage.priority() : command.priorityOverride();
        return new CheckedCall(details, types, triage, priority);
    }

    /** The call's own fields: direction, channel, outcome, note, and who called for the resident. */
    Map<String, String> callDetails(CallDetails call) {
        if (call == null) {
            return new LinkedHashMap<>(Map.of("outcome", "Choose how the call ended"));
        }
        Map<String, String> errors = validation.violations(call);
        if (call.outcome() == CallOutcome.SPOKE_RESCHEDULED) {
            if (call.callBackAt() == null) {
                errors.putIfAbsent("callBackAt", "Say when to call back, as agreed with them");
            } else if (!call.callBackAt().isAfter(clock.instant())) {
                errors.putIfAbsent("callBackAt", "Choose a time still to come");
            } else if (call.callBackAt().isAfter(clock.instant().plus(Duration.ofDays(31)))) {
                errors.putIfAbsent("callBackAt", "Choose a time within the next month");
            }
        }
        OnBehalf ob = call.onBehalf();
        if (ob != null && ob.present()) {
            if (isBlank(ob.relationship())) {
                errors.putIfAbsent("onBehalf.relationship", "Say who they are to the resident");
            }
            if (!isBlank(ob.phone()) && PhoneNumber.parseAnywhere(ob.phone()).isEmpty()) {
                errors.putIfAbsent("onBehalf.phone",
                        "Enter a phone number like 07700 900123, or +… for a number abroad");
            }
        }
        return errors;
    }

    /** Priority with reasons from what is known so far; needs not yet chosen are left out. */
    Triage.Result triage(ResidentDetails resident, List<NeedInput> needs, SupportNow supportNow,
            Map<Long, NeedType> types) {
        List<Triage.NeedFacts> facts = new ArrayList<>();
        for (NeedInput need : needs) {
            if (need.needTypeId() != null && types.containsKey(need.needTypeId())) {
                NeedType type = types.get(need.needTypeId());
                facts.add(new Triage.NeedFacts(type.categoryName(), type.name(), type.urgent(),
                        type.asksWhenNeeded() ? need.whenNeeded() : null));
            }
        }
        LocalDate today = LocalDate.now(clock);
        Integer age = resident == null || resident.dateOfBirth() == null || resident.dateOfBirth().isAfter(today)
                ? null : Period.between(resident.dateOfBirth(), today).getYears();
        return Triage.assess(new Triage.Facts(facts, resident == null ? Set.of() : resident.vulnerabilities(), age,
                resident == null ? 0 : resident.children(), supportNow));
    }

    Map<Long, NeedType> types() {
        return taxonomy.typesById();
    }

    private static void needs(LogCall command, Map<Long, NeedType> types, Map<String, String> errors) {
        CallDetails call = command.call();
        if (command.needs().isEmpty() && call != null && call.outcome() != CallOutcome.SPOKE_REFUSED
                && call.direction() == Direction.INBOUND && command.followUp().continuesRequestId() == null) {
            errors.putIfAbsent("needs", "Add at least one need (Alt+N), or record that they refused help");
        }
        for (NeedInput need : command.needs()) {
            if (need.needTypeId() == null) {
                errors.putIfAbsent("needs", "Choose what each need is");
            } else if (!types.containsKey(need.needTypeId())) {
                errors.putIfAbsent("needs", "Choose each need from the list");
            } else {
                NeedType type = types.get(need.needTypeId());
                if (type.asksWhenNeeded() && need.whenNeeded() == null) {
                    errors.putIfAbsent("needs", "Say when the " + type.name().toLowerCase() + " is needed");
                }
            }
        }
    }
}
