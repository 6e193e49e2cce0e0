package org.hubline.casework.ui;

import java.time.Clock;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.hubline.casework.ActionInput;
import org.hubline.casework.CaseFile;
import org.hubline.casework.CasePeople;
import org.hubline.casework.Casework;
import org.hubline.residents.ResidentSearch;
import org.hubline.shared.security.CurrentUser;
import org.hubline.shared.security.Role;
import org.hubline.shared.security.SignedInUser;
import org.hubline.intake.NeedSummary;
import org.hubline.referrals.PathwayOption;
import org.hubline.shared.security.Roles;
import org.hubline.shared.ui.FormErrors;
import org.hubline.shared.ui.Formats;
import org.hubline.shared.validation.InvalidInputException;
import org.hubline.volunteers.TaskType;
import org.hubline.shared.ui.DateField;
import org.hubline.shared.ui.Room;
import org.springframework.security.access.AccessDeniedException;

/**
 * One case: the household, the plan (goals in the resident's words, actions with owners, due
 * dates and status — volunteer tasks and referrals made from here show their progress), notes,
 * the next review, and closing with an outcome. Opening it is audited.
 */
@Route("cases/:id")
@PageTitle("Case · Hubline")
@RolesAllowed({Roles.HUB_COORDINATOR, Roles.CALL_HANDLER, Roles.ADMIN})
public class CaseView extends Div implements BeforeEnterObserver {

    private final Casework casework;
    private final CasePeople people;
    private final ResidentSearch search;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final FormErrors errors = new FormErrors("case-problem", "Not done");

    public CaseView(Casework casework, CasePeople people, ResidentSearch search, CurrentUser currentUser,
            Clock clock) {
        this.casework = casework;
        this.people = people;
        this.search = search;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        try {
            show(casework.view(Long.parseLong(event.getRouteParameters().get("id").orElse(""))));
        } catch (NumberFormatException | InvalidInputException e) {
            removeAll();
            add(new H1("Case not found"));
        } catch (AccessDeniedException e) {
            removeAll();
            add(new H1("You cannot open this case"), new Paragraph(e.getMessage()));
        }
    }

    private void show(CaseFile c) {
        removeAll();
        errors.clear();
        H1 title = new H1("Case " + c.id() + ": " + c.residentName() + (c.open() ? "" : " (closed)"));
        title.setId("case-title");
        Anchor resident = new Anchor("residents/" + c.residentId(), "Open " + c.residentName() + "'s page");
        Paragraph about = new Paragraph("Lead worker " + c.leadWorker() + " · opened by " + c.openedBy() + " on "
                + Formats.dateTime(c.openedAt(), clock) + (c.reason() == null ? "" : " · " + c.reason())
                + (c.outcome() == null ? "" : " · outcome: " + c.outcome()));
        about.setId("case-about");
        add(title, resident, about, errors);
        SignedInUser user = currentUser.require();
        boolean coordinates = user.hasRole(Role.HUB_COORDINATOR);
        add(new CasePeopleSection(c, people, search, casework, coordinates || user.hasRole(Role.CALL_HANDLER),
                coordinates, errors, this::act));
        UnorderedList goals = new UnorderedList();
        goals.setId("case-goals");
        c.goals().forEach(g -> goals.add(new ListItem("“" + g.text() + "”")));
        add(new H2("Goals, in their words"), goals);
        Grid<CaseFile.Action> actions = actionGrid(c);
        add(new H2("Plan"), actions);
        if (c.open()) {
            add(planForm(c));
        }
        notesSection(c);
        reviewAndClose(c);
    }

    private Grid<CaseFile.Action> actionGrid(CaseFile c) {
        Grid<CaseFile.Action> actions = new Grid<>(CaseFile.Action.class, false);
        actions.setId("case-actions");
        actions.setAriaLabel("Actions of the plan");
        actions.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        actions.addColumn(CaseFile.Action::description).setHeader("Action").setFlexGrow(1);
        actions.addColumn(a -> a.ownerName() == null ? ownerLabel(a.ownerType()) : a.ownerName()).setHeader("Who")
                .setAutoWidth(true);
        actions.addColumn(a -> a.dueDate() == null ? "" : a.dueDate().toString()).setHeader("Due").setAutoWidth(true);
        actions.addColumn(a -> status(a.status()) + (a.linked() == null ? "" : " · " + a.linked())).setHeader("Status")
                .setAutoWidth(true);
        actions.addComponentColumn(a -> {
            Div buttons = new Div();
            if (c.open() && a.taskId() == null && a.referralId() == null && !a.finished()) {
                Button done = new Button("Done", e -> act(() -> casework.setActionStatus(a.id(), "DONE")));
                done.setAriaLabel("Done: " + a.description());
                buttons.add(done);
            }
            return buttons;
        }).setHeader("").setAutoWidth(true);
        actions.setItems(c.actions());
        actions.setAllRowsVisible(true);
        actions.setEmptyStateText("No actions yet.");
        return actions;
    }

    private void notesSection(CaseFile c) {
        UnorderedList notes = new UnorderedList();
        notes.setId("case-notes");
        c.notes().forEach(n -> notes.add(new ListItem(Formats.dateTime(n.at(), clock) + " · " + n.author() + ": "
                + n.text())));
        TextField note = new TextField("New note");
        note.setId("case-note");
        Room.limit(note, 2000);
        note.setWidthFull();
        Button addNote = new Button("Add the note", e -> act(() -> casework.addNote(c.id(), note.getValue())));
        addNote.setId("case-add-note");
        errors.field("note", note);
        add(new H2("Notes"), notes, note, addNote);
    }

    /** While open: the next review and closing with the outcome; once closed, reopening. */
    private void reviewAndClose(CaseFile c) {
        TextField outcome = new TextField("Outcome");
        outcome.setId("case-outcome");
        outcome.setWidthFull();
        if (c.open()) {
            DateField review = new DateField("Next review", c.nextReview());
            review.setLocale(Locale.UK);
            review.setId("case-review");
            Button setReview = new Button("Set the review", e -> act(() -> casework.setReview(c.id(),
                    review.getValue())));
            Button close = new Button("Close the case", e -> act(() -> casework.close(c, outcome.getValue())));
            close.setId("case-close");
            close.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            errors.field("review", review).field("outcome", outcome);
            add(new H2("Review and close"), review, setReview, outcome, close);
        } else {
            Button reopen = new Button("Reopen the case", e -> act(() -> casework.reopen(c)));
            reopen.setId("case-reopen");
            add(reopen);
        }
    }

    private FormLayout goalForm(CaseFile c) {
        TextField goal = new TextField("New goal, in the resident's words");
        goal.setId("case-goal");
        goal.setWidthFull();
        Button addGoal = new Button("Add the goal", e -> act(() -> casework.addGoal(c.id(), goal.getValue())));
        addGoal.setId("case-add-goal");
        errors.field("goal", goal);
        return new FormLayout(goal, addGoal);
    }

    private Div planForm(CaseFile c) {
        TextField what = new TextField("What is to be done");
        what.setId("action-description");
        Select<ActionInput.Owner> owner = new Select<>();
        owner.setLabel("Who does it");
        owner.setItems(ActionInput.Owner.values());
        owner.setItemLabelGenerator(ActionInput.Owner::label);
        owner.setValue(ActionInput.Owner.HUB_TEAM);
        owner.setId("action-owner");
        ComboBox<NeedSummary> need = new ComboBox<>("For the need (task or referral)");
        need.setItems(casework.openNeeds(c.id()));
        need.setItemLabelGenerator(NeedSummary::label);
        need.setId("action-need");
        Select<TaskType> taskType = new Select<>();
        taskType.setLabel("Task (volunteer)");
        taskType.setItems(TaskType.values());
        taskType.setItemLabelGenerator(TaskType::label);
        taskType.setId("action-task-type");
        ComboBox<PathwayOption> service = new ComboBox<>("Partner service (referral)");
        service.setItemLabelGenerator(o -> o.service().organisationName() + " · " + o.service().details().name());
        service.setId("action-service");
        need.addValueChangeListener(e -> service.setItems(e.getValue() == null ? List.of()
                : casework.serviceOptions(e.getValue().id())));
        DateField due = new DateField("Due");
        due.setLocale(Locale.UK);
        due.setId("action-due");
        Button addAction = new Button("Add the action", e -> act(() -> casework.addAction(c.id(), new ActionInput(
                null, what.getValue(), owner.getValue(), null, due.getValue(),
                need.getValue() == null ? null : need.getValue().id(),
                taskType.getValue(), due.getValue() == null ? null
                        : LocalDateTime.of(due.getValue(), LocalTime.of(10, 0)).atZone(clock.getZone()).toInstant(),
                service.getValue() == null ? null : service.getValue().service().id()))));
        addAction.setId("case-add-action");
        errors.field("description", what).field("owner", owner).field("need", need)
                .field("service", service).field("type", taskType).field("dueAt", due);
        return new Div(goalForm(c), new H2("Add an action"),
                new FormLayout(what, owner, due, need, taskType, service), addAction);
    }

    private void act(Supplier<CaseFile> action) {
        try {
            errors.saved(action).ifPresent(this::show);
        } catch (AccessDeniedException e) {
            errors.show(e.getMessage());
        }
    }

    private static String ownerLabel(String ownerType) {
        return ActionInput.Owner.valueOf(ownerType).label();
    }

    private static String status(String s) {
        return switch (s) {
            case "TO_DO" -> "To do";
            case "IN_PROGRESS" -> "In progress";
            case "DONE" -> "Done";
            default -> "Dropped";
        };
    }

}
