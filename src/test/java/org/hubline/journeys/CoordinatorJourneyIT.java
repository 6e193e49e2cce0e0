package org.hubline.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hubline.test.VolunteerBuilder.aVolunteer;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;

import org.hubline.intake.CallIntake;
import org.hubline.intake.Calls;
import org.hubline.intake.LoggedCall;
import org.hubline.intake.NeedTaxonomy;
import org.hubline.places.HubDirectory;
import org.hubline.places.PostcodeImports;
import org.hubline.places.Routing;
import org.hubline.test.DemoUsers;
import org.hubline.test.SignedIn;
import org.hubline.volunteers.DbsLevel;
import org.hubline.volunteers.VolunteerRoster;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A North hub coordinator turns a routed food need into a task, allocates it to the top
 * suggestion, a volunteer of Fiona's own ward (seeing why the one whose DBS check lapsed and the
 * paused one are left out), records it done,
 * and the need is met; the South hub's coordinator never sees any of it.
 */
class CoordinatorJourneyIT extends BrowserJourney {

    @Autowired
    ApplicationContext app;

    /** North Hub's shoppers of this journey: one in Fiona's ward, one whose DBS check lapsed, one paused. */
    private void shoppersInTheNorth() {
        SignedIn signedIn = SignedIn.in(app);
        signedIn.as("coordinator");
        try {
            HubDirectory places = app.getBean(HubDirectory.class);
            long north = places.hubs().stream().filter(h -> h.code().equals("NORTH")).findFirst().orElseThrow().id();
            String shaw = places.wards().stream().filter(w -> w.name().equals("Shaw")).findFirst().orElseThrow().code();
            LocalDate today = LocalDate.now(app.getBean(Clock.class));
            VolunteerRoster roster = app.getBean(VolunteerRoster.class);
            roster.register(aVolunteer().called("Abel", "Ableshop").livingIn(shaw).forHub(north).doing("SHOPPING")
                    .freeAnyTime().takingAtMost(3).withDbs(DbsLevel.BASIC, today.minusYears(1), today.plusYears(2))
                    .build());
            roster.register(aVolunteer().called("Lena", "Lapsedshop").forHub(north).doing("SHOPPING").freeAnyTime()
                    .withDbs(DbsLevel.BASIC, today.minusYears(4), today.minusMonths(2)).build());
            roster.register(aVolunteer().called("Percy", "Pausedshop").forHub(north).doing("SHOPPING").freeAnyTime()
                    .paused().build());
        } finally {
            signedIn.nobody();
        }
    }

    private LoggedCall foodNeedForFiona() {
        SignedIn signedIn = SignedIn.in(app);
        Calls.ensureDemoPostcodes(signedIn, app.getBean(Routing.class), app.getBean(PostcodeImports.class));
        shoppersInTheNorth();
        signedIn.as("handler");
        try {
            return app.getBean(CallIntake.class).logCall(Calls.newCall(Calls.resident("Fiona", "Foodneed",
                    LocalDate.of(1952, 4, 4), Calls.SHAW, "07700 960001"),
                    List.of(Calls.need(app.getBean(NeedTaxonomy.class), "Shopping", null))));
        } finally {
            signedIn.nobody();
        }
    }

    private WebElement button(String ariaLabelStart) {
        By by = By.cssSelector("vaadin-button[aria-label^='" + ariaLabelStart + "']");
        waiting().until(ExpectedConditions.elementToBeClickable(by));
        return driver.findElement(by);
    }

    @Test
    void coordinatorAllocatesAFoodNeedToTheTopSuggestionAndTheNeedIsMet() {
        LoggedCall call = foodNeedForFiona();

        signIn("coordinator", DemoUsers.PASSWORD);
        waiting().until(ExpectedConditions.elementToBeClickable(By.id("my-hub-choice")));
        driver.findElement(By.id("my-hub-choice")).click();
        By north = By.xpath("//vaadin-select-item[normalize-space(.)='North Hub']");
        waiting().until(ExpectedConditions.elementToBeClickable(north));
        driver.findElement(north).click();
        settle();
        waiting().until(d -> d.findElement(By.id("hub-needs")).getText().contains("Fiona"));
        screenshot("my-hub");
        assertAccessible("my hub today");

        button("Make a task: Food · Shopping for Fiona").click();
        waiting().until(ExpectedConditions.elementToBeClickable(By.id("task-save")));
        settle();
        driver.findElement(By.id("task-save")).click();
        settle();

        button("Allocate Shopping").click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("suggestions")));
        settle();
        driver.findElement(By.id("excluded-details")).click();
        settle();
        assertThat(driver.findElement(By.id("excluded-volunteers")).getText())
                .contains("Lena Lapsedshop: DBS check expired on", "Percy Pausedshop: paused");
        assertThat(driver.findElement(By.id("suggestions")).getText()).contains("1. Abel Ableshop", "does shopping");
        screenshot("allocation");
        assertAccessible("the allocation dialog");
        button("Offer to Abel Ableshop").click();
        settle();

        waiting().until(d -> d.findElement(By.id("tasks-under-way")).getText().contains("Abel Ableshop"));
        button("Accepted: Shopping by Abel Ableshop").click();
        settle();
        button("Done: Shopping by Abel Ableshop").click();
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("outcome-hours")));
        settle();
        driver.findElement(By.cssSelector("#outcome-hours input")).sendKeys("1.5");
        driver.findElement(By.id("outcome-save")).click();
        settle();
        waiting().until(d -> !d.findElement(By.id("hub-needs")).getText().contains("Fiona"));

        driver.get(url("residents/" + call.residentId()));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("resident-requests")));
        assertThat(driver.findElement(By.id("resident-requests")).getText()).contains("Shopping — Met · North Hub");
        driver.findElement(By.id("sign-out")).click();

        signIn("coordinator.south", DemoUsers.PASSWORD);
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("hub-needs")));
        settle();
        assertThat(driver.findElement(By.id("hub-needs")).getText()).doesNotContain("Fiona");
        assertThat(driver.findElement(By.id("tasks-under-way")).getText()).doesNotContain("Abel Ableshop");
        driver.get(url("residents/" + call.residentId()));
        settle();
        waiting().until(d -> d.getPageSource().contains("You cannot open this resident"));
        assertThat(driver.getPageSource()).doesNotContain("Foodneed");
    }
}
