package org.hubline.casework.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;

import org.hubline.accounts.Colleague;
import org.hubline.casework.CaseFile;
import org.hubline.casework.CasePeople;
import org.hubline.casework.Casework;
import org.hubline.residents.ResidentHit;
import org.hubline.residents.ResidentSearch;
import org.hubline.residents.ResidentSearchResult;
import org.hubline.shared.ui.FormErrors;
import org.hubline.shared.ui.Formats;
import org.hubline.shared.ui.Room;

/**
 * Who is in a case: the household (residents found by search, and people who are not on Hubline,
 * each removable while the case is open) and, for coordinators, handing the case to another lead.
 */
class CasePeopleSection extends Div {

    private final CaseFile file;
    private final CasePeople people;
    private final FormErrors errors;
    private final Consumer<Supplier<CaseFile>> act;
    private final Div found = new Div();

    CasePeopleSection(CaseFile file, CasePeople people, ResidentSearch search, Casework casework,
            boolean edits, boolean coordinates, FormErrors errors, Consumer<Supplier<CaseFile>> act) {
        this.file = file;
        this.people = people;
        this.errors = errors;
        this.act = act;
        setId("case-household");
        add(new H2("Household"), members(edits && file.open()));
        if (edits && file.open()) {
            add(findResident(search), someoneElse());
        }
        if (coordinates && file.open()) {
            add(handOver(casework));
        }
    }

    private UnorderedList members(boolean removable) {
        UnorderedList list = new UnorderedList();
        list.setId("case-members");
        list.add(new ListItem(new Anchor("residents/" + file.residentId(), file.residentName()),
                new Span(" · the case's resident")));
        file.members().forEach(m -> {
            ListItem item = new ListItem(new Anchor("residents/" + m.residentId(), m.name()));
            if (removable) {
                item.add(remove(m.name(), () -> people.removeResident(file.id(), m.residentId())));
            }
            list.add(item);
        });
        file.people().forEach(p -> {
            ListItem item = new ListItem(new Span(p.name() + " (" + p.relationship() + ", not on Hubline)"));
            if (removable) {
                item.add(remove(p.name(), () -> people.removePerson(file.id(), p)));
            }
            list.add(item);
        });
        return list;
    }

    private Button remove(String name, Supplier<CaseFile> removal) {
        Button remove = new Button("Remove", e -> act.accept(removal));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        remove.setAriaLabel("Remove " + name + " from the household");
        return remove;
    }

    private Div findResident(ResidentSearch search) {
        TextField terms = new TextField("Find a resident to add");
        terms.setId("case-member-search");
        terms.setHelperText("Their name, date of birth, phone or postcode");
        terms.setWidth("24em");
        Button find = new Button("Find", e -> showFound(search, terms.getValue()));
        find.setId("case-member-find");
        terms.addKeyDownListener(Key.ENTER, e -> showFound(search, terms.getValue()));
        found.setId("case-member-found");
        errors.field("member", terms);
        return new Div(new H3("Add a resident on Hubline"), new Div(terms, find), found);
    }

    private void showFound(ResidentSearch search, String text) {
        found.removeAll();
        if (!ResidentSearch.searchable(text)) {
            found.add(new Paragraph("Type at least part of a name, a date of birth, a phone number or a postcode."));
            return;
        }
        ResidentSearchResult result = search.search(text, 0, 5);
        if (result.hits().isEmpty()) {
            found.add(new Paragraph("No resident you may see matches. Add them below as someone not on Hubline."));
            return;
        }
        UnorderedList hits = new UnorderedList();
        for (ResidentHit hit : result.hits()) {
            Button add = new Button("Add", e -> act.accept(() -> people.addResident(file.id(), hit.id())));
            add.setAriaLabel("Add " + hit.name() + " to the household");
            hits.add(new ListItem(new Span(hit.name() + (hit.dateOfBirth() == null ? ""
                    : ", born " + Formats.date(hit.dateOfBirth())) + (hit.addressLine1() == null ? ""
                    : ", " + hit.addressLine1()) + " "), add));
        }
        found.add(hits);
    }

    private Div someoneElse() {
        TextField name = new TextField("Name");
        name.setId("case-person-name");
        Room.limit(name, 200);
        TextField relationship = new TextField("How they are related");
        relationship.setId("case-person-relationship");
        relationship.setHelperText("For example: son, aged 7; partner; carer.");
        Room.limit(relationship, 100);
        Button add = new Button("Add to the household", e -> act.accept(() -> people.addPerson(file.id(),
                name.getValue(), relationship.getValue())));
        add.setId("case-person-add");
        errors.field("personName", name).field("relationship", relationship).field("person", name);
        return new Div(new H3("Add someone not on Hubline"), new FormLayout(name, relationship), add);
    }

    private Div handOver(Casework casework) {
        Select<String> lead = new Select<>();
        lead.setLabel("Lead worker");
        lead.setId("case-lead");
        Map<String, String> names = casework.leadWorkers().stream()
                .collect(Collectors.toMap(Colleague::username, Colleague::displayName, (a, b) -> a, LinkedHashMap::new));
        lead.setItems(List.copyOf(names.keySet()));
        lead.setItemLabelGenerator(u -> names.getOrDefault(u, u));
        lead.setValue(file.leadWorker());
        Button hand = new Button("Hand the case over", e -> act.accept(() -> people.changeLead(file, lead.getValue())));
        hand.setId("case-hand-over");
        errors.field("leadWorker", lead);
        return new Div(new H3("Who leads the case"), new Div(lead, hand));
    }
}
