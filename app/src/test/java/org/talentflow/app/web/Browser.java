package org.talentflow.app.web;

import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.UnexpectedAlertBehaviour;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.logging.LogEntry;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.logging.LoggingPreferences;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.logging.Level;
import java.util.stream.Stream;

/**
 * A real headless Chromium for the browser tests: Debian's chromium driven by its chromedriver, both by path, so
 * Selenium never downloads anything. Switched on by TALENTFLOW_BROWSER_TESTS=1 (.ci/run sets it after installing
 * them, see {@link BrowserTest}); without it the tests are skipped, since a fresh machine may have no Chromium.
 */
final class Browser implements AutoCloseable {

    private static final String CHROMIUM = env("TALENTFLOW_CHROMIUM", "/usr/bin/chromium");
    private static final String CHROMEDRIVER = env("TALENTFLOW_CHROMEDRIVER", "/usr/bin/chromedriver");

    final WebDriver driver;
    private final ChromeDriverService service;
    private final Path profile;

    private Browser(WebDriver driver, ChromeDriverService service, Path profile) {
        this.driver = driver;
        this.service = service;
        this.profile = profile;
    }

    /** Tests switched on (see {@link BrowserTest}) but no Chromium to run them is an error, not a skip. */
    static void requireChromium() {
        if (!Files.isExecutable(Path.of(CHROMIUM)) || !Files.isExecutable(Path.of(CHROMEDRIVER))) {
            throw new IllegalStateException("TALENTFLOW_BROWSER_TESTS=1 but " + CHROMIUM + " or " + CHROMEDRIVER
                    + " is missing: apt-get install chromium chromium-driver");
        }
    }

    static Browser open() {
        Path profile;
        try {
            profile = Files.createTempDirectory("talentflow-chromium");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM);
        // No network here: every background service of Chromium would only fail, noisily and slowly.
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--disable-default-apps", "--disable-extensions", "--user-data-dir=" + profile, "--window-size=1300,1600");
        // An alert left open is what an injected script would leave: keep it for the test to find.
        options.setUnhandledPromptBehaviour(UnexpectedAlertBehaviour.IGNORE);
        LoggingPreferences logs = new LoggingPreferences();
        logs.enable(LogType.BROWSER, Level.ALL);
        options.setCapability("goog:loggingPrefs", logs);
        ChromeDriverService service = new ChromeDriverService.Builder().usingDriverExecutable(new File(CHROMEDRIVER))
                .usingAnyFreePort().build();
        return new Browser(new ChromeDriver(service, options), service, profile);
    }

    /** A fresh page load, even when only the #fragment differs from the page shown now. */
    void load(String url) {
        driver.navigate().to("about:blank");
        driver.get(url);
    }

    /** Moves the mouse to a point of an element (pixels from its top-left corner). */
    void hover(WebElement element, List<Number> at) {
        Dimension size = element.getSize();
        new Actions(driver).moveToElement(element, (int) Math.round(at.get(0).doubleValue() - size.getWidth() / 2.0),
                (int) Math.round(at.get(1).doubleValue() - size.getHeight() / 2.0)).perform();
    }

    void clickAt(WebElement element, List<Number> at) {
        hover(element, at);
        new Actions(driver).click().perform();
    }

    WebDriverWait waiting() {
        return new WebDriverWait(driver, Duration.ofSeconds(20));
    }

    Object script(String js, Object... args) {
        return ((JavascriptExecutor) driver).executeScript(js, args);
    }

    /** The console's errors since the last call: failed requests, exceptions, policy violations. */
    List<String> consoleErrors() {
        return driver.manage().logs().get(LogType.BROWSER).getAll().stream()
                .filter(e -> e.getLevel().intValue() >= Level.SEVERE.intValue()).map(LogEntry::getMessage).toList();
    }

    void screenshot(Path file) {
        try {
            Files.createDirectories(file.getParent());
            Files.write(file, ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            driver.quit();
        } finally {
            service.stop();
            deleteQuietly(profile);
        }
    }

    private static void deleteQuietly(Path folder) {
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        } catch (IOException ignored) {
            // a temporary profile left behind is harmless
        }
    }

    private static String env(String name, String fallback) {
        String v = System.getenv(name);
        return v == null || v.isBlank() ? fallback : v;
    }
}
