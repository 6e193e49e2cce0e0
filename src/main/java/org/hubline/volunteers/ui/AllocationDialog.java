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

import org.hubline.shared.validation.InvalidInputException;
import org.hubline.shared.validation.StaleEditException;
import org.hubline.volunteers.HubTasks;
import org.hubline.volunteers.Suggestion;
import org.hubline.volunteers.TaskSummary;

/**
 * Suggested volunteers for a task, best first, each with the reasons for their place; those who
 * may not do it are listed apart with why. Offering the task tells the volunteer.
 */
class AllocationDialog extends Dialog {

    AllocationDialog(HubTasks tasks, TaskSummary task, Runnable onSaved) {
        setHeaderTitle("Allocate: " + task.type().label());
        setWidth("min(44rem, 95vw)");
        Paragraph problem = new Paragraph();
        problem.addClassName("hubline-error");
        problem.setId("allocation-problem");
        List<Suggestion> suggestions = tasks.suggest(task.id());
        Div ranked = new Div();
        ranked.setId("suggestions");
        int place = 0;
        for (Suggestion s : suggestions.stream().filter(x -> !x.excluded()).toList()) {
            place++;
            Button offer = new Button("Offer to " + s.name(), e -> {
                try {
                    tasks.allocate(task, s.volunteerId());
                    close();
                    onSaved.run();
                } catch (InvalidInputException | StaleEditException ex) {
                    problem.setText(ex instanceof InvalidInputException ie
                            ? String.join(" ", ie.fieldErrors().values()) : ex.getMessage());
                }
            });
            offer.setId("offer-" + s.volunteerId());
            offer.setAriaLabel("Offer to " + s.name());
            if (place == 1) {
                offer.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            }
            Div card = new Div(new H3(place + ". " + s.name()), new Paragraph(String.join(" · ", s.reasons())), offer);
            card.addClassName("hubline-match");
            ranked.add(card);
        }
        if (place == 0) {
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
}
