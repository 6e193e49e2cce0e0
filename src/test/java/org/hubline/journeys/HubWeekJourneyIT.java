package org.hubline.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;

import org.hubline.intake.CallIntake;
import org.hubline.intake.Calls;
import org.hubline.intake.LoggedCall;
import org.hubline.intake.NeedTaxonomy;
import org.hubline.places.PostcodeImports;
import org.hubline.places.Routing;
import org.hubline.test.DemoUsers;
import org.hubline.test.SignedIn;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A week of a crisis in one hub: a handler finds a returning resident by the header's search
 * (Alt+F), typing her name as she says it, and opens her page; the North hub's coordinator works
 * her needs from My hub today: one not met (no volunteer free), one sent to the South hub where she
 * is staying, a case opened for her, and a safeguarding concern raised, which the safeguarding lead
 * acknowledges.
 */
class HubWeekJourneyIT extends BrowserJourney {

    @Autowired
    ApplicationContext app;

    private LoggedCall noraAskedForShoppingAndErrands() {
        SignedIn signedIn = SignedIn.in(app);
        Calls.ensureDemoPostcodes(signedIn, app.getBean(Routing.class), app.getBean(PostcodeImports.class));
        signedIn.as("handler");
        try {
            NeedTaxonomy taxonomy = app.getBean(NeedTaxonomy.class);
            return app.getBean(CallIntake.class).logCall(Calls.newCall(Calls.resident("Nora", "Weekling",
                    LocalDate.of(1949, 5, 6), Calls.SHAW, "07700 960101"), List.of(Calls.need(taxonomy, "Shopping",
                            null), Calls.need(taxonomy, "Errands", null))));
        } finally {
            signedIn.nobody();
        }
    }

    private WebElement labelled(String tag, String ariaLabel) {
        By by = By.cssSelector(tag + "[aria-label='" + ariaLabel + "']");
        waiting().until(ExpectedConditions.elementToBeClickable(by));
        return driver.findElement(by);
    }

    /**
     * Chooses an answer as a keyboard user does: Space on the first, then an arrow down for each
     * one after it, and waits until it is checked.
     */
    private void chooseRadio(String groupId, String label) {
        By radios = By.cssSelector("#" + groupId + " vaadin-radio-button");
        waiting().until(ExpectedConditions.elementToBeClickable(radios));
        List<String> labels = driver.findElements(radios).stream().map(WebElement::getText).map(String::trim)
                .toList();
        int index = labels.indexOf(label);
        assertThat(index).as("%s among %s", label, labels).isNotNegative();
        ((JavascriptExecutor) driver).executeScript("arguments[0].focus()",
                driver.findElements(radios).get(0).findElement(By.tagName("input")));
        Keyboard keys = new Keyboard(driver, this::settle);
        keys.type(Keys.SPACE);
        for (int i = 0; i < index; i++) {
            keys.type(Keys.ARROW_DOWN);
        }
        waiting().until(d -> d.findElement(By.cssSelector("#" + groupId + " vaadin-radio-button[checked]")).getText()
                .trim().equals(label));
        settle();
    }

    private void chooseFromSelect(String selectId, String label) {
        waiting().until(ExpectedConditions.elementToBeClickable(By.id(selectId)));
        driver.findElement(By.id(selectId)).click();
        By item = By.xpath("//vaadin-select-item[normalize-space(.)='" + label + "']");
        waiting().until(ExpectedConditions.elementToBeClickable(item));
        driver.findElement(item).click();
        settle();
    }

    private void openMyHubNorth() {
        waiting().until(ExpectedConditions.elementToBeClickable(By.id("my-hub-choice")));
        chooseFromSelect("my-hub-choice", "North Hub");
        waiting().until(d -> d.findElement(By.id("hub-needs")).getText().contains("Nora"));
    }

    @Test
    void aHubWorksAReturningResidentsNeedsThroughTheWeek() {
        LoggedCall call = noraAskedForShoppingAndErrands();
        Keyboard keyboard = new Keyboard(driver, this::settle);

        signIn("handler", DemoUsers.PASSWORD);
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("find-resident")));
        keyboard.alt("f");
        keyboard.type("weekling 06/05/1949", Keys.ENTER);
        waiting().until(d -> d.findElement(By.id("resident-search-summary")).getText().contains("1 resident found"));
        assertThat(driver.findElement(By.id("resident-search-results")).getText()).contains("Nora Weekling",
                "date of birth");
        assertThat(driver.getCurrentUrl()).as("the terms stay out of the address").doesNotContain("weekling");
        screenshot("find-a-resident");
        assertAccessible("find a resident");
        driver.findElement(By.id("resident-hit-" + call.residentId())).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("resident-name")));
        assertThat(driver.findElement(By.id("resident-name")).getText()).isEqualTo("Nora Weekling");
        driver.findElement(By.id("sign-out")).click();

        signIn("coordinator", DemoUsers.PASSWORD);
        openMyHubNorth();
        screenshot("my-hub-next-steps");
        assertAccessible("my hub today with next steps");

        labelled("vaadin-button", "Move on: Food · Shopping for Nora").click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("need-move")));
        settle();
        chooseRadio("need-move", "Not met");
        chooseFromSelect("need-move-not-met", "No volunteer was free");
        screenshot("need-not-met");
        assertAccessible("the move-on dialog");
        driver.findElement(By.id("need-move-save")).click();
        settle();
        waiting().until(d -> !d.findElement(By.id("hub-needs")).getText().contains("Food · Shopping\nNora"));

        labelled("vaadin-button", "Move on: Mutual aid · Errands for Nora").click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("need-move")));
        settle();
        chooseRadio("need-move", "Send to another hub");
        waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector("#need-move-hub input")));
        driver.findElement(By.cssSelector("#need-move-hub input")).click();
        By south = By.xpath("//vaadin-combo-box-item[normalize-space(.)='South Hub']");
        waiting().until(ExpectedConditions.elementToBeClickable(south));
        driver.findElement(south).click();
        settle();
        waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector("#need-move-reason textarea")));
        driver.findElement(By.cssSelector("#need-move-reason textarea")).sendKeys("Staying with her daughter");
        settle();
        screenshot("need-sent");
        driver.findElement(By.id("need-move-save")).click();
        settle();
        waiting().until(d -> !d.findElement(By.id("hub-needs")).getText().contains("Nora"));

        driver.get(url("residents/" + call.residentId()));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("resident-requests")));
        assertThat(driver.findElement(By.id("resident-requests")).getText())
                .contains("Food · Shopping — Not met (No volunteer was free) · North Hub",
                        "Mutual aid · Errands — Routed · South Hub");
        driver.findElement(By.linkText("Open a case")).click();
        waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector("#case-reason textarea")));
        settle();
        assertAccessible("open a case");
        driver.findElement(By.cssSelector("#case-reason textarea")).sendKeys("Needs keep returning; lives alone");
        settle();
        driver.findElement(By.id("case-open")).click();
        settle();
        waiting().until(d -> d.getCurrentUrl().matches(".*/cases/\\d+$"));
        screenshot("case-opened");

        driver.get(url("residents/" + call.residentId()));
        waiting().until(ExpectedConditions.elementToBeClickable(By.linkText("Raise a safeguarding concern")));
        driver.findElement(By.linkText("Raise a safeguarding concern")).click();
        waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector("#concern-what textarea")));
        settle();
        chooseFromSelect("concern-category", "Financial or material abuse");
        driver.findElement(By.cssSelector("#concern-what textarea")).sendKeys("Says her grandson keeps her card");
        driver.findElement(By.cssSelector("#concern-danger input")).click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.id("concern-call-999")));
        screenshot("raise-a-concern");
        assertAccessible("raise a safeguarding concern");
        driver.findElement(By.id("concern-raise")).click();
        waiting().until(d -> d.findElement(By.tagName("h1")).getText().matches("Concern SG-\\d+ raised"));
        driver.findElement(By.id("sign-out")).click();

        signIn("safeguarding", DemoUsers.PASSWORD);
        waiting().until(d -> d.findElement(By.id("safeguarding-open")).getText().contains("grandson keeps her card"));
        screenshot("safeguarding-queue");
        assertAccessible("the safeguarding queue");
        driver.findElement(By.cssSelector("vaadin-button[aria-label^='Acknowledge SG-']")).click();
        settle();
        waiting().until(d -> d.findElement(By.id("safeguarding-open")).getText().contains("Acknowledged"));
    }
}
