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
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A handler refers a resident's food need to the food bank, recording the resident's consent on
 * the call; the food bank's partner user accepts and completes it in their portal; the handler
 * sees every step in the referral's history and the need met on the resident's page.
 */
class ReferralJourneyIT extends BrowserJourney {

    @Autowired
    ApplicationContext app;

    private LoggedCall foodNeedForRuby() {
        SignedIn signedIn = SignedIn.in(app);
        Calls.ensureDemoPostcodes(signedIn, app.getBean(Routing.class), app.getBean(PostcodeImports.class));
        signedIn.as("handler");
        try {
            return app.getBean(CallIntake.class).logCall(Calls.newCall(Calls.resident("Ruby", "Referral",
                    LocalDate.of(1960, 6, 6), Calls.SHAW, "07700 990001"),
                    List.of(Calls.need(app.getBean(NeedTaxonomy.class), "Emergency food parcel", null))));
        } finally {
            signedIn.nobody();
        }
    }

    @Test
    void handlerRefersAFoodNeedToTheFoodBankWhichAcceptsAndCompletesIt() {
        LoggedCall call = foodNeedForRuby();
        long needId = call.needs().get(0).id();

        signIn("handler", DemoUsers.PASSWORD);
        driver.get(url("residents/" + call.residentId()));
        waiting().until(ExpectedConditions.elementToBeClickable(By.id("refer-need-" + needId)));
        driver.findElement(By.id("refer-need-" + needId)).click();
        waiting().until(d -> d.findElement(By.id("referral-preview")).getText().contains("Name: Ruby Referral"));
        settle();
        assertThat(driver.findElement(By.id("referral-service")).getText()).contains("1. Oldham Foodbank");
        assertThat(driver.findElement(By.id("referral-consent")).getText()).contains("has not consented");
        assertThat(driver.findElement(By.id("referral-preview")).getText()).doesNotContain("1960");
        screenshot("referral-new");
        assertAccessible("the new referral page");
        driver.findElement(By.cssSelector("#referral-consent-now input")).click();
        driver.findElement(By.cssSelector("#referral-note textarea")).sendKeys("No cooker; deliver after 2pm");
        driver.findElement(By.id("referral-send")).click();
        waiting().until(d -> d.findElement(By.id("referral-title")).getText().contains("Sent"));
        String reference = driver.findElement(By.id("referral-title")).getText().split(" ")[0];
        String referralUrl = driver.getCurrentUrl();
        assertThat(driver.findElement(By.id("referral-history")).getText()).contains("Sent by handler",
                "Partner told");
        driver.findElement(By.id("sign-out")).click();

        signIn("partner", DemoUsers.PASSWORD);
        waiting().until(d -> d.findElement(By.id("partner-new")).getText().contains(reference));
        screenshot("partner-portal");
        assertAccessible("the partner portal");
        By open = By.cssSelector("vaadin-button[aria-label='Open " + reference + "']");
        waiting().until(ExpectedConditions.elementToBeClickable(open));
        driver.findElement(open).click();
        waiting().until(ExpectedConditions.elementToBeClickable(By.id("referral-accept")));
        assertThat(driver.findElement(By.id("referral-shared")).getText()).contains("From the hub: No cooker");
        driver.findElement(By.id("referral-accept")).click();
        waiting().until(d -> d.findElement(By.id("referral-title")).getText().contains("Accepted"));
        driver.findElement(By.cssSelector("#referral-action-note input")).sendKeys("Delivered on Thursday");
        waiting().until(ExpectedConditions.elementToBeClickable(By.id("referral-complete")));
        driver.findElement(By.id("referral-complete")).click();
        waiting().until(d -> d.findElement(By.id("referral-title")).getText().contains("Completed"));
        screenshot("partner-referral");
        assertAccessible("a referral in the partner portal");
        driver.findElement(By.id("sign-out")).click();

        signIn("handler", DemoUsers.PASSWORD);
        driver.get(referralUrl);
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("referral-history")));
        assertThat(driver.findElement(By.id("referral-history")).getText()).contains("Accepted by partner (partner)",
                "Completed by partner (partner): Delivered on Thursday");
        driver.get(url("residents/" + call.residentId()));
        waiting().until(d -> d.findElement(By.id("resident-requests")).getText().contains("Completed"));
        assertThat(driver.findElement(By.id("resident-requests")).getText())
                .contains("Referred to Oldham Foodbank · Emergency food parcels (" + reference + "): Completed",
                        "Emergency food parcel — Met");
    }
}
