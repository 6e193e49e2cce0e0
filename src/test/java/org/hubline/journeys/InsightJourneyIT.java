package org.hubline.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import org.hubline.test.DemoUsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A director opens demand insight on the demo data in Chromium: every chart is drawn by Chart.js
 * with a text alternative, the ward hex map is shaded, the page passes axe, and nowhere on it is
 * a resident's name, street or phone number. A coordinator sees the same for their own hubs.
 */
class InsightJourneyIT extends BrowserJourney {

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void aDirectorSeesWhereDemandComesFromInChartsAndTablesWithoutAnyResidentsDetails() {
        signIn("director", DemoUsers.PASSWORD);
        driver.findElements(By.cssSelector("#main-menu vaadin-side-nav-item")).stream()
                .filter(e -> e.getText().trim().equals("Demand insight")).findFirst().orElseThrow().click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("insight-tiles")));
        settle();
        List<WebElement> charts = driver.findElements(By.cssSelector("hubline-chart"));
        assertThat(charts).hasSizeGreaterThanOrEqualTo(10);
        waiting().until(d -> d.findElements(By.cssSelector("hubline-chart[data-drawn]")).size() == charts.size());
        JavascriptExecutor js = (JavascriptExecutor) driver;
        for (WebElement chart : charts) {
            String label = (String) js.executeScript(
                    "return arguments[0].shadowRoot.querySelector('canvas').getAttribute('aria-label')", chart);
            assertThat(label).as("each chart says what it shows").isNotBlank();
            Boolean drawn = (Boolean) js.executeScript("const c = arguments[0].shadowRoot.querySelector('canvas');"
                    + "return c.width > 0 && c.height > 0 && !!arguments[0].chart", chart);
            assertThat(drawn).as("Chart.js drew " + label).isTrue();
        }
        assertThat(driver.findElement(By.id("insight-total")).getText()).startsWith("Every hub, ")
                .doesNotContain(" 0 needs");
        assertThat(driver.findElements(By.cssSelector("#insight-hexmap polygon"))).hasSizeGreaterThanOrEqualTo(20);
        assertThat(driver.findElement(By.id("insight-referrals-summary")).getText()).contains("Oldham Foodbank");
        screenshot("insight-director");
        for (String tile : List.of("trend", "ward", "repeat", "referrals")) {
            js.executeScript("document.getElementById('tile-" + tile + "').scrollIntoView()");
            screenshot("insight-director-" + tile);
        }
        assertAccessible("demand insight");

        String page = driver.findElement(By.tagName("body")).getText();
        for (var resident : jdbc.queryForList("SELECT first_name, last_name, address_line1, phone FROM resident")) {
            assertThat(page).doesNotContain(resident.get("FIRST_NAME") + " " + resident.get("LAST_NAME"))
                    .doesNotContain((String) resident.get("ADDRESS_LINE1"));
            if (resident.get("PHONE") != null) {
                assertThat(page).doesNotContain((String) resident.get("PHONE"));
            }
        }
    }

    @Test
    void aCoordinatorSeesTheFiguresOfTheirOwnHubs() {
        signIn("coordinator", DemoUsers.PASSWORD);
        driver.get(url("insight"));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("insight-total")));
        settle();
        assertThat(driver.findElement(By.id("insight-total")).getText()).startsWith("Central Hub and North Hub, ");
        assertThat(driver.findElement(By.id("insight-backlog-table")).getText()).contains("North Hub")
                .doesNotContain("South Hub");
        assertAccessible("demand insight for a coordinator");
    }
}
