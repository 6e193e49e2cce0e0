package org.hubline.journeys;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;

import com.deque.html.axecore.results.Results;
import com.deque.html.axecore.results.Rule;
import com.deque.html.axecore.selenium.AxeBuilder;

import org.hubline.test.AppOnRandomPort;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Real-browser journeys: the whole application on a random port, driven in Debian's headless
 * Chromium. Pages are also scanned with axe-core for WCAG 2.2 A/AA violations.
 */
@AppOnRandomPort
abstract class BrowserJourney {

    static final List<String> WCAG_TAGS = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    static WebDriver driver;

    @LocalServerPort
    int port;

    @BeforeAll
    static void startBrowser() throws Exception {
        ChromeOptions options = new ChromeOptions();
        String binary = System.getProperty("hubline.test.chrome-binary", "/usr/lib/chromium/chromium");
        options.setBinary(binary);
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--window-size=1280,900", "--lang=en-GB",
                "--user-data-dir=" + Files.createTempDirectory("hubline-chromium"));
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(System.getProperty("hubline.test.chromedriver", "/usr/bin/chromedriver"))
                        .toFile())
                .usingAnyFreePort()
                .build();
        driver = new ChromeDriver(service, options);
    }

    @AfterAll
    static void stopBrowser() {
        if (driver != null) {
            driver.quit();
            driver = null;
        }
    }

    @AfterEach
    void forgetSession() {
        driver.manage().deleteAllCookies();
    }

    String url(String path) {
        return "http://localhost:" + port + "/" + path;
    }

    /** Waits up to 20 s; a page Vaadin re-renders while we look is looked at again. */
    WebDriverWait waiting() {
        WebDriverWait wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    /** Waits until Vaadin has rendered the page and has no server round trip in flight. */
    void settle() {
        waiting().until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d).executeScript(
                "return !!window.Vaadin && !!window.Vaadin.Flow && window.Vaadin.Flow.clients"
                        + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive())")));
    }

    void openLogin() {
        driver.get(url("login"));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("input[name='username']")));
        settle();
    }

    /** Types the username and password into the sign-in form, by keyboard, and submits with Enter. */
    void typeSignIn(String username, String password) {
        WebElement user = driver.findElement(By.cssSelector("input[name='username']"));
        user.clear();
        user.sendKeys(username);
        WebElement pass = driver.findElement(By.cssSelector("input[name='password']"));
        pass.clear();
        pass.sendKeys(password, Keys.ENTER);
    }

    void signIn(String username, String password) {
        openLogin();
        typeSignIn(username, password);
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.id("signed-in-user")));
        settle();
    }

    List<String> menu() {
        return driver.findElements(By.cssSelector("#main-menu vaadin-side-nav-item")).stream()
                .map(e -> e.getText().trim()).collect(Collectors.toList());
    }

    /** Fails with a readable list if axe-core finds any WCAG 2.2 A/AA violation on the page. */
    void assertAccessible(String page) {
        settle();
        overlaysClosed();
        Results results = new AxeBuilder().withTags(WCAG_TAGS).analyze(driver);
        List<Rule> violations = results.getViolations();
        String report = violations.stream()
                .map(v -> v.getId() + " (" + v.getImpact() + "): " + v.getHelp() + " at "
                        + v.getNodes().stream().map(n -> String.valueOf(n.getTarget())).collect(Collectors.joining("; ")))
                .collect(Collectors.joining("\n"));
        assertThat(results.getPasses()).as("axe ran on " + page).isNotEmpty();
        assertThat(violations).as("accessibility violations on " + page + ":\n" + report).isEmpty();
    }

    /**
     * Waits (up to 5 s) for a date picker's or a list's overlay that has just closed to give the
     * page back: while one is open, Vaadin marks the rest of the page aria-hidden, and it lifts
     * that a moment after closing. A dialog left open on purpose is not waited for.
     */
    private void overlaysClosed() {
        try {
            new WebDriverWait(driver, Duration.ofSeconds(5)).until(d -> Boolean.TRUE.equals(((JavascriptExecutor) d)
                    .executeScript("""
                            if (document.querySelector('vaadin-dialog-overlay[opened]')) { return true; }
                            const layout = document.querySelector('vaadin-app-layout');
                            const root = layout && layout.shadowRoot;
                            return !document.querySelector('[data-aria-hidden]')
                                && !(root && root.querySelector('[data-aria-hidden]'));""")));
        } catch (org.openqa.selenium.TimeoutException stillHidden) {
            // axe reports what is still hidden
        }
    }

    /** Saves a screenshot under target/screenshots, for people to look at. */
    void screenshot(String name) {
        try {
            Path dir = Path.of("target", "screenshots");
            Files.createDirectories(dir);
            Files.write(dir.resolve(name + ".png"), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
