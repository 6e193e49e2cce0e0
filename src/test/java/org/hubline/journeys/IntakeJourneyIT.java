package org.hubline.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hubline.test.ResidentBuilder.aResident;

import java.time.LocalDate;
import java.util.List;

import org.hubline.intake.CallIntake;
import org.hubline.intake.Calls;
import org.hubline.intake.NeedTaxonomy;
import org.hubline.places.PostcodeImports;
import org.hubline.places.Routing;
import org.hubline.test.DemoUsers;
import org.hubline.test.SignedIn;
import org.hubline.test.Unique;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A call handler takes a call from a returning resident using only the keyboard: she is
 * recognised despite a typo, medicine and food needs are recorded, the priority shows its
 * reasons, the call is saved and its needs reach the North hub, and the callback queue shows it.
 */
class IntakeJourneyIT extends BrowserJourney {

    @Autowired
    ApplicationContext app;

    private Keyboard keyboard;

    @BeforeEach
    void demoPostcodesInForce() {
        Calls.ensureDemoPostcodes(SignedIn.in(app), app.getBean(Routing.class), app.getBean(PostcodeImports.class));
        keyboard = new Keyboard(driver, this::settle);
    }

    /** Winifred Ogden of Shaw called the helpline before: she is on the register. */
    private void aResidentWhoCalledBefore() {
        SignedIn signedIn = SignedIn.in(app);
        signedIn.as("handler");
        try {
            app.getBean(CallIntake.class).logCall(Calls.newCall(aResident().called("Winifred", "Ogden")
                    .bornOn(LocalDate.of(1939, 9, 12)).inShaw().phone(Unique.phone()).build(),
                    List.of(Calls.need(app.getBean(NeedTaxonomy.class), "Befriending", null))));
        } finally {
            signedIn.nobody();
        }
    }

    @Test
    void callHandlerLogsAReturningResidentsCallByKeyboardAndItReachesTheHub() {
        aResidentWhoCalledBefore();
        signIn("handler", DemoUsers.PASSWORD);
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("new-call")));
        keyboard.alt("c");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("call-shortcuts")));
        settle();
        assertThat(driver.findElement(By.id("call-shortcuts")).getText()).contains("Ctrl+S", "Alt+N");
        assertThat(keyboard.focusedId()).isEqualTo("resident-first-name");

        keyboard.type("Winnifred", Keys.TAB, "Ogdon", Keys.TAB, "12/09/1939", Keys.TAB);
        screenshot("call-typed");
        waiting().until(d -> d.findElement(By.id("matches")).getText().contains("Winifred Ogden"));
        assertThat(driver.findElement(By.id("matches")).getText()).contains("Likely match", "name", "date of birth");
        screenshot("call-matches");

        keyboard.alt("m");
        assertThat(keyboard.focusedId()).startsWith("use-resident-");
        keyboard.type(Keys.ENTER);
        waiting().until(d -> d.findElement(By.id("returning-resident")).isDisplayed());
        assertThat(driver.findElement(By.id("route-message")).getText()).contains("North Hub");

        keyboard.alt("n");
        assertThat(keyboard.focusedId()).isEqualTo("need-type-1");
        keyboard.type("Medicines");
        keyboard.type(Keys.ARROW_DOWN, Keys.ENTER);
        keyboard.type(Keys.TAB);
        assertThat(keyboard.focusedId()).isEqualTo("need-when-1");
        keyboard.type(Keys.ARROW_DOWN);
        keyboard.type(Keys.ENTER);
        keyboard.alt("n");
        assertThat(keyboard.focusedId()).isEqualTo("need-type-2");
        keyboard.type("Food · Shopping");
        keyboard.type(Keys.ARROW_DOWN, Keys.ENTER);
        waiting().until(d -> d.findElement(By.id("triage-reasons")).getText().contains("medicines needed today"));

        for (int i = 0; i < 30 && !"triage-support".equals(keyboard.focusedId()); i++) {
            keyboard.back();
        }
        assertThat(keyboard.focusedId()).as("who supports them is asked with her situation, before the needs")
                .isEqualTo("triage-support");
        assertThat(driver.findElement(By.cssSelector("#triage-support vaadin-radio-button[checked]")).getText())
                .as("what she said last time").isEqualTo("Family or friends");
        keyboard.type(Keys.ARROW_UP);
        waiting().until(d -> d.findElement(By.id("triage-reasons")).getText().contains("no one supporting them now"));
        assertThat(driver.findElement(By.id("triage-priority")).getText()).isEqualTo("P1 · same day");
        for (int i = 0; i < 40 && !"call-callback".equals(keyboard.focusedId()); i++) {
            keyboard.type(Keys.TAB);
        }
        assertThat(keyboard.focusedId()).isEqualTo("call-callback");
        keyboard.type(Keys.SPACE);
        screenshot("call-ready-to-save");
        assertAccessible("the new call screen");

        keyboard.ctrl("s");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("resident-name")));
        settle();
        assertThat(driver.findElement(By.id("resident-name")).getText()).isEqualTo("Winifred Ogden");
        String requests = driver.findElement(By.id("resident-requests")).getText();
        assertThat(requests).contains("P1 · same day", "medicines needed today", "Prescription collection",
                "needed today", "Shopping", "Routed · North Hub");
        assertThat(driver.findElement(By.id("resident-viewings")).getText()).contains("handler");
        screenshot("resident-page");
        assertAccessible("the resident page");

        driver.get(url("calls"));
        waiting().until(d -> d.findElement(By.id("callback-queue")).getText()
                .contains("medicines needed today · no one supporting them now"));
        screenshot("callback-queue");
        assertAccessible("the callback queue");
    }

    @Test
    void aDateOfBirthThatIsNotADateIsRefusedBesideTheFieldAndALongNoteSaysHowMuchRoomIsLeft() {
        signIn("handler", DemoUsers.PASSWORD);
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("new-call")));
        keyboard.alt("c");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("call-shortcuts")));
        settle();
        keyboard.type("Iris", Keys.TAB, "Impossible", Keys.TAB, "31/02/1950", Keys.TAB);
        keyboard.ctrl("s");
        settle();
        waiting().until(d -> d.findElement(By.id("call-errors")).isDisplayed());
        assertThat(driver.findElement(By.id("call-errors")).getText()).contains("Date of birth: Enter a real date");
        assertThat(driver.findElement(By.id("resident-dob")).getDomAttribute("invalid")).isNotNull();
        assertThat((String) ((JavascriptExecutor) driver).executeScript(
                "return document.getElementById('resident-dob').inputElement.value")).isEqualTo("31/02/1950");
        assertThat(driver.getCurrentUrl()).contains("calls/new");

        JavascriptExecutor js = (JavascriptExecutor) driver;
        assertThat((String) js.executeScript("return document.getElementById('call-note').helperText"))
                .isEqualTo("Up to 2,000 characters");
        js.executeScript("const note = document.getElementById('call-note'); note.value = 'x'.repeat(1700);"
                + "note.dispatchEvent(new Event('input'));");
        assertThat((String) js.executeScript("return document.getElementById('call-note').helperText"))
                .isEqualTo("300 characters left");
        screenshot("call-impossible-date");
        assertAccessible("the call screen refusing a date");
    }
}
