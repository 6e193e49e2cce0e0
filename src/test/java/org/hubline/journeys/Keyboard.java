package org.hubline.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.interactions.Actions;

/**
 * A handler's keyboard, counting every key pressed as a person would press it: a capital or a
 * symbol typed with Shift is two keys, a shortcut such as Alt+N is two, Tab is one. Used by the
 * journeys to type calls and report how many keys each took.
 */
final class Keyboard {

    private static final String SHIFTED = "~!@#$%^&*()_+{}|:\"<>?";

    private final WebDriver driver;
    private final Runnable settle;
    private int pressed;

    Keyboard(WebDriver driver, Runnable settle) {
        this.driver = driver;
        this.settle = settle;
    }

    /** Types text and presses keys in order, then waits for the server. */
    void type(CharSequence... keys) {
        for (CharSequence key : keys) {
            pressed += key instanceof Keys ? 1 : keysFor(key.toString());
        }
        new Actions(driver).sendKeys(keys).perform();
        settle.run();
    }

    /** Alt with a letter: two keys. */
    void alt(String key) {
        chord(Keys.ALT, key);
    }

    /** Ctrl with a letter: two keys. */
    void ctrl(String key) {
        chord(Keys.CONTROL, key);
    }

    /** Shift+Tab: two keys. */
    void back() {
        chord(Keys.SHIFT, Keys.TAB);
    }

    private void chord(Keys modifier, CharSequence key) {
        pressed += 2;
        new Actions(driver).keyDown(modifier).sendKeys(key).keyUp(modifier).perform();
        settle.run();
    }

    /** Presses Tab until the component with this id has the focus, as a handler moving through the form. */
    void tabTo(String id) {
        for (int i = 0; i < 60 && !id.equals(focusedId()); i++) {
            type(Keys.TAB);
        }
        assertThat(focusedId()).as("Tab reached " + id).isEqualTo(id);
    }

    /** The id of the Vaadin component that has the keyboard focus. */
    String focusedId() {
        return (String) ((JavascriptExecutor) driver).executeScript("""
                let e = document.activeElement;
                while (e && e.shadowRoot && e.shadowRoot.activeElement) { e = e.shadowRoot.activeElement; }
                let host = e;
                while (host && !(host.id && host.tagName.includes('-'))) {
                    host = host.parentElement || (host.getRootNode() && host.getRootNode().host);
                }
                return host ? host.id : null;""");
    }

    /** Keys pressed since the last {@link #reset()}. */
    int pressed() {
        return pressed;
    }

    void reset() {
        pressed = 0;
    }

    static int keysFor(String text) {
        int keys = 0;
        for (char c : text.toCharArray()) {
            keys += Character.isUpperCase(c) || SHIFTED.indexOf(c) >= 0 ? 2 : 1;
        }
        return keys;
    }
}
