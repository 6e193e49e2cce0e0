package org.hubline.intake.ui;

import java.time.Clock;
import java.util.List;
import java.util.Map;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

import org.hubline.intake.CallIntake;
import org.hubline.intake.HelpRequestSummary;
import org.hubline.intake.NeedNotes;
import org.hubline.intake.NeedSummary;
import org.hubline.intake.NeedWork;
import org.hubline.intake.ui.needs.NeedStatusDialog;
import org.hubline.shared.ui.Formats;

/**
 * The resident's help requests on their page: each with its priority and why (changeable), its
 * needs with their notes and next steps (refer, move on or reopen), and its callback.
 */
class RequestCards {

    private final CallIntake intake;
    private final NeedWork needWork;
    private final Clock clock;
    private final Runnable reload;

    RequestCards(CallIntake intake, NeedWork needWork, Clock clock, Runnable reload) {
        this.intake = intake;
        this.needWork = needWork;
        this.clock = clock;
        this.reload = reload;
    }

    Section of(List<HelpRequestSummary> requests,
            Map<Long, List<NeedNotes.Note>> notes) {
        Section section = new Section(new H2("Help requests"));
        section.setId("resident-requests");
        if (requests.isEmpty()) {
            section.add(new Paragraph("No help requests yet."));
        }
        requests.forEach(r -> section.add(requestCard(r, notes)));
        return section;
    }

    /** One request: its priority and why, when it is due, its needs with their notes, and its callback. */
    private Div requestCard(HelpRequestSummary r, Map<Long, List<NeedNotes.Note>> notes) {
        Div card = new Div();
        card.addClassName("hubline-request");
        card.add(new H3(r.priority().label() + " · " + Formats.dateTime(r.createdAt(), clock) + " · "
                + r.channel().label() + (r.open() ? "" : " · closed")));
        card.add(new Paragraph("Why: " + r.reasons() + (r.overrideReason() == null ? ""
                : ". Priority changed by hand: " + r.overrideReason())));
        card.add(new Paragraph("Due by " + Formats.dateTime(r.dueAt(), clock)
                + (r.callbackNeeded() ? " · callback needed" + (r.callbackAssignee() == null ? ""
                        : " (" + r.callbackAssignee() + ")") : "")));
        UnorderedList needs = new UnorderedList();
        r.needs().forEach(n -> needs.add(needItem(r, n, notes.getOrDefault(n.id(), List.of()))));
        card.add(needs);
        if (r.open()) {
            Button priority = new Button("Change priority", e -> new PriorityDialog(intake, r, reload).open());
            priority.setAriaLabel("Change priority: " + r.priority().label() + " request of "
                    + Formats.dateTime(r.createdAt(), clock));
            priority.setId("change-priority-" + r.id());
            card.add(priority);
        }
        if (r.callbackNeeded()) {
            Button attempt = new Button("Log a callback", e -> new CallbackDialog(intake, r, clock, reload).open());
            attempt.setId("log-callback-" + r.id());
            card.add(attempt);
        }
        return card;
    }

    private ListItem needItem(HelpRequestSummary r, NeedSummary n, List<NeedNotes.Note> notes) {
        ListItem item = new ListItem(n.label()
                + (n.whenNeeded() == null ? "" : " · needed " + n.whenNeeded().label().toLowerCase())
                + (n.detail() == null ? "" : " · " + n.detail()) + " — " + n.status().label()
                + (n.statusReason() == null ? "" : " (" + n.statusReason() + ")") + " · "
                + (n.hubName() == null ? "no hub" : n.hubName()));
        for (NeedNotes.Note note : notes) {
            Div line = new Div();
            line.addClassName("hubline-need-note");
            line.add(note.link() == null ? new Span(note.text()) : new Anchor(note.link(), note.text()));
            item.add(line);
        }
        if (n.status().open()) {
            Anchor refer = new Anchor("referrals/new?need=" + n.id(), "Refer " + n.type().toLowerCase()
                    + " to a partner");
            refer.setId("refer-need-" + n.id());
            Div line = new Div(refer);
            line.addClassName("hubline-need-note");
            item.add(line);
        }
        Button moveOn = new Button(n.status().open() ? "Move on" : "Reopen", e -> new NeedStatusDialog(needWork,
                n.id(), n.label(), n.status(), n.hubId(), reload).open());
        moveOn.addThemeVariants(ButtonVariant.LUMO_SMALL);
        moveOn.setAriaLabel((n.status().open() ? "Move on: " : "Reopen: ") + n.label());
        moveOn.setId("move-need-" + n.id());
        item.add(new Div(moveOn));
        return item;
    }
}
