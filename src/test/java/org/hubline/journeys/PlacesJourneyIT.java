package org.hubline.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.hubline.test.DemoUsers;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * An admin looks at the hub footprints on the hex map, imports a postcode file through the
 * browser, and a call handler then finds the hub for one of its postcodes.
 */
class PlacesJourneyIT extends BrowserJourney {

    @Test
    void adminSeesTheFootprintsOnTheHexMapAndTheWardsAndBothPagesAreAccessible() {
        signIn("admin", DemoUsers.PASSWORD);
        driver.get(url("admin/footprints"));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("svg.hubline-hexmap-svg")));
        settle();
        assertThat(driver.findElements(By.cssSelector("svg.hubline-hexmap-svg g.hubline-hex"))).hasSize(20);
        assertThat(driver.findElement(By.id("hub-cards")).getText()).contains("East Hub", "Above the 30,000–55,000 band");
        screenshot("admin-footprints");
        assertAccessible("the footprint designer");

        driver.get(url("admin/places"));
        waiting().until(d -> d.findElement(By.id("wards")).getText().contains("Alexandra"));
        screenshot("admin-wards-and-hubs");
        assertAccessible("wards and hubs");
    }

    @Test
    void adminImportsAPostcodeFileAndAHandlerFindsTheHub() throws Exception {
        Path file = Files.createTempDirectory("hubline-upload").resolve("oldham-postcodes.csv");
        Files.writeString(file, "postcode,ward_code\nOL1 3ZZ,E05014650\nnonsense,E05014650\n");

        signIn("admin", DemoUsers.PASSWORD);
        driver.get(url("admin/postcodes"));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("postcode-upload")));
        settle();
        WebElement input = (WebElement) ((JavascriptExecutor) driver).executeScript(
                "return document.getElementById('postcode-upload').querySelector('input[type=file]')"
                        + " || document.getElementById('postcode-upload').shadowRoot.querySelector('input[type=file]')");
        input.sendKeys(file.toAbsolutePath().toString());
        new WebDriverWait(driver, Duration.ofSeconds(30)).until(d -> d.findElement(By.id("postcode-progress-text"))
                .getText().contains("1 postcode imported, 1 row rejected"));
        assertThat(driver.findElement(By.id("postcode-rejections")).getText()).contains("not a UK postcode");
        screenshot("admin-postcodes");
        assertAccessible("the postcode directory");
        driver.findElement(By.id("sign-out")).click();

        signIn("handler", DemoUsers.PASSWORD);
        driver.get(url("find-hub"));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#find-postcode input")));
        settle();
        driver.findElement(By.cssSelector("#find-postcode input")).sendKeys("ol13zz", Keys.ENTER);
        waiting().until(d -> d.findElement(By.id("find-answer")).getText().contains("Coldhurst → Central Hub"));
        screenshot("handler-find-hub");
        assertAccessible("find a hub");
    }
}
