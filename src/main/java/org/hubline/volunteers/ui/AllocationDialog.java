package org.hubline.volunteers.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;

import org.hubline.shared.ui.FormErrors;
import org.hubline.volunteers.HubTasks;
import org.hubline.volunteers.Suggestion;
import org.hubline.volunteers.TaskSummary;

/**
 * Suggested volunteers for a task, best first, each with the reasons for their place; those who
 * may not do it are listed apart with why. Offering the task tells the volunteer.
 */
class AllocationDialog extends Dialog {

    private final FormErrors problem = new FormErrors("allocation-problem", "The task was not offered");

    AllocationDialog(HubTasks tasks, TaskSummary task, Runnable onSaved) {
        setHeaderTitle("Allocate: " + task.type().label());
        setWidth("min(44rem, 95vw)");
        List<Suggestion> suggestions = tasks.suggest(task.id());
        Div ranked = new Div();
        ranked.setId("suggestions");
        List<Suggestion> able = suggestions.stream().filter(x -> !x.excluded()).toList();
        for (int i = 0; i < able.size(); i++) {
            long volunteer = able.get(i).volunteerId();
            ranked.add(card(i + 1, able.get(i), () -> tasks.allocate(task, volunteer), onSaved));
        }
        if (able.isEmpty()) {
            ranked.add(new Paragraph("Nobody in this hub can take this task now: see why below."));
        }
        List<Suggestion> excluded = suggestions.stream().filter(Suggestion::excluded).toList();
        UnorderedList why = new UnorderedList();
        why.setId("excluded-volunteers");
        excluded.forEach(s -> why.add(new ListItem(s.name() + ": " + s.exclusion())));
        Details cannot = new Details("Who cannot take it, and why (" + excluded.size() + ")", why);
        cannot.setId("excluded-details");
        add(problem, ranked, cannot);
        getFooter().add(new Button("Close", e -> close()));
    }

    /** A suggested volunteer in their place, with the reasons and a button that offers them the task. */
    private Div card(int place, Suggestion s, Runnable offerTask, Runnable onSaved) {
        Button offer = new Button("Offer to " + s.name(), e -> {
            if (problem.attempt(offerTask)) {
                close();
                onSaved.run();
            }
        });
        offer.setId("offer-" + s.volunteerId());
        offer.setAriaLabel("Offer to " + s.name());
        if (place == 1) {
            offer.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        }
        Div card = new Div(new H3(place + ". " + s.name()), new Paragraph(String.join(" · ", s.reasons())), offer);
        card.addClassName("hubline-match");
        return card;
    }
}
