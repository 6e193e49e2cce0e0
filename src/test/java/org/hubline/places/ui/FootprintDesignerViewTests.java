package org.hubline.places.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;

import org.hubline.places.Hub;
import org.hubline.places.HubDirectory;
import org.hubline.places.Ward;
import org.hubline.shared.ui.WardHexMap;
import org.hubline.test.H2Test;
import org.hubline.test.MutableClock;
import org.hubline.test.SignedIn;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** An admin sees the five hubs on the hex map, moves a ward, sees the effect, and applies it. */
@H2Test
class FootprintDesignerViewTests extends SpringBrowserlessTest {

    @Autowired
    SignedIn signedIn;
    @Autowired
    HubDirectory directory;
    @Autowired
    MutableClock clock;

    @BeforeEach
    void openAsAdmin() {
        clock.reset();
        signedIn.as("admin");
        navigate(FootprintDesignerView.class);
    }

    private String cards() {
        return find(Div.class).id("hub-cards").getElement().getTextRecursively();
    }

    /** The "hub after the change" chooser in the ward's row of the wards table. */
    @SuppressWarnings("unchecked")
    private ComboBox<Hub> chooserFor(String ward) {
        Grid<Ward> grid = find(Grid.class).id("footprint-wards");
        for (int row = 0; row < test(grid).size(); row++) {
            if (test(grid).getRow(row).name().equals(ward)) {
                ComboBox<Hub> chooser = (ComboBox<Hub>) test(grid).getCellComponent(row, 3);
                assertThat(chooser.getAriaLabel()).contains("Hub for " + ward);
                return chooser;
            }
        }
        throw new AssertionError("No row for " + ward);
    }

    @Test
    void theDesignerShowsFiveHubsOnTheHexMapAndFlagsTheOneOutsideTheBand() {
        assertThat(cards()).contains("North Hub", "East Hub", "South Hub", "West Hub", "Central Hub")
                .contains("56,836 residents in 5 wards", "Above the 30,000–55,000 band");
        var svg = find(WardHexMap.class).single().getElement().getChild(0);
        assertThat(svg.getAttribute("role")).isEqualTo("img");
        long hexes = svg.getChildren().filter(e -> "g".equals(e.getTag())).count();
        assertThat(hexes).isEqualTo(20);
        assertThat(svg.getChildren().filter(e -> "g".equals(e.getTag())).map(e -> e.getChild(0).getText()))
                .contains("Waterhead: East Hub, 13,629 residents");
    }

    @Test
    void movingAWardPreviewsTheEffectAndNeedsAReasonToApply() {
        Hub south = directory.hubs().stream().filter(h -> h.code().equals("SOUTH")).findFirst().orElseThrow();
        test(chooserFor("Alexandra")).selectItem(south.name());

        assertThat(find(Paragraph.class).id("footprint-summary").getText())
                .contains("1 ward moves to another hub: Alexandra to South Hub")
                .contains("open help requests would move");
        assertThat(cards()).contains("62,659 residents in 5 wards");

        test(find(Button.class).id("footprint-apply")).click();
        TextField reason = find(TextField.class).id("footprint-reason");
        assertThat(reason.isInvalid()).isTrue();
        assertThat(reason.getErrorMessage()).isEqualTo("Say why the footprint is changing");
        assertThat(find(Paragraph.class).id("footprint-summary").getText()).contains("Alexandra to South Hub");

        test(reason).setValue("Testing the designer");
        test(find(Button.class).id("footprint-apply")).click();
        assertThat(directory.hubForWard("E05014646", LocalDate.now(clock)).orElseThrow().code())
                .isEqualTo("SOUTH");
        assertThat(find(Paragraph.class).id("footprint-summary").getText()).isEqualTo("No changes proposed.");
    }
}
