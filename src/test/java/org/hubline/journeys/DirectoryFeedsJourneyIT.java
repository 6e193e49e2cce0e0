package org.hubline.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.hubline.referrals.FeedFixture;
import org.hubline.test.DemoUsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * An admin reads a neighbouring directory's Open Referral UK feed into the partner directory in
 * the browser: registers it by keyboard, previews it, refreshes it, and finds its service in the
 * directory marked with where it came from. Both pages pass axe.
 */
class DirectoryFeedsJourneyIT extends BrowserJourney {

    /** Moves to the button, as a keyboard user's focus would, and presses it with Enter. */
    private void press(String label) {
        var button = driver.findElement(By.cssSelector("vaadin-button[aria-label='" + label + "']"));
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript("arguments[0].scrollIntoView({block: 'center'}); arguments[0].focus()", button);
        button.sendKeys(Keys.ENTER);
    }

    @Test
    void anAdminReadsANeighboursFeedIntoTheDirectory() throws Exception {
        String id = UUID.randomUUID().toString();
        try (FeedFixture fixture = new FeedFixture(10)) {
            fixture.publish(id, """
                    {"id": "%s", "name": "Neighbourly warm space", "status": "active",
                     "url": "https://neighbour.example.org/warm", "description": "A heated room and a hot drink",
                     "organization": {"id": "%s", "name": "Neighbourly Welcome", "description": "Next door"},
                     "attributes": [{"id": "%s", "taxonomy_term": {"id": "%s", "taxonomy": "hubline-needs",
                                     "code": "FUEL"}}]}""".formatted(id, UUID.randomUUID(), UUID.randomUUID(),
                    UUID.randomUUID()));
            signIn("admin", DemoUsers.PASSWORD);
            driver.get(url("admin/directory-feeds"));
            waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#feed-name input")));
            settle();
            driver.findElement(By.cssSelector("#feed-name input")).sendKeys("Neighbouring directory");
            driver.findElement(By.cssSelector("#feed-url input")).sendKeys(fixture.baseUrl(), Keys.ENTER);
            driver.findElement(By.id("feed-register")).click();
            waiting().until(d -> d.findElement(By.id("feed-result")).getText().contains("is registered"));
            settle();
            screenshot("admin-directory-feed-registered");
            press("Preview Neighbouring directory");
            waiting().until(d -> d.findElement(By.id("feed-result")).getText().contains("offers 1 service"));
            press("Refresh Neighbouring directory now");
            waiting().until(d -> d.findElement(By.id("feed-result")).getText().contains("1 added"));
            settle();
            screenshot("admin-directory-feeds");
            assertAccessible("directory feeds");
        }
        driver.get(url("directory"));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#directory-search input")));
        settle();
        driver.findElement(By.cssSelector("#directory-search input")).sendKeys("Neighbourly warm", Keys.ENTER);
        waiting().until(d -> d.findElement(By.id("directory-services")).getText()
                .contains("From Neighbouring directory") && !d.findElement(By.id("directory-services")).getText()
                .contains("Emergency food parcels"));
        assertThat(driver.findElement(By.id("directory-services")).getText()).contains("Refreshed from its feed");
        screenshot("admin-directory-with-a-feed");
        assertAccessible("the partner directory");
        driver.findElement(By.id("add-service")).click();
        waiting().until(d -> !d.findElements(By.cssSelector("vaadin-checkbox")).isEmpty());
        settle();
        screenshot("admin-add-service");
        assertAccessible("the service dialog");
    }
}
