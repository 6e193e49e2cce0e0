package org.hubline.residents.ui;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.provider.CallbackDataProvider;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.hubline.residents.Duplicates;
import org.hubline.residents.ResidentHit;
import org.hubline.residents.ResidentSearch;
import org.hubline.residents.ResidentSearchResult;
import org.hubline.shared.security.CurrentUser;
import org.hubline.shared.security.Role;
import org.hubline.shared.security.Roles;
import org.hubline.shared.ui.Formats;
import org.hubline.shared.ui.ShellSearch;

/**
 * The resident search's results: everyone matching what was typed (in the header, Alt+F, or
 * here), best first, paged as the list scrolls. Each name opens the resident's page.
 */
@Route(FindResidentView.ROUTE)
@PageTitle("Find a resident · Hubline")
@Menu(title = "Find a resident", order = 12, icon = "vaadin:search")
@RolesAllowed({Roles.CALL_HANDLER, Roles.HUB_COORDINATOR})
public class FindResidentView extends Div implements BeforeEnterObserver {

    static final String ROUTE = "residents";

    private final ResidentSearch search;
    private final Clock clock;
    private final TextField terms = new TextField("Name, date of birth, phone, postcode, UPRN or reference");
    private final Paragraph summary = new Paragraph();
    private final Grid<ResidentHit> results = new Grid<>(ResidentHit.class, false);
    private final Duplicates duplicates;
    private final boolean merges;
    private final Set<ResidentHit> picked = new LinkedHashSet<>();
    private final Div mergeBar = new Div();

    public FindResidentView(ResidentSearch search, Duplicates duplicates, CurrentUser currentUser, Clock clock) {
        this.search = search;
        this.duplicates = duplicates;
        this.merges = currentUser.require().hasRole(Role.HUB_COORDINATOR);
        this.clock = clock;
        addClassName("hubline-find-resident");
        terms.setId("resident-search-terms");
        terms.setWidth("32rem");
        terms.setMaxWidth("100%");
        terms.setHelperText("For example: thompson 14/03/1948, 07700 900123, OL2 9ZP, HR-1042");
        terms.setMaxLength(200);
        terms.addKeyDownListener(Key.ENTER, e -> run());
        Button find = new Button("Search", e -> run());
        find.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        find.setId("resident-search-run");
        HorizontalLayout bar = new HorizontalLayout(terms, find);
        bar.setAlignItems(FlexComponent.Alignment.BASELINE);
        summary.setId("resident-search-summary");
        summary.getElement().setAttribute("aria-live", "polite");
        summary.getElement().setAttribute("tabindex", "-1");
        columns();
        mergeBar.setId("merge-bar");
        mergeBar.addClassName("hubline-next-steps");
        mergeBar.setVisible(false);
        add(new H1("Find a resident"), bar, summary, mergeBar, results);
    }

    private void columns() {
        results.setId("resident-search-results");
        results.setAriaLabel("Residents found");
        results.addThemeVariants(GridVariant.LUMO_WRAP_CELL_CONTENT);
        results.addComponentColumn(h -> {
            Anchor open = new Anchor("residents/" + h.id(), h.name());
            open.setId("resident-hit-" + h.id());
            return open;
        }).setHeader("Name").setAutoWidth(true);
        results.addColumn(this::born).setHeader("Date of birth").setAutoWidth(true);
        results.addColumn(h -> join(h.addressLine1(), h.postcode())).setHeader("Address").setAutoWidth(true);
        results.addColumn(h -> h.phone() == null ? "" : h.phone()).setHeader("Phone").setAutoWidth(true);
        results.addColumn(h -> String.join(", ", h.matched())).setHeader("Matched on").setFlexGrow(1);
        if (merges) {
            results.addComponentColumn(this::pick).setHeader("Same person?").setAutoWidth(true);
        }
        results.setPageSize(50);
        // Enter or Space on a row (or a click) opens the resident, as the name's link does.
        results.asSingleSelect().addValueChangeListener(e -> {
            if (e.getValue() != null) {
                getUI().ifPresent(ui -> ui.navigate("residents/" + e.getValue().id()));
            }
        });
        results.setVisible(false);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        ShellSearch.take(event.getUI()).ifPresent(text -> {
            terms.setValue(text);
            run();
        });
        if (terms.isEmpty()) {
            terms.focus();
        }
    }

    private void run() {
        String text = terms.getValue();
        if (!ResidentSearch.searchable(text)) {
            results.setVisible(false);
            summary.setText("Type at least two letters of a name, or a date of birth, phone number, postcode, UPRN "
                    + "or reference.");
            return;
        }
        picked.clear();
        showMergeBar();
        ResidentSearchResult first = search.search(text, 0, results.getPageSize());
        results.setItems(new CallbackDataProvider<ResidentHit, Void>(
                q -> q.getOffset() == 0 && q.getLimit() <= first.hits().size() ? first.hits().stream()
                        .limit(q.getLimit()) : search.search(text, q.getOffset(), q.getLimit()).hits().stream(),
                q -> first.total()));
        results.setVisible(first.total() > 0);
        summary.setText(first.total() == 0
                ? "Nobody matches. Check the spelling, try the start of a name, or search by date of birth or postcode."
                : (first.narrowed() ? "Showing the best " + first.total() + " of many: add a date of birth, postcode "
                        + "or first name to narrow it." : first.total() + (first.total() == 1 ? " resident" : " residents")
                        + " found, best match first."));
        if (first.total() > 0) {
            results.focus();
        } else {
            summary.getElement().callJsFunction("focus");
        }
    }

    /** A coordinator picks two residents found who are one person, to merge them. */
    private Checkbox pick(ResidentHit h) {
        Checkbox box = new Checkbox("Pick", picked.contains(h));
        box.setAriaLabel("Pick " + h.name() + " to merge");
        box.addValueChangeListener(e -> {
            if (e.getValue()) {
                picked.add(h);
            } else {
                picked.remove(h);
            }
            showMergeBar();
        });
        return box;
    }

    private void showMergeBar() {
        mergeBar.removeAll();
        mergeBar.setVisible(!picked.isEmpty());
        if (picked.size() == 2) {
            Button merge = new Button("Merge the two picked", e -> new MergeFoundDialog(duplicates,
                    List.copyOf(picked), record -> {
                        Notification.show("Merged into " + record.survivor().name());
                        getUI().ifPresent(ui -> ui.navigate("residents/" + record.survivor().id()));
                    }).open());
            merge.setId("merge-picked");
            mergeBar.add(new Span("Two picked: "), merge);
        } else {
            mergeBar.add(new Span(picked.size() == 1 ? "Pick one more resident to merge them."
                    : "Pick only two residents to merge."));
        }
    }

    private String born(ResidentHit h) {
        return h.dateOfBirth() == null ? "not known" : Formats.date(h.dateOfBirth()) + " ("
                + Period.between(h.dateOfBirth(), LocalDate.now(clock)).getYears() + ")";
    }

    private static String join(String a, String b) {
        return a == null ? (b == null ? "" : b) : b == null ? a : a + ", " + b;
    }
}
