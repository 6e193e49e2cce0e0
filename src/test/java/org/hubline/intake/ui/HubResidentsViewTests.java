package org.hubline.intake.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.IntStream;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;

import org.hubline.intake.CallIntake;
import org.hubline.intake.Calls;
import org.hubline.intake.HubResident;
import org.hubline.intake.LoggedCall;
import org.hubline.intake.NeedTaxonomy;
import org.hubline.intake.NeedWork;
import org.hubline.shared.security.HubRef;
import org.hubline.test.DemoBorough;
import org.hubline.test.H2Test;
import org.hubline.test.SignedIn;
import org.hubline.test.Unique;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;

/** A coordinator lists her hub's residents and narrows them to those still waiting for help. */
@H2Test
@ExtendWith(DemoBorough.class)
class HubResidentsViewTests extends SpringBrowserlessTest {

    @Autowired
    SignedIn signedIn;
    @Autowired
    CallIntake intake;
    @Autowired
    NeedTaxonomy taxonomy;
    @Autowired
    NeedWork needWork;

    private LoggedCall aCallFrom(String first) {
        signedIn.as("handler");
        return intake.logCall(Calls.newCall(Calls.resident(first, "Listed" + Unique.letters(), Unique.birthday(),
                Calls.SHAW, Unique.phone()), List.of(Calls.need(taxonomy, "Shopping", null))));
    }

    @Test
    @SuppressWarnings("unchecked")
    void aCoordinatorNarrowsHerResidentsToThoseWithOpenNeedsAndOpensOne() {
        LoggedCall waiting = aCallFrom("Wendy");
        LoggedCall helped = aCallFrom("Harriet");
        signedIn.as("coordinator");
        needWork.markMet(helped.needs().get(0).id(), null);
        navigate(HubResidentsView.class);
        test((Select<HubRef>) find(Select.class).id("hub-residents-hub")).selectItem("North Hub");
        Grid<HubResident> grid = find(Grid.class).id("hub-residents");
        assertThat(ids(grid)).contains(waiting.residentId(), helped.residentId());

        test(find(Checkbox.class).id("hub-residents-open")).click();
        assertThat(ids(grid)).contains(waiting.residentId()).doesNotContain(helped.residentId());
        assertThat(find(Paragraph.class).id("hub-residents-count").getText()).contains("of North Hub");
        int row = ids(grid).indexOf(waiting.residentId());
        assertThat(((Anchor) test(grid).getCellComponent(row, 0)).getHref())
                .isEqualTo("residents/" + waiting.residentId());
        assertThat(test(grid).getCellText(row, 2)).startsWith("1 · most urgent");
    }

    private List<Long> ids(Grid<HubResident> grid) {
        return IntStream.range(0, test(grid).size()).mapToObj(i -> test(grid).getRow(i).residentId()).toList();
    }
}
