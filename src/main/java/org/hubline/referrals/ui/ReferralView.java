package org.hubline.referrals.ui;

import java.time.Clock;
import java.util.function.Supplier;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.hubline.referrals.ReferralEvent;
import org.hubline.referrals.ReferralStatus;
import org.hubline.referrals.ReferralSummary;
import org.hubline.referrals.Referrals;
import org.hubline.shared.security.CurrentUser;
import org.hubline.shared.security.Role;
import org.hubline.shared.security.Roles;
import org.hubline.shared.ui.FormErrors;
import org.hubline.shared.ui.Formats;
import org.hubline.shared.validation.InvalidInputException;
import org.springframework.security.access.AccessDeniedException;

/**
 * One referral: what was shared, its status and whole history, comments both ways, and for the
 * partner the next steps (accept or decline; complete or could not help), with a reason where
 * one is needed.
 */
@Route("referrals/:id")
@PageTitle("Referral · Hubline")
@RolesAllowed({Roles.CALL_HANDLER, Roles.HUB_COORDINATOR, Roles.PARTNER})
public class ReferralView extends Div implements BeforeEnterObserver {

    private final Referrals referrals;
    private final CurrentUser currentUser;
    private final Clock clock;

    public ReferralView(Referrals referrals, CurrentUser currentUser, Clock clock) {
        this.referrals = referrals;
        this.currentUser = currentUser;
        this.clock = clock;
        addClassName("hubline-referral");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            show(referrals.referral(Long.parseLong(event.getRouteParameters().get("id").orElse(""))));
        } catch (NumberFormatException | InvalidInputException e) {
            removeAll();
            add(new H1("Referral not found"));
        } catch (AccessDeniedException e) {
            removeAll();
            add(new H1("You cannot open this referral"), new Paragraph(e.getMessage()));
        }
    }

    private void show(ReferralSummary r) {
        removeAll();
        H1 title = new H1(r.reference() + " · " + r.status().label());
        title.setId("referral-title");
        Paragraph to = new Paragraph("To " + r.organisationName() + " · " + r.serviceName() + ", sent by "
                + r.createdBy() + " on " + Formats.dateTime(r.createdAt(), clock)
                + (r.overdue() ? ". Not accepted in time: follow it up." : ""));
        to.setId("referral-to");
        Pre shared = new Pre(r.sharedDetails());
        shared.setId("referral-shared");
        shared.addClassName("hubline-shared");
        OrderedList history = new OrderedList();
        history.setId("referral-history");
        for (ReferralEvent e : r.history()) {
            history.add(new ListItem(Formats.dateTime(e.at(), clock) + " · " + describe(e.kind()) + " by " + e.actor()
                    + ("PARTNER".equals(e.side()) ? " (partner)" : "") + (e.note() == null ? "" : ": " + e.note())));
        }
        FormErrors problem = new FormErrors("referral-problem", "Not done");
        TextField note = new TextField("Note or reason");
        note.setId("referral-action-note");
        note.setWidthFull();
        problem.field("note", note);
        Div actions = new Div();
        actions.addClassName("hubline-buttons");
        if (currentUser.require().hasRole(Role.PARTNER)) {
            if (r.status() == ReferralStatus.SENT) {
                actions.add(step("Accept", problem, () -> referrals.accept(r, note.getValue()), true),
                        step("Decline", problem, () -> referrals.decline(r, note.getValue()), false));
            } else if (r.status() == ReferralStatus.ACCEPTED) {
                actions.add(step("Complete", problem, () -> referrals.complete(r, note.getValue()), true),
                        step("Could not help", problem, () -> referrals.couldNotHelp(r, note.getValue()), false));
            }
        } else if (r.status().open()) {
            actions.add(step("Withdraw", problem, () -> referrals.withdraw(r, note.getValue()), false));
        }
        actions.add(step("Add a comment", problem, () -> referrals.comment(r.id(), note.getValue()), false));
        add(title, to, new H2("What was shared"), shared, new H2("History"), history, note, problem, actions);
    }

    private Button step(String label, FormErrors problem, Supplier<ReferralSummary> action, boolean primary) {
        Button b = new Button(label, e -> problem.saved(action).ifPresent(this::show));
        b.setId("referral-" + label.toLowerCase().replace(' ', '-'));
        if (primary) {
            b.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        return b;
    }

    private static String describe(String kind) {
        return switch (kind) {
            case "SENT" -> "Sent";
            case "NOTICE" -> "Partner told";
            case "ACCEPTED" -> "Accepted";
            case "DECLINED" -> "Declined";
            case "COMPLETED" -> "Completed";
            case "COULD_NOT_HELP" -> "Could not help";
            case "WITHDRAWN" -> "Withdrawn by the hub";
            default -> "Comment";
        };
    }
}
