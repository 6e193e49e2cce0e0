package org.hubline.intake;

import java.util.List;

import org.hubline.places.Route;
import org.hubline.residents.Duplicates;
import org.hubline.residents.MatchQuery;
import org.hubline.residents.Placement;
import org.hubline.residents.ResidentDetails;
import org.hubline.residents.ResidentMatch;
import org.hubline.residents.ResidentRecord;
import org.hubline.residents.Residents;
import org.hubline.shared.CouncilSettings;
import org.hubline.shared.validation.Validation;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Requests from the council's online "ask for help" form: checked like a call, attached to a
 * returning resident only when the match is likely (their record is never changed from the
 * form; a possible match goes to coordinators' review), triaged, routed, and put in the
 * callback queue so a handler calls them back. No call is recorded: nobody has spoken to them.
 */
@Service
@Transactional
public class WebFormRequests {

    private final Residents residents;
    private final Duplicates duplicates;
    private final CallChecks checks;
    private final CallRoutes routes;
    private final RequestOpening opening;
    private final Validation validation;
    private final CouncilSettings council;

    WebFormRequests(Residents residents, Duplicates duplicates, CallChecks checks, CallRoutes routes, RequestOpening opening,
            Validation validation, CouncilSettings council) {
        this.council = council;
        this.residents = residents;
        this.duplicates = duplicates;
        this.checks = checks;
        this.routes = routes;
        this.opening = opening;
        this.validation = validation;
    }

    @PreAuthorize("hasRole('WEB_FORM')")
    public WebFormReceipt submit(WebFormSubmission form) {
        Validation.throwIfAny(validation.violations(form));
        ResidentDetails details = form.residentDetails();
        List<ResidentMatch> matches = residents.findMatches(MatchQuery.of(details), 1);
        ResidentMatch top = matches.isEmpty() ? null : matches.get(0);
        ResidentRecord existing = top != null && top.strength() == ResidentMatch.Strength.LIKELY
                ? residents.getForWebForm(top.residentId()) : null;
        LogCall command = new LogCall(existing, details, RoutingChoice.byPostcode(), form.needInputs(),
                form.supportNow() == null ? SupportNow.NONE : form.supportNow(), null, null, true,
                new CallDetails(Direction.INBOUND, Channel.WEB_FORM, form.onBehalfOf(), CallOutcome.SPOKE_COMPLETE,
                        form.message()), existing == null ? top : null);
        CallChecks.CheckedCall checked = checks.check(command);
        Route route = routes.route(checked.details().postcode(), command.routing());
        Placement placement = CallRoutes.placement(route);
        ResidentRecord resident = existing != null ? existing : residents.create(checked.details(), placement);
        if (existing == null && top != null) {
            duplicates.raiseForReview(resident.id(), top);
        }
        RequestOpening.Opened opened = opening.open(command, checked, resident, route, placement);
        return new WebFormReceipt("HR-" + opened.requestId(), checked.priority(),
                "Thank you. Your request has reached " + council.name() + "'s helpline. We will call you back "
                        + switch (checked.priority()) {
                            case P1 -> "today.";
                            case P2 -> "within two days.";
                            case P3 -> "within five working days.";
                        } + (council.helplineNumber() == null ? "" : " If things get worse before then, ring "
                                + council.helplineNumber() + "."));
    }
}
