package org.hubline.intake.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.hubline.intake.CallIntake;
import org.hubline.intake.CallRecord;
import org.hubline.intake.NeedWork;
import org.hubline.intake.ResidentPage;
import org.hubline.intake.ResidentPages;
import org.hubline.intake.ResidentPanels;
import org.hubline.residents.ConsentChange;
import org.hubline.residents.Duplicates;
import org.hubline.residents.ResidentDetails;
import org.hubline.residents.Vulnerability;
import org.hubline.shared.PhoneNumber;
import org.hubline.shared.security.CurrentUser;
import org.hubline.shared.security.Role;
import org.hubline.shared.security.Roles;
import org.hubline.shared.ui.Formats;
import org.hubline.shared.validation.InvalidInputException;
import org.springframework.security.access.AccessDeniedException;

/**
 * Everything about one resident across time: details, help requests and their needs, calls,
 * consent history, merges and who has viewed the record (opening it is audited).
 */
@Route("residents/:id")
@PageTitle("Resident · Hubline")
@RolesAllowed({Roles.CALL_HANDLER, Roles.HUB_COORDINATOR})
public class ResidentView extends Div implements BeforeEnterObserver {

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("d MMMM yyyy");

    private long currentId;

    private final CallIntake intake;
    private final NeedWork needWork;
    private final Duplicates duplicates;
    private final CurrentUser currentUser;
    private final ResidentPages pages;
    private final Clock clock;

    public ResidentView(CallIntake intake, NeedWork needWork, Duplicates duplicates, CurrentUser currentUser,
            ResidentPages pages, Clock clock) {
        this.intake = intake;
        this.needWork = needWork;
        this.duplicates = duplicates;
        this.currentUser = currentUser;
        this.pages = pages;
        this.clock = clock;
        addClassName("hubline-resident");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        long id;
        try {
            id = Long.parseLong(event.getRouteParameters().get("id").orElse(""));
        } catch (NumberFormatException e) {
            removeAll();
            add(new H1("Resident not found"), new Paragraph("There is no resident at this address."));
            return;
        }
        try {
            currentId = id;
            show(pages.open(id));
        } catch (AccessDeniedException e) {
            removeAll();
            add(new H1("You cannot open this resident"), new Paragraph(e.getMessage()));
        } catch (InvalidInputException e) {
            removeAll();
            add(new H1("Resident not found"), new Paragraph("There is no resident " + id + "."));
        }
    }

    private void show(ResidentPage page) {
        removeAll();
        ResidentDetails d = page.resident().details();
        H1 name = new H1(page.resident().name());
        name.setId("resident-name");
        Button newCall = new Button("Log a call for " + d.firstName(), e -> getUI().ifPresent(ui -> ui.navigate(
                "calls/new", QueryParameters.of("resident", String.valueOf(page.resident().id())))));
        newCall.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        newCall.setId("log-call-for-resident");
        add(name, new Paragraph("Resident " + page.resident().id() + " · " + (page.hubName() == null
                ? "not routed to a hub" : page.hubName() + (page.wardName() == null ? "" : " · " + page.wardName()))),
                newCall, details(d), panels(page.panels()), new RequestCards(intake, needWork, clock, this::reload).of(page.history().requests(),
                        page.needNotes()),
                calls(page.history().calls()),
                consent(page.consent()), merges(page), viewings(page));
    }

    private Section details(ResidentDetails d) {
        UnorderedList facts = new UnorderedList();
        facts.setId("resident-facts");
        fact(facts, "Date of birth", d.dateOfBirth() == null ? "not known"
                : d.dateOfBirth().format(DAY) + " (" + Period.between(d.dateOfBirth(), LocalDate.now(clock)).getYears()
                        + ")");
        fact(facts, "Address", join(d.addressLine1(), d.addressLine2(), d.town(), d.postcode()));
        fact(facts, "Phone", join(phone(d.phone()), phone(d.otherPhone())));
        fact(facts, "Email", d.email());
        fact(facts, "Prefers", d.preferredContact() == null ? null : d.preferredContact().label());
        fact(facts, "Language", d.language() == null ? null
                : d.language() + (d.interpreterNeeded() ? ", needs an interpreter" : ""));
        fact(facts, "Household", d.adults() + (d.adults() == 1 ? " adult" : " adults") + ", " + d.children()
                + (d.children() == 1 ? " child" : " children"));
        fact(facts, "Vulnerability", d.vulnerabilities().isEmpty() ? "none recorded"
                : d.vulnerabilities().stream().sorted().map(Vulnerability::label).collect(Collectors.joining(", ")));
        fact(facts, "Help must respect", d.supportLine().isEmpty() ? "nothing recorded" : d.supportLine());
        fact(facts, "GP surgery", d.gpSurgery());
        fact(facts, "Pharmacy", d.pharmacy());
        fact(facts, "Consent", (d.consentToHold() ? "to hold their details" : "NOT to hold their details") + "; "
                + (d.consentToShare() ? "to share with partners" : "not to share with partners"));
        return new Section(new H2("Details"), facts);
    }

    private void reload() {
        show(pages.open(currentId));
    }

    private Section panels(List<ResidentPanels.Panel> panels) {
        Section section = new Section();
        section.setId("resident-panels");
        for (var p : panels) {
            Anchor title = new Anchor(p.link(), p.title());
            UnorderedList lines = new UnorderedList();
            p.lines().forEach(l -> lines.add(new ListItem(l)));
            section.add(new H2(title), lines);
        }
        section.setVisible(!panels.isEmpty());
        return section;
    }

    private Section calls(List<CallRecord> calls) {
        Grid<CallRecord> grid = new Grid<>(CallRecord.class, false);
        grid.setId("resident-calls");
        grid.addColumn(c -> Formats.dateTime(c.occurredAt(), clock)).setHeader("When").setAutoWidth(true);
        grid.addColumn(c -> c.direction().label() + " · " + c.channel().label()).setHeader("Call").setAutoWidth(true);
        grid.addColumn(c -> c.outcome().label()).setHeader("Outcome").setAutoWidth(true);
        grid.addColumn(CallRecord::handler).setHeader("Handler").setAutoWidth(true);
        grid.addColumn(c -> c.onBehalf() == null ? "" : c.onBehalf().name() + " (" + c.onBehalf().relationship() + ")")
                .setHeader("On behalf");
        grid.addColumn(c -> c.note() == null ? "" : c.note()).setHeader("Note").setFlexGrow(1);
        grid.setItems(calls);
        grid.setAllRowsVisible(true);
        grid.setAriaLabel("Calls with this resident");
        long attempts = calls.stream().filter(c -> !c.outcome().contact()).count();
        return new Section(new H2("Calls"), new Paragraph(Formats.count(calls.size(), "call") + ", "
                + Formats.count(attempts, "unsuccessful attempt")), grid);
    }

    private Section consent(List<ConsentChange> history) {
        UnorderedList list = new UnorderedList();
        list.setId("resident-consent");
        for (ConsentChange c : history) {
            list.add(new ListItem(Formats.dateTime(c.recordedAt(), clock) + " · " + c.kind().label() + ": "
                    + (c.given() ? "given" : "not given") + " · recorded by " + c.recordedBy()
                    + (c.note() == null ? "" : " · " + c.note())));
        }
        return new Section(new H2("Consent history"), list);
    }

    private Section merges(ResidentPage page) {
        Section section = new Section(new H2("Merged records"));
        if (page.merges().isEmpty()) {
            section.add(new Paragraph("This resident has not been merged with anyone."));
        }
        boolean decides = currentUser.require().hasRole(Role.HUB_COORDINATOR);
        page.merges().forEach(m -> {
            Paragraph line = new Paragraph(m.merged().name() + " (resident " + m.merged().id() + ") merged into "
                    + m.survivor().name() + " by " + m.mergedBy() + " on " + Formats.dateTime(m.mergedAt(), clock)
                    + (m.undoneAt() == null ? "" : "; undone by " + m.undoneBy() + " on "
                            + Formats.dateTime(m.undoneAt(), clock)
                            + (m.undoReason() == null ? "" : ": " + m.undoReason())));
            section.add(line);
            if (decides && m.undoneAt() == null) {
                Button undo = new Button("Undo this merge", e -> new UndoMergeDialog(duplicates, m, this::reload)
                        .open());
                undo.setAriaLabel("Undo this merge of " + m.merged().name() + " into " + m.survivor().name());
                undo.setId("undo-merge-" + m.id());
                section.add(undo);
            }
        });
        return section;
    }

    private Section viewings(ResidentPage page) {
        UnorderedList list = new UnorderedList();
        list.setId("resident-viewings");
        page.viewings().forEach(v -> list.add(new ListItem(v.actor() + " · " + v.detail() + " · "
                + Formats.dateTime(v.occurredAt(), clock))));
        return new Section(new H2("Who has viewed this record"), list);
    }

    private static void fact(UnorderedList list, String label, String value) {
        list.add(new ListItem(label + ": " + (value == null || value.isBlank() ? "not recorded" : value)));
    }

    private static String phone(String digits) {
        return digits == null ? null : PhoneNumber.parseAnywhere(digits).map(PhoneNumber::formatted).orElse(digits);
    }

    private static String join(String... parts) {
        return Arrays.stream(parts).filter(p -> p != null && !p.isBlank()).collect(Collectors.joining(", "));
    }
}
