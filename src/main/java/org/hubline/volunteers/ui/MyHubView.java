package org.hubline.volunteers.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.EnumSet;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.hubline.intake.HubNeed;
import org.hubline.intake.NeedWork;
import org.hubline.intake.ui.needs.NeedStatusDialog;
import org.hubline.shared.security.CurrentUser;
import org.hubline.shared.security.HubRef;
import org.hubline.shared.security.Roles;
import org.hubline.shared.ui.Formats;
import org.hubline.shared.ui.HubChoice;
import org.hubline.shared.validation.InvalidInputException;
import org.hubline.shared.validation.StaleEditException;
import org.hubline.volunteers.HubTasks;
import org.hubline.volunteers.HubToday;
import org.hubline.volunteers.TaskStatus;
import org.hubline.volunteers.TaskSummary;
import org.hubline.volunteers.VolunteerLine;
import org.hubline.volunteers.VolunteerRoster;

/**
 * The coordinator's home, "my hub today": the hub's open needs by priority and due time
 * (overdue marked), tasks not yet allocated, tasks under way, volunteers free now and DBS checks
 * due for renewal. A coordinator of several hubs switches between them.
 */
@Route("my-hub")
@PageTitle("My hub today · Hubline")
@Menu(title = "My hub today", order = 20, icon = "vaadin:home")
@RolesAllowed(Roles.HUB_COORDINATOR)
public class MyHubView extends Div {

    private final HubToday needs;
    private final NeedWork needWork;
    private final HubTasks tasks;
    private final VolunteerRoster roster;
    private final Clock clock;
    private final Select<HubRef> hub;
    private final Paragraph summary = new Paragraph();
    private final Grid<HubNeed> needGrid = new Grid<>(HubNeed.class, false);
    private final Grid<TaskSummary> openTasks = new Grid<>(TaskSummary.class, false);
    private final Grid<TaskSummary> underWay = new Grid<>(TaskSummary.class, false);
    private final UnorderedList freeNow = new UnorderedList();
    private final UnorderedList renewals = new UnorderedList();
    private final Paragraph withoutHub = new Paragraph();
    private final UnreachableCallbacksSection unreachable;

    public MyHubView(HubToday needs, NeedWork needWork, HubTasks tasks, VolunteerRoster roster,
            CurrentUser currentUser, Clock clock) {
        this.needs = needs;
        this.needWork = needWork;
        this.tasks = tasks;
        this.roster = roster;
        this.clock = clock;
        this.unreachable = new UnreachableCallbacksSection(needs, clock, this::refresh);
        addClassName("hubline-my-hub");
        List<HubRef> myHubs = currentUser.require().hubs();
        hub = HubChoice.of(myHubs, "my-hub-choice");
        hub.addValueChangeListener(e -> refresh());
        summary.setId("my-hub-summary");
        withoutHub.setId("my-hub-without-hub");
        withoutHub.setVisible(false);

        needColumns();
        openTaskColumns();
        underWayColumns();
        freeNow.setId("free-now");
        renewals.setId("dbs-renewals");

        add(new H1("My hub today"), hub, summary, withoutHub,
                new Section(new H2("Needs to work on"), needGrid), unreachable,
                new Section(new H2("Tasks not allocated"), openTasks),
                new Section(new H2("Tasks under way"), underWay),
                new Section(new H2("Volunteers free now"), freeNow),
                new Section(new H2("DBS checks due in the next 30 days"), renewals));
        if (!myHubs.isEmpty()) {
            hub.setValue(myHubs.get(0));
        } else {
            summary.setText("You are not a coordinator of any hub yet: ask an admin to add you to one.");
        }
    }

    /** The hub's open needs, most urgent first, each with a way to make a task. */
    private void needColumns() {
        needGrid.setId("hub-needs");
        needGrid.setAriaLabel("Open needs");
        needGrid.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        needGrid.addColumn(n -> n.priority().name()).setHeader("Priority").setAutoWidth(true);
        needGrid.addColumn(this::due).setHeader("Due").setAutoWidth(true);
        needGrid.addColumn(HubNeed::label).setHeader("Need").setAutoWidth(true);
        needGrid.addComponentColumn(n -> {
            Anchor resident = new Anchor("residents/" + n.residentId(), n.residentFirstName()
                    + (n.residentStreet() == null ? "" : ", " + n.residentStreet()));
            resident.setId("hub-need-resident-" + n.needId());
            return resident;
        }).setHeader("For").setAutoWidth(true);
        needGrid.addColumn(n -> n.status().label()).setHeader("Status").setAutoWidth(true);
        needGrid.addComponentColumn(this::nextSteps).setHeader("Next steps").setWidth("15rem").setFlexGrow(1);
        needGrid.setAllRowsVisible(true);
        needGrid.setEmptyStateText("No open needs: everything routed here is met or closed.");
    }

    /** What a coordinator does next with a need, in place: a task, a referral, a change of status, a case. */
    private Div nextSteps(HubNeed n) {
        String forWhom = n.label() + " for " + n.residentFirstName();
        Button make = new Button("Make a task", e -> new TaskDialog(tasks, n, clock, this::refresh).open());
        make.setAriaLabel("Make a task: " + forWhom);
        make.setId("make-task-" + n.needId());
        Anchor refer = new Anchor("referrals/new?need=" + n.needId(), "Refer");
        refer.getElement().setAttribute("aria-label", "Refer: " + forWhom);
        refer.setId("refer-hub-need-" + n.needId());
        Button moveOn = new Button("Move on", e -> new NeedStatusDialog(needWork, n.needId(), n.label(), n.status(),
                n.hubId(), this::refresh).open());
        moveOn.setAriaLabel("Move on: " + forWhom);
        moveOn.setId("move-hub-need-" + n.needId());
        Anchor openCase = new Anchor("cases/new?resident=" + n.residentId(), "Open a case");
        openCase.getElement().setAttribute("aria-label", "Open a case for " + n.residentFirstName());
        openCase.setId("open-case-hub-need-" + n.needId());
        Div steps = new Div(make, moveOn, refer, openCase);
        steps.addClassName("hubline-next-steps");
        return steps;
    }

    private void openTaskColumns() {
        openTasks.setId("open-tasks");
        openTasks.setAriaLabel("Tasks not allocated");
        openTasks.addColumn(t -> t.type().label()).setHeader("Task").setAutoWidth(true);
        openTasks.addColumn(t -> Formats.dateTime(t.dueAt(), clock)).setHeader("Due").setAutoWidth(true);
        openTasks.addColumn(t -> t.instructions() == null ? "" : t.instructions()).setHeader("Instructions")
                .setFlexGrow(1);
        openTasks.addComponentColumn(t -> {
            Button allocate = new Button("Allocate", e -> new AllocationDialog(tasks, t, this::refresh).open());
            allocate.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
            allocate.setAriaLabel("Allocate " + t.type().label() + " due " + Formats.dateTime(t.dueAt(), clock));
            return allocate;
        }).setHeader("Volunteer").setAutoWidth(true);
        openTasks.setAllRowsVisible(true);
        openTasks.setEmptyStateText("Every task has a volunteer.");
    }

    private void underWayColumns() {
        underWay.setId("tasks-under-way");
        underWay.setAriaLabel("Tasks under way");
        underWay.addColumn(t -> t.type().label()).setHeader("Task").setAutoWidth(true);
        underWay.addColumn(TaskSummary::volunteerName).setHeader("Volunteer").setAutoWidth(true);
        underWay.addColumn(t -> t.status().label()).setHeader("Status").setAutoWidth(true);
        underWay.addColumn(t -> Formats.dateTime(t.dueAt(), clock)).setHeader("Due").setAutoWidth(true);
        underWay.addComponentColumn(this::actions).setHeader("Next").setAutoWidth(true);
        underWay.setAllRowsVisible(true);
        underWay.setEmptyStateText("No tasks under way.");
    }

    private String due(HubNeed n) {
        boolean overdue = n.dueAt().isBefore(clock.instant());
        return (overdue ? "Overdue: " : "") + Formats.dateTime(n.dueAt(), clock);
    }

    private Div actions(TaskSummary t) {
        Div row = new Div();
        if (t.status() == TaskStatus.OFFERED) {
            row.add(action("Accepted", t, () -> tasks.accepted(t)), action("Declined", t, () -> tasks.declined(t, null)));
        }
        if (t.status() == TaskStatus.OFFERED || t.status() == TaskStatus.ACCEPTED) {
            row.add(action("Started", t, () -> tasks.started(t)));
        }
        Button done = new Button("Done", e -> new OutcomeDialog(tasks, t, true, this::refresh).open());
        done.setAriaLabel("Done: " + t.type().label() + " by " + t.volunteerName());
        Button failed = new Button("Could not complete", e -> new OutcomeDialog(tasks, t, false, this::refresh).open());
        failed.setAriaLabel("Could not complete: " + t.type().label() + " by " + t.volunteerName());
        row.add(done, failed);
        return row;
    }

    private Button action(String label, TaskSummary t, Runnable work) {
        Button b = new Button(label, e -> {
            try {
                work.run();
            } catch (InvalidInputException | StaleEditException ex) {
                Notification.show(ex.getMessage());
            }
            refresh();
        });
        b.setAriaLabel(label + ": " + t.type().label() + " by " + t.volunteerName());
        return b;
    }

    private void refresh() {
        HubRef chosen = hub.getValue();
        if (chosen == null) {
            return;
        }
        List<HubNeed> open = needs.openNeeds(chosen.id());
        List<TaskSummary> unallocated = tasks.tasks(chosen.id(), EnumSet.of(TaskStatus.OPEN));
        List<TaskSummary> going = tasks.tasks(chosen.id(), TaskStatus.HOLDING_A_SLOT);
        long overdue = open.stream().filter(n -> n.dueAt().isBefore(clock.instant())).count();
        needGrid.setItems(open);
        unreachable.show(chosen.id());
        openTasks.setItems(unallocated);
        underWay.setItems(going);
        summary.setText(chosen.name() + ": " + Formats.count(open.size(), "open need") + ", " + overdue + " overdue · "
                + Formats.count(unallocated.size(), "task") + " not allocated · " + going.size() + " under way");
        int waiting = needs.needsWithoutHub();
        withoutHub.removeAll();
        if (waiting == 0) {
            withoutHub.setText("Every need has a hub.");
        } else {
            withoutHub.add(new Anchor("needs/without-hub", Formats.count(waiting, "need") + " without a hub yet"),
                    new Span(": send them to the hub that should have them."));
        }
        withoutHub.setVisible(true);
        freeNow.removeAll();
        List<VolunteerLine> free = roster.availableNow(chosen.id());
        free.forEach(v -> freeNow.add(new ListItem(v.name() + " · " + v.activeTasks() + " of " + v.maxTasks()
                + " tasks")));
        if (free.isEmpty()) {
            freeNow.add(new ListItem("Nobody is marked free just now."));
        }
        renewals.removeAll();
        List<VolunteerLine> due = roster.dbsRenewalsDue(chosen.id(), 30);
        due.forEach(v -> renewals.add(new ListItem(v.name() + " · " + (v.dbsRenewalDue().isBefore(LocalDate.now(clock))
                ? "expired " : "due ") + v.dbsRenewalDue().format(DateTimeFormatter.ofPattern("d MMM yyyy")))));
        if (due.isEmpty()) {
            renewals.add(new ListItem("None."));
        }
    }
}
