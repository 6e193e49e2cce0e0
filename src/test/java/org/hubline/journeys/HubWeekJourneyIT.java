package org.hubline.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hubline.test.ResidentBuilder.aResident;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

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
 * (Alt+F), typing her name as she says it, and logs her call asking for a food parcel; the North
 * hub's coordinator works her needs from My hub today: a volunteer task for her shopping, a
 * referral of the food parcel to the food bank, and errands not met twice, so the rules flag her;
 * the coordinator opens a case and adds her granddaughter to the household; the food bank is told
 * by email and accepts and completes the referral, and the need met shows in insight; a
 * safeguarding concern is raised, which the safeguarding lead acknowledges.
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
            return app.getBean(CallIntake.class).logCall(Calls.newCall(aResident().called("Nora", "Weekling")
                    .bornOn(LocalDate.of(1949, 5, 6)).inShaw().phone("07700 960101").agreeingToShare().build(),
                    List.of(Calls.need(taxonomy, "Shopping", null), Calls.need(taxonomy, "Errands", null))));
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

    /** "North Hub: 12 open now, 3 past due; 40 resolved…" → 40, from the backlog tile of insight. */
    private int resolvedInNorth() {
        driver.get(url("insight"));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("insight-backlog-summary")));
        Matcher m = Pattern.compile("North Hub: [^;]*; ([0-9,]+) resolved")
                .matcher(driver.findElement(By.id("insight-backlog-summary")).getText());
        assertThat(m.find()).as("the North hub's resolved needs in insight").isTrue();
        return Integer.parseInt(m.group(1).replace(",", ""));
    }

    /** Moves a need on from its row or card: the dialog, what happened, then any select and words. */
    private void moveOn(String ariaLabel, String what, String selectId, String choice, String words) {
        labelled("vaadin-button", ariaLabel).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("need-move")));
        settle();
        if (what != null) {
            chooseRadio("need-move", what);
        }
        if (selectId != null) {
            chooseFromSelect(selectId, choice);
        }
        if (words != null) {
            waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector("#need-move-reason textarea")));
            driver.findElement(By.cssSelector("#need-move-reason textarea")).sendKeys(words);
            settle();
        }
        driver.findElement(By.id("need-move-save")).click();
        settle();
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
        waiting().until(ExpectedConditions.elementToBeClickable(By.id("log-call-for-resident")));
        assertThat(driver.findElement(By.id("resident-name")).getText()).isEqualTo("Nora Weekling");
        driver.findElement(By.id("log-call-for-resident")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("call-shortcuts")));
        settle();
        keyboard.alt("n");
        keyboard.type("parcel", Keys.ENTER);
        keyboard.ctrl("s");
        waiting().until(d -> !d.findElements(By.id("resident-requests")).isEmpty()
                && d.findElement(By.id("resident-requests")).getText().contains("Emergency food parcel"));
        driver.findElement(By.id("sign-out")).click();

        signIn("coordinator", DemoUsers.PASSWORD);
        int resolvedBefore = resolvedInNorth();
        driver.get(url("my-hub"));
        openMyHubNorth();
        screenshot("my-hub-next-steps");
        assertAccessible("my hub today with next steps");

        labelled("vaadin-button", "Make a task: Food · Shopping for Nora").click();
        waiting().until(ExpectedConditions.elementToBeClickable(By.id("task-save")));
        settle();
        assertAccessible("the task dialog");
        driver.findElement(By.id("task-save")).click();
        waiting().until(d -> d.findElement(By.id("open-tasks")).getText().contains("Shopping"));

        moveOn("Move on: Mutual aid · Errands for Nora", "Not met", "need-move-not-met", "No volunteer was free",
                null);
        screenshot("need-not-met");
        waiting().until(d -> !d.findElement(By.id("hub-needs")).getText().contains("Errands"));

        labelled("a", "Refer: Food · Emergency food parcel for Nora").click();
        waiting().until(d -> d.findElement(By.id("referral-preview")).getText().contains("Name: Nora Weekling"));
        settle();
        assertAccessible("a referral from my hub");
        driver.findElement(By.id("referral-send")).click();
        waiting().until(d -> d.findElement(By.id("referral-title")).getText().contains("Sent"));
        String reference = driver.findElement(By.id("referral-title")).getText().split(" ")[0];
        assertThat(driver.findElement(By.id("referral-history")).getText())
                .contains("Partner told by system: Email sent to referrals@foodbank.example.org");

        driver.get(url("residents/" + call.residentId()));
        moveOn("Reopen: Mutual aid · Errands", null, null, null, "Her neighbour cannot do them after all");
        waiting().until(d -> d.findElement(By.id("resident-requests")).getText().contains("Errands — Routed"));
        moveOn("Move on: Mutual aid · Errands", "Not met", "need-move-not-met", "No volunteer was free", null);
        waiting().until(d -> d.findElement(By.id("resident-requests")).getText()
                .contains("Mutual aid · Errands — Not met"));

        driver.get(url("complex-demand"));
        waiting().until(ExpectedConditions.elementToBeClickable(By.id("complex-hub")));
        chooseFromSelect("complex-hub", "North Hub");
        waiting().until(d -> d.findElement(By.id("complex-demand")).getText().contains("Nora Weekling"));
        assertThat(driver.findElement(By.id("complex-demand")).getText()).contains("not met");
        screenshot("complex-demand-flagged");

        driver.get(url("hub/residents"));
        waiting().until(ExpectedConditions.elementToBeClickable(By.id("hub-residents-hub")));
        chooseFromSelect("hub-residents-hub", "North Hub");
        driver.findElement(By.cssSelector("#hub-residents-flagged input")).click();
        waiting().until(d -> d.findElement(By.id("hub-residents")).getText().contains("Nora Weekling"));
        screenshot("our-residents-flagged");
        assertAccessible("our residents, flagged as complex");

        driver.get(url("residents/" + call.residentId()));
        waiting().until(ExpectedConditions.elementToBeClickable(By.linkText("Open a case")));
        driver.findElement(By.linkText("Open a case")).click();
        waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector("#case-reason textarea")));
        settle();
        assertAccessible("open a case");
        driver.findElement(By.cssSelector("#case-reason textarea")).sendKeys("Needs keep returning; lives alone");
        settle();
        driver.findElement(By.id("case-open")).click();
        settle();
        waiting().until(d -> d.getCurrentUrl().matches(".*/cases/\\d+$"));
        waiting().until(ExpectedConditions.elementToBeClickable(By.cssSelector("#case-person-name input")));
        driver.findElement(By.cssSelector("#case-person-name input")).sendKeys("Ava");
        driver.findElement(By.cssSelector("#case-person-relationship input")).sendKeys("granddaughter, aged 6");
        settle();
        driver.findElement(By.id("case-person-add")).click();
        waiting().until(d -> d.findElement(By.id("case-members")).getText()
                .contains("Ava (granddaughter, aged 6, not on Hubline)"));
        screenshot("case-household");
        assertAccessible("a case with its household");

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

        signIn("partner", DemoUsers.PASSWORD);
        By open = By.cssSelector("vaadin-button[aria-label='Open " + reference + "']");
        waiting().until(ExpectedConditions.elementToBeClickable(open));
        driver.findElement(open).click();
        waiting().until(ExpectedConditions.elementToBeClickable(By.id("referral-accept")));
        driver.findElement(By.id("referral-accept")).click();
        waiting().until(d -> d.findElement(By.id("referral-title")).getText().contains("Accepted"));
        waiting().until(ExpectedConditions.elementToBeClickable(By.id("referral-complete")));
        driver.findElement(By.id("referral-complete")).click();
        waiting().until(d -> d.findElement(By.id("referral-title")).getText().contains("Completed"));
        driver.findElement(By.id("sign-out")).click();

        signIn("safeguarding", DemoUsers.PASSWORD);
        waiting().until(d -> d.findElement(By.id("safeguarding-open")).getText().contains("grandson keeps her card"));
        screenshot("safeguarding-queue");
        assertAccessible("the safeguarding queue");
        driver.findElement(By.cssSelector("vaadin-button[aria-label^='Acknowledge SG-']")).click();
        settle();
        waiting().until(d -> d.findElement(By.id("safeguarding-open")).getText().contains("Acknowledged"));
        driver.findElement(By.id("sign-out")).click();

        signIn("coordinator", DemoUsers.PASSWORD);
        assertThat(resolvedInNorth()).as("the food parcel met, and the errands not met twice, show in insight")
                .isGreaterThan(resolvedBefore);
    }
}
