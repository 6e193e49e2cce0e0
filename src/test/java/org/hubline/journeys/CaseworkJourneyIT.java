package org.hubline.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.hubline.casework.CaseFile;
import org.hubline.casework.Casework;
import org.hubline.intake.CallIntake;
import org.hubline.intake.Calls;
import org.hubline.intake.LoggedCall;
import org.hubline.intake.NeedTaxonomy;
import org.hubline.places.PostcodeImports;
import org.hubline.places.Routing;
import org.hubline.referrals.ReferralSummary;
import org.hubline.referrals.Referrals;
import org.hubline.test.DemoUsers;
import org.hubline.test.SignedIn;
import org.hubline.volunteers.HubTasks;
import org.hubline.volunteers.TaskSummary;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A resident who called three times in a week shows up in the North hub's complex-demand queue
 * with the reason; the coordinator opens a case and adds a plan of two actions (a referral to the
 * food bank and a volunteer shopping task); both complete; the coordinator closes the case.
 */
class CaseworkJourneyIT extends BrowserJourney {

    @Autowired
    ApplicationContext app;

    private SignedIn as(String user) {
        SignedIn signedIn = SignedIn.in(app);
        signedIn.as(user);
        return signedIn;
    }

    private LoggedCall threeCallsFromWinston() {
        SignedIn signedIn = SignedIn.in(app);
        Calls.ensureDemoPostcodes(signedIn, app.getBean(Routing.class), app.getBean(PostcodeImports.class));
        as("handler");
        CallIntake intake = app.getBean(CallIntake.class);
        NeedTaxonomy taxonomy = app.getBean(NeedTaxonomy.class);
        LoggedCall first = intake.logCall(Calls.newCall(Calls.resident("Winston", "Weekly", LocalDate.of(1944, 9, 9),
                Calls.SHAW, "07700 991001"), List.of(Calls.need(taxonomy, "Shopping", null))));
        intake.logCall(Calls.returningCall(intake.resident(first.residentId()),
                List.of(Calls.need(taxonomy, "Emergency food parcel", null))));
        intake.logCall(Calls.returningCall(intake.resident(first.residentId()),
                List.of(Calls.need(taxonomy, "Befriending", null))));
        app.getBean(Referrals.class).recordConsentNow(first.needs().get(0).id(), "Agreed for a case plan");
        signedIn.nobody();
        return first;
    }

    private void choose(String selectId, String item) {
        driver.findElement(By.id(selectId)).click();
        By option = By.xpath("//vaadin-select-item[normalize-space(.)='" + item + "']");
        waiting().until(ExpectedConditions.elementToBeClickable(option));
        driver.findElement(option).click();
        settle();
    }

    private void pick(String comboId, String text) {
        WebElement input = driver.findElement(By.cssSelector("#" + comboId + " input"));
        input.click();
        input.sendKeys(text);
        settle();
        new Actions(driver).sendKeys(Keys.ARROW_DOWN, Keys.ENTER).perform();
        settle();
    }

    @Test
    void aRepeatCallerIsFlaggedAndACasePlanWithAReferralAndATaskIsCompletedAndClosed() {
        threeCallsFromWinston();

        signIn("coordinator", DemoUsers.PASSWORD);
        driver.get(url("complex-demand"));
        waiting().until(ExpectedConditions.elementToBeClickable(By.id("complex-hub")));
        choose("complex-hub", "North Hub");
        waiting().until(d -> d.findElement(By.id("complex-demand")).getText().contains("Winston Weekly"));
        assertThat(driver.findElement(By.id("complex-demand")).getText()).contains("3+ calls in 28 days");
        screenshot("complex-demand");
        assertAccessible("the complex-demand queue");

        driver.findElement(By.cssSelector("vaadin-button[aria-label='Open a case for Winston Weekly']")).click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("case-lead")));
        settle();
        pick("case-lead", "Colin");
        driver.findElement(By.id("case-open")).click();
        waiting().until(d -> d.findElement(By.id("case-title")).getText().contains("Winston Weekly"));
        String caseUrl = driver.getCurrentUrl();

        driver.findElement(By.cssSelector("#action-description input")).sendKeys("Food parcel this week");
        choose("action-owner", "Partner (referral)");
        pick("action-need", "Food · Emergency");
        pick("action-service", "Oldham Foodbank");
        driver.findElement(By.id("case-add-action")).click();
        waiting().until(d -> d.findElement(By.id("case-actions")).getText().contains("Oldham Foodbank"));

        driver.findElement(By.cssSelector("#action-description input")).sendKeys("Weekly shop");
        choose("action-owner", "Volunteer (task)");
        pick("action-need", "Food · Shopping");
        choose("action-task-type", "Shopping");
        driver.findElement(By.cssSelector("#action-due input")).sendKeys(
                LocalDate.now().plusDays(2).format(DateTimeFormatter.ofPattern("dd/MM/yyyy")),
                Keys.ENTER);
        settle();
        driver.findElement(By.id("case-add-action")).click();
        waiting().until(d -> d.findElement(By.id("case-actions")).getText().contains("Volunteer (Shopping)"));
        screenshot("case-plan");
        assertAccessible("the case page");

        completeBothActions(caseUrl);
        driver.get(caseUrl);
        waiting().until(d -> d.findElement(By.id("case-actions")).getText().contains("Referral"));
        assertThat(driver.findElement(By.id("case-actions")).getText()).contains("Completed", "Task: Done");
        driver.findElement(By.cssSelector("#case-outcome input")).sendKeys("Parcel delivered and weekly shop in place");
        driver.findElement(By.id("case-close")).click();
        waiting().until(d -> d.findElement(By.id("case-title")).getText().contains("(closed)"));
        assertThat(driver.findElement(By.id("case-about")).getText())
                .contains("outcome: Parcel delivered and weekly shop in place");
    }

    /** The food bank completes the referral and a volunteer does the shop (through the services). */
    private void completeBothActions(String caseUrl) {
        long caseId = Long.parseLong(caseUrl.replaceAll(".*/cases/(\\d+).*", "$1"));
        SignedIn signedIn = as("coordinator");
        try {
            CaseFile file = app.getBean(Casework.class).view(caseId);
            long referralId = file.actions().stream().filter(a -> a.referralId() != null).findFirst().orElseThrow()
                    .referralId();
            long taskId = file.actions().stream().filter(a -> a.taskId() != null).findFirst().orElseThrow().taskId();
            HubTasks tasks = app.getBean(HubTasks.class);
            TaskSummary task = tasks.task(taskId);
            tasks.done(tasks.accepted(tasks.allocate(task, tasks.suggest(taskId).get(0).volunteerId())),
                    new BigDecimal("1.5"));
            signedIn.as("partner");
            Referrals referrals = app.getBean(Referrals.class);
            ReferralSummary r = referrals.referral(referralId);
            referrals.complete(referrals.accept(r, null), "Delivered");
        } finally {
            signedIn.nobody();
        }
    }
}
