package org.hubline.insight.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;

import org.hubline.insight.Tally;
import org.hubline.test.H2Test;
import org.hubline.test.MutableClock;
import org.hubline.test.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** A director opens demand insight: tiles of aggregates, and CSV with the same suppression. */
@H2Test
class InsightViewTests extends SpringBrowserlessTest {

    @Autowired
    SignedIn signedIn;
    @Autowired
    MutableClock clock;

    @Test
    void aDirectorSeesTheDemandTilesForTheLastFourWeeks() {
        clock.reset();
        signedIn.as("director");
        navigate(InsightView.class);
        assertThat(find(Paragraph.class).id("insight-total").getText()).startsWith("Every hub, 2026-10-29 to "
                + "2026-11-25:");
        for (String tile : List.of("theme", "hub", "ward", "need", "channel")) {
            assertThat(find(Grid.class).id("insight-" + tile)).isNotNull();
        }
    }

    @Test
    void aTileDownloadsAsCsvWithSmallCountsStillSuppressed() {
        String csv = InsightView.csv(List.of(new Tally("Shaw", 12, 3, 1.2, false, true),
                new Tally("Coldhurst", 2, 0, null, true, false)), true);
        assertThat(csv).isEqualTo("""
                label,needs,previous,change,per_1000
                "Shaw",12,fewer than 5,,1.2
                "Coldhurst",fewer than 5,0,,
                """);
    }
}
