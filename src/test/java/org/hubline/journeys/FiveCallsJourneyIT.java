package org.hubline.journeys;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hubline.test.ResidentBuilder.aResident;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.hubline.intake.CallIntake;
import org.hubline.intake.Calls;
import org.hubline.intake.NeedTaxonomy;
import org.hubline.places.PostcodeImports;
import org.hubline.places.Routing;
import org.hubline.test.DemoUsers;
import org.hubline.test.SignedIn;
import org.hubline.test.Unique;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;

/**
 * A call handler takes five typical calls in a row by keyboard alone, and the keys each one took
 * are counted and printed: a new resident with a food need, a neighbour calling for an urgent
 * prescription, a returning caller whose name is mistyped, a parent with several needs, and a
 * caller whose postcode is not in the directory.
 */
class FiveCallsJourneyIT extends BrowserJourney {

    private static final Map<String, Integer> KEYS = new LinkedHashMap<>();

    @Autowired
    ApplicationContext app;

    private Keyboard keyboard;

    @BeforeEach
    void demoPostcodesInForce() {
        Calls.ensureDemoPostcodes(SignedIn.in(app), app.getBean(Routing.class), app.getBean(PostcodeImports.class));
        keyboard = new Keyboard(driver, this::settle);
    }

    @AfterAll
    static void printTheKeys() {
        StringBuilder report = new StringBuilder("Keys pressed for the five calls:");
        KEYS.forEach((call, keys) -> report.append("\n  ").append(keys).append("  ").append(call));
        report.append("\n  ").append(KEYS.values().stream().mapToInt(Integer::intValue).sum()).append("  in all");
        System.out.println(report);
    }

    /** Winifred Ogden of Shaw asked for shopping before, and is waiting for a callback. */
    private void winifredAskedForShoppingBefore() {
        SignedIn signedIn = SignedIn.in(app);
        signedIn.as("handler");
        try {
            app.getBean(CallIntake.class).logCall(Calls.newCall(aResident().called("Winifred", "Ogden")
                    .bornOn(LocalDate.of(1939, 9, 12)).inShaw().phone(Unique.phone()).build(),
                    List.of(Calls.need(app.getBean(NeedTaxonomy.class), "Shopping", null))));
        } finally {
            signedIn.nobody();
        }
    }

    /** Alt+C from wherever the handler is: the calls page, or the resident page the last call saved to. */
    private void startACall() {
        keyboard.reset();
        keyboard.alt("c");
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("call-shortcuts")));
        settle();
        assertThat(keyboard.focusedId()).isEqualTo("resident-first-name");
    }

    /** Opens a select with the keyboard, moves down {@code downs} items and chooses. */
    private void choose(String id, int downs, String expected) {
        keyboard.tabTo(id);
        keyboard.type(Keys.ARROW_DOWN);
        for (int i = 0; i < downs; i++) {
            keyboard.type(Keys.ARROW_DOWN);
        }
        keyboard.type(Keys.ENTER);
        assertThat(driver.findElement(By.id(id)).getText()).contains(expected);
    }

    /** Types a new resident's details in the order the form asks for them, and ticks their consent. */
    private void aResidentWhoConsents(String first, String last, String born, String phone, String postcode,
            String address) {
        keyboard.type(first, Keys.TAB, last, Keys.TAB, born, Keys.TAB, phone, Keys.TAB, postcode, Keys.TAB, address);
        keyboard.tabTo("resident-consent-hold");
        keyboard.type(Keys.SPACE);
    }

    /** Answers a radio question: Space takes the first answer, each arrow down the next one. */
    private void answer(String id, int downs, String expected) {
        keyboard.tabTo(id);
        if (downs == 0) {
            keyboard.type(Keys.SPACE);
        }
        for (int i = 0; i < downs; i++) {
            keyboard.type(Keys.ARROW_DOWN);
        }
        assertThat(driver.findElement(By.cssSelector("#" + id + " vaadin-radio-button[checked]")).getText())
                .contains(expected);
    }

    /** Types a few letters of an item into a combo box and takes the first match with Enter. */
    private void pick(String filter) {
        keyboard.type(filter);
        keyboard.type(Keys.ENTER);
    }

    private void saveAndCount(String call) {
        keyboard.ctrl("s");
        waiting().until(d -> !d.findElements(By.id("resident-name")).isEmpty()
                || d.findElement(By.id("call-errors")).isDisplayed());
        screenshot("five-calls-" + (KEYS.size() + 1));
        assertThat(driver.findElements(By.id("resident-name"))).as(() -> call + " was not saved: "
                + driver.findElement(By.id("call-errors")).getText()).isNotEmpty();
        settle();
        KEYS.put(call, keyboard.pressed());
    }

    @Test
    void aHandlerTakesFiveCallsByKeyboard() {
        winifredAskedForShoppingBefore();
        signIn("handler", DemoUsers.PASSWORD);
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("new-call")));

        startACall();
        aResidentWhoConsents("Margaret", "Holt", "14031948", "07700 900461", "OL2 9ZP", "12 Ripponden Road");
        answer("triage-support", 1, "Family or friends");
        keyboard.alt("n");
        pick("parcel");
        saveAndCount("a new resident with a food need");
        assertThat(driver.findElement(By.id("resident-requests")).getText()).contains("Emergency food parcel",
                "aged 70+");

        startACall();
        keyboard.back();
        assertThat(keyboard.focusedId()).isEqualTo("call-on-behalf");
        keyboard.type(Keys.SPACE);
        keyboard.type(Keys.TAB, "Pat Green", Keys.TAB, "Neighbour", Keys.TAB, "07700 900462", Keys.TAB,
                Keys.SPACE);
        keyboard.tabTo("resident-first-name");
        aResidentWhoConsents("Dorothy", "Ashworth", "02111944", "0161 496 0731", "OL2 9ZK", "3 Shaw Road");
        answer("triage-support", 2, "Neighbours");
        keyboard.tabTo("resident-vulnerabilities");
        pick("alone");
        keyboard.alt("n");
        pick("presc");
        choose("need-when-1", 0, "Today");
        saveAndCount("a neighbour calling for an urgent prescription");
        assertThat(driver.findElement(By.id("resident-requests")).getText()).contains("lives alone",
                "medicines needed today");

        startACall();
        keyboard.type("Winnifred", Keys.TAB, "Ogdon", Keys.TAB, "12091939", Keys.TAB);
        waiting().until(d -> d.findElement(By.id("matches")).getText().contains("Winifred Ogden"));
        assertThat(driver.findElement(By.id("matches")).getText()).contains("Open now: 1 open need · a callback "
                + "waiting");
        keyboard.alt("m");
        keyboard.type(Keys.ENTER);
        waiting().until(d -> d.findElement(By.id("open-work")).isDisplayed());
        assertThat(keyboard.focusedId()).startsWith("follow-up-request-");
        keyboard.type(Keys.SPACE);
        assertThat(driver.findElement(By.id("open-work")).getText()).contains("Food · Shopping",
                "Close the callback they are waiting for");
        screenshot("five-calls-returning");
        assertAccessible("the call screen for a returning caller");
        saveAndCount("a returning caller with a mistyped name");
        assertThat(driver.findElement(By.id("resident-requests")).getText()).containsOnlyOnce("Shopping");

        startACall();
        aResidentWhoConsents("Aisha", "Khan", "12071991", "07700 900463", "M35 9ZG", "41 Oldham Road");
        answer("triage-support", 0, "No one");
        keyboard.tabTo("resident-children");
        keyboard.type("3");
        keyboard.alt("n");
        pick("parcel");
        keyboard.alt("n");
        pick("fuel");
        keyboard.alt("n");
        pick("children");
        saveAndCount("a parent with several needs and three children");
        assertThat(driver.findElement(By.id("resident-requests")).getText()).contains("Children and families",
                "3 children");

        startACall();
        keyboard.type("Frank", Keys.TAB, "Lees", Keys.TAB, "30011952", Keys.TAB, "07700 900464", Keys.TAB,
                "OL1 1AA", Keys.TAB, "9 Union Street", Keys.TAB);
        assertThat(keyboard.focusedId()).as("the ward is asked beside the address").isEqualTo("route-ward");
        pick("Coldhurst");
        waiting().until(d -> d.findElement(By.id("route-message")).getText().contains("Hub"));
        keyboard.tabTo("resident-consent-hold");
        keyboard.type(Keys.SPACE);
        answer("triage-support", 0, "No one");
        keyboard.alt("n");
        pick("befriend");
        saveAndCount("a caller whose postcode is not in the directory");

        assertThat(KEYS).hasSize(5);
        assertThat(callbacksOf("Winifred Ogden")).isZero();
    }

    private long callbacksOf(String name) {
        driver.get(url("calls"));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("callback-queue")));
        settle();
        return driver.findElement(By.id("callback-queue")).getText().lines().filter(l -> l.contains(name)).count();
    }
}
