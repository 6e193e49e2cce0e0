package org.hubline.residents.ui;

import java.time.Clock;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;

import jakarta.annotation.security.RolesAllowed;

import org.hubline.residents.Duplicates;
import org.hubline.residents.MatchReview;
import org.hubline.residents.MergeRecord;
import org.hubline.residents.ResidentSummary;
import org.hubline.shared.security.Roles;
import org.hubline.shared.ui.Formats;
import org.hubline.shared.validation.InvalidInputException;

/**
 * Pairs of residents a handler kept apart although they looked alike. The coordinator merges
 * them (all history moves to the one kept; undo straight after, or later from the audit) or
 * confirms they are different people.
 */
@Route("residents/review")
@PageTitle("Possible duplicates · Hubline")
@Menu(title = "Possible duplicates", order = 25, icon = "vaadin:users")
@RolesAllowed(Roles.HUB_COORDINATOR)
public class DuplicateReviewView extends Div {


    private final Duplicates duplicates;
    private final Grid<MatchReview> grid = new Grid<>(MatchReview.class, false);
    private final Paragraph status = new Paragraph();

    public DuplicateReviewView(Duplicates duplicates, Clock clock) {
        this.duplicates = duplicates;
        grid.setId("duplicate-reviews");
        grid.setAriaLabel("Possible duplicate residents");
        grid.addColumn(r -> describe(r.resident())).setHeader("New record").setAutoWidth(true);
        grid.addColumn(r -> describe(r.candidate())).setHeader("Looked like").setAutoWidth(true);
        grid.addColumn(r -> r.score() + ": " + String.join(", ", r.matched())).setHeader("Why").setFlexGrow(1);
        grid.addColumn(r -> r.raisedBy() + ", " + Formats.dateTime(r.raisedAt(), clock)).setHeader("Raised")
                .setAutoWidth(true);
        grid.addComponentColumn(this::actions).setHeader("Decide").setAutoWidth(true);
        status.setId("duplicate-status");
        status.getElement().setAttribute("aria-live", "polite");
        add(new H1("Possible duplicates"), new Paragraph("Residents a call handler kept apart although they looked "
                + "alike. Merge them if they are the same person: everything recorded against the newer record "
                + "moves to the older one."), status, grid);
        refresh();
    }

    private Div actions(MatchReview review) {
        Button merge = new Button("Same person: merge", e -> {
            try {
                MergeRecord merge1 = duplicates.mergeReviewed(review.id(), review.candidate().id());
                Button undo = new Button("Undo", u -> {
                    duplicates.undoMerge(merge1.id(), "Undone straight after merging");
                    status.setText("Merge undone: " + review.resident().name() + " has their own record again.");
                });
                undo.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
                Notification n = new Notification(new Paragraph("Merged " + review.resident().name() + " into "
                        + review.candidate().name() + "."), undo);
                n.setDuration(10_000);
                n.open();
                status.setText("Merged " + review.resident().name() + " into " + review.candidate().name() + ".");
            } catch (InvalidInputException ex) {
                status.setText(ex.fieldErrors().values().iterator().next());
            }
            refresh();
        });
        merge.setAriaLabel("Same person: merge " + review.resident().name() + " into " + review.candidate().name());
        Button apart = new Button("Different people", e -> {
            try {
                duplicates.keepApart(review.id());
                status.setText("Kept apart: " + review.resident().name() + " and " + review.candidate().name() + ".");
            } catch (InvalidInputException ex) {
                status.setText(ex.fieldErrors().values().iterator().next());
            }
            refresh();
        });
        apart.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        apart.setAriaLabel("Different people: " + review.resident().name() + " and " + review.candidate().name());
        return new Div(merge, apart);
    }

    private void refresh() {
        var items = duplicates.reviewQueue();
        grid.setItems(items);
        if (items.isEmpty() && status.getText().isEmpty()) {
            status.setText("Nothing to review.");
        }
    }

    private static String describe(ResidentSummary r) {
        return r.name() + " · " + (r.dateOfBirth() == null ? "no date of birth" : Formats.date(r.dateOfBirth())) + " · "
                + (r.postcode() == null ? "no postcode" : r.postcode());
    }
}
