package org.hubline.residents.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hubline.intake.Calls.need;
import static org.hubline.intake.Calls.newCall;
import static org.hubline.intake.Calls.resident;

import java.time.LocalDate;
import java.util.List;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;

import org.hubline.intake.CallIntake;
import org.hubline.intake.Calls;
import org.hubline.intake.LoggedCall;
import org.hubline.intake.NeedTaxonomy;
import org.hubline.residents.MatchQuery;
import org.hubline.residents.MatchReview;
import org.hubline.residents.ResidentMatch;
import org.hubline.residents.Residents;
import org.hubline.test.DemoBorough;
import org.hubline.test.H2Test;
import org.hubline.test.MutableClock;
import org.hubline.test.SignedIn;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;

/** A coordinator sees a pair a handler kept apart and merges them from the review page. */
@H2Test
@ExtendWith(DemoBorough.class)
class DuplicateReviewViewTests extends SpringBrowserlessTest {

    @Autowired
    SignedIn signedIn;
    @Autowired
    CallIntake intake;
    @Autowired
    Residents residents;
    @Autowired
    NeedTaxonomy taxonomy;
    @Autowired
    MutableClock clock;

    @Test
    void aCoordinatorMergesAPairAHandlerKeptApart() {
        signedIn.as("handler");
        LoggedCall first = intake.logCall(newCall(resident("Robert", "Pairing", LocalDate.of(1944, 8, 9), Calls.SHAW,
                "07700 922001"), List.of(need(taxonomy, "Shopping", null))));
        ResidentMatch possible = residents.findMatches(new MatchQuery("Bob", "Pairing", null, null, null, Calls.SHAW,
                null, null), 5).stream().filter(m -> m.residentId() == first.residentId()).findFirst().orElseThrow();
        LoggedCall second = intake.logCall(Calls.keptApart(newCall(resident("Bob", "Pairing", null, Calls.SHAW,
                "07700 922002"), List.of(need(taxonomy, "Errands", null))), possible));

        signedIn.as("coordinator");
        navigate(DuplicateReviewView.class);
        @SuppressWarnings("unchecked")
        Grid<MatchReview> grid =
                find(Grid.class).id("duplicate-reviews");
        Button merge = null;
        for (int row = 0; row < test(grid).size(); row++) {
            if (test(grid).getRow(row).resident().id() == second.residentId()) {
                merge = (Button) test(grid).getCellComponent(row, 4).getChildren().findFirst().orElseThrow();
            }
        }
        assertThat(merge.getElement().getAttribute("aria-label")).isEqualTo("Same person: merge Bob Pairing into Robert Pairing");
        test(merge).click();

        assertThat(find(Paragraph.class).id("duplicate-status").getText())
                .isEqualTo("Merged Bob Pairing into Robert Pairing.");
        assertThat(residents.get(second.residentId()).id()).isEqualTo(first.residentId());
    }
}
