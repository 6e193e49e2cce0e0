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

    private void startACall() {
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("new-call")));
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

    /** Types into a combo box until it filters, then takes the first item it offers. */
    private void pick(String filter) {
        keyboard.type(filter);
        keyboard.type(Keys.ARROW_DOWN);
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
        driver.get(url("calls"));
    }

    @Test
    void aHandlerTakesFiveCallsByKeyboard() {
        winifredAskedForShoppingBefore();
        signIn("handler", DemoUsers.PASSWORD);

        startACall();
        keyboard.type("Margaret", Keys.TAB, "Holt", Keys.TAB, "14/03/1948", Keys.TAB, "07700 900461", Keys.TAB,
                "OL2 9ZP", Keys.TAB, "12 Ripponden Road");
        keyboard.tabTo("resident-vulnerabilities");
        keyboard.type(Keys.TAB, Keys.SPACE);
        keyboard.tabTo("resident-consent-hold");
        keyboard.type(Keys.SPACE);
        keyboard.alt("n");
        pick("parcel");
        choose("triage-support", 1, "Family or friends");
        saveAndCount("a new resident with a food need");

        startACall();
        keyboard.back();
        assertThat(keyboard.focusedId()).isEqualTo("call-on-behalf");
        keyboard.type(Keys.SPACE, Keys.TAB, "Pat Green", Keys.TAB, "Neighbour", Keys.TAB, "07700 900462", Keys.TAB,
                Keys.SPACE);
        keyboard.tabTo("resident-first-name");
        keyboard.type("Dorothy", Keys.TAB, "Ashworth", Keys.TAB, "02/11/1944", Keys.TAB, "0161 496 0731", Keys.TAB,
                "OL2 9ZK", Keys.TAB, "3 Shaw Road");
        keyboard.tabTo("resident-vulnerabilities");
        for (int i = 0; i < 7; i++) {
            keyboard.type(Keys.TAB);
        }
        keyboard.type(Keys.SPACE);
        keyboard.tabTo("resident-consent-hold");
        keyboard.type(Keys.SPACE);
        keyboard.alt("n");
        pick("presc");
        choose("need-when-1", 0, "Today");
        choose("triage-support", 2, "Neighbours");
        saveAndCount("a neighbour calling for an urgent prescription");

        startACall();
        keyboard.type("Winnifred", Keys.TAB, "Ogdon", Keys.TAB, "12/09/1939", Keys.TAB);
        waiting().until(d -> d.findElement(By.id("matches")).getText().contains("Winifred Ogden"));
        keyboard.alt("m");
        keyboard.type(Keys.ENTER);
        waiting().until(d -> d.findElement(By.id("returning-resident")).isDisplayed());
        keyboard.alt("n");
        pick("shop");
        choose("triage-support", 1, "Family or friends");
        saveAndCount("a returning caller with a mistyped name");

        startACall();
        keyboard.type("Aisha", Keys.TAB, "Khan", Keys.TAB, "12/07/1991", Keys.TAB, "07700 900463", Keys.TAB,
                "M35 9ZG", Keys.TAB, "41 Oldham Road");
        keyboard.tabTo("resident-children");
        keyboard.type("3");
        keyboard.tabTo("resident-consent-hold");
        keyboard.type(Keys.SPACE);
        keyboard.alt("n");
        pick("parcel");
        keyboard.alt("n");
        pick("fuel");
        keyboard.alt("n");
        pick("children");
        choose("triage-support", 0, "No one");
        saveAndCount("a parent with several needs and three children");

        startACall();
        keyboard.type("Frank", Keys.TAB, "Lees", Keys.TAB, "30/01/1952", Keys.TAB, "07700 900464", Keys.TAB,
                "OL1 1AA", Keys.TAB, "9 Union Street");
        keyboard.tabTo("resident-consent-hold");
        keyboard.type(Keys.SPACE);
        keyboard.tabTo("route-ward");
        pick("Coldhurst");
        screenshot("five-calls-ward");
        waiting().until(d -> d.findElement(By.id("route-message")).getText().contains("Hub"));
        keyboard.alt("n");
        pick("befriend");
        choose("triage-support", 0, "No one");
        saveAndCount("a caller whose postcode is not in the directory");

        assertThat(KEYS).hasSize(5);
    }
}
