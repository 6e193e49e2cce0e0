package org.hubline.insight.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;

import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.hubline.insight.InsightFilter;
import org.hubline.insight.Tile;
import org.hubline.insight.TileFiles;
import org.hubline.places.Hub;
import org.hubline.shared.ui.ChartView;
import org.hubline.shared.ui.WardHexMap;
import org.hubline.test.H2Test;
import org.hubline.test.MutableClock;
import org.hubline.test.SignedIn;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Directors and coordinators open demand insight: tiles of aggregates with charts, tables and downloads. */
@H2Test
class InsightViewTests extends SpringBrowserlessTest {

    static final List<String> TILES = List.of("trend", "theme", "ward", "hub", "need", "channel", "repeat",
            "vulnerability", "referrals", "backlog", "capacity");

    @Autowired
    SignedIn signedIn;
    @Autowired
    MutableClock clock;

    @Test
    void aDirectorSeesEveryTileForTheLastFourWeeksWithChartsTablesAndDownloads() {
        clock.reset();
        signedIn.as("director");
        navigate(InsightView.class);
        assertThat(find(Paragraph.class).id("insight-total").getText()).startsWith("Every hub, 2026-10-29 to "
                + "2026-11-25:");
        for (String tile : TILES) {
            assertThat(find(Grid.class).id("insight-" + tile + "-table")).isNotNull();
            assertThat(find(Anchor.class).id("insight-" + tile + "-csv").getText()).startsWith("Download ");
            assertThat(find(Anchor.class).id("insight-" + tile + "-xlsx").getText()).endsWith("(XLSX)");
        }
        assertThat(find(WardHexMap.class).id("insight-hexmap")).isNotNull();
        assertThat(find(ChartView.class).all()).hasSizeGreaterThanOrEqualTo(10)
                .allSatisfy(c -> assertThat(c.description()).isNotBlank()
                        .doesNotContain("null"));
    }

    @Test
    void aCoordinatorChoosesOnlyAmongTheirOwnHubs() {
        clock.reset();
        signedIn.as("coordinator.south");
        navigate(InsightView.class);
        @SuppressWarnings("unchecked")
        Select<Hub> hub = find(Select.class).id("insight-hub");
        assertThat(hub.getListDataView().getItems().map(Hub::name).toList())
                .containsExactly("South Hub");
        assertThat(find(Paragraph.class).id("insight-total").getText()).startsWith("South Hub, ");
        assertThat(find(Button.class).all())
                .noneMatch(b -> "insight-check-alerts".equals(b.getId().orElse("")));
    }

    @Test
    void aDirectorIsNotOfferedToCountAgainFromTheRecords() {
        clock.reset();
        signedIn.as("director");
        navigate(InsightView.class);
        assertThat(find(Button.class).all())
                .noneMatch(b -> "insight-recount".equals(b.getId().orElse("")));
    }

    @Test
    void anAdminIsOfferedToCountAgainFromTheRecords() {
        clock.reset();
        signedIn.as("admin");
        navigate(InsightView.class);
        assertThat(find(Button.class).id("insight-recount").getText())
                .isEqualTo("Count again from the records");
    }

    @Test
    void aTileDownloadsAsCsvAndXlsxWithSmallCountsStillSuppressed() throws Exception {
        Tile tile = new Tile("ward", "Needs by ward", "Shaw 12, Coldhurst fewer than 5.", List.of("Ward", "Needs",
                "Previous period", "Change", "Needs per 1,000 residents"), List.of(
                        List.of("Shaw", "12", "fewer than 5", "", "1.2"),
                        List.of("Coldhurst, East", "fewer than 5", "0", "", ""),
                        List.of("=HYPERLINK(\"x\")", "5", "4", "+25%", "")), List.of());
        assertThat(new String(TileFiles.csv(tile), StandardCharsets.UTF_8)).isEqualTo("""
                Ward,Needs,Previous period,Change,Needs per 1,000 residents\r
                Shaw,12,fewer than 5,,1.2\r
                "Coldhurst, East",fewer than 5,0,,\r
                "'=HYPERLINK(""x"")",5,4,+25%,\r
                """.replace("Needs per 1,000 residents", "\"Needs per 1,000 residents\""));
        InsightFilter march = InsightFilter.period(LocalDate.of(2034, 3, 8), LocalDate.of(2034, 3, 14));
        assertThat(TileFiles.name(tile, march)).isEqualTo("hubline-needs-by-ward-2034-03-08-to-2034-03-14");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(TileFiles.xlsx(tile, "Every hub", march)))) {
            var sheet = book.getSheetAt(0);
            assertThat(sheet.getRow(0).getCell(0).getStringCellValue())
                    .isEqualTo("Needs by ward · Every hub · 2034-03-08 to 2034-03-14");
            assertThat(sheet.getRow(3).getCell(4).getStringCellValue()).isEqualTo("Needs per 1,000 residents");
            assertThat(sheet.getRow(4).getCell(1).getNumericCellValue()).isEqualTo(12.0);
            assertThat(sheet.getRow(4).getCell(2).getStringCellValue()).isEqualTo("fewer than 5");
            assertThat(sheet.getRow(5).getCell(1).getStringCellValue()).isEqualTo("fewer than 5");
            assertThat(sheet.getRow(6).getCell(0).getStringCellValue()).isEqualTo("=HYPERLINK(\"x\")");
        }
    }

    @Test
    void theHexMapShadesWardsByRateInFiveBands() {
        assertThat(DemandHexMap.band(0.1, 10)).isZero();
        assertThat(DemandHexMap.band(4.0, 10)).isEqualTo(2);
        assertThat(DemandHexMap.band(10, 10)).isEqualTo(4);
    }

    @Test
    void everyElementOnTheDashboardHasItsOwnId() {
        signedIn.as("director");
        navigate(InsightView.class);
        List<String> ids = new ArrayList<>();
        collectIds(UI.getCurrent(), ids);
        assertThat(ids).doesNotHaveDuplicates().contains("insight-hub", "insight-backlog-table");
    }

    private static void collectIds(Component component, List<String> ids) {
        component.getId().ifPresent(ids::add);
        component.getChildren().forEach(child -> collectIds(child, ids));
    }
}
