package org.bitext.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.NoAlertPresentException;
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

/**
 * The lookup page in a real headless Chromium: search, highlights, translation filter, context view,
 * bookmarkable URL, keyboard shortcut, and hostile text shown as text. Skipped (with how to install them)
 * when Chromium or chromedriver is missing; {@code .ci/run} installs both.
 */
class BrowserTest {

    private static final Path CHROMIUM = Path.of(System.getProperty("bitext.chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER =
            Path.of(System.getProperty("bitext.chromedriver", "/usr/bin/chromedriver"));
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    private static WebServer server;
    private static WebDriver driver;
    private static WebDriverWait wait;
    /** Why the browser cannot run here, or null. */
    private static String missing;

    @BeforeAll
    static void start(@TempDir Path tmp) throws IOException {
        Path profile = tmp.resolve("chromium-profile");
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            missing = "browser test skipped: needs " + CHROMIUM + " and " + CHROMEDRIVER
                    + " (Debian/Ubuntu: apt-get update && apt-get install -y chromium chromium-driver; "
                    + "or pass -Dbitext.chromium=... -Dbitext.chromedriver=...)";
            System.err.println(missing); // a skipped @BeforeAll leaves no reason in surefire's summary
            return;
        }
        server = Fixtures.server(tmp, new ByteArrayOutputStream());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--lang=en-US", "--window-size=1280,900",
                "--user-data-dir=" + profile.toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(1280, 900));
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        wait.ignoring(StaleElementReferenceException.class); // the page re-renders lists on every answer
        Files.createDirectories(SCREENSHOTS);
    }

    @BeforeEach
    void needsTheBrowser() {
        assumeTrue(missing == null, missing);
    }

    @AfterAll
    static void stop() {
        if (driver != null) {
            driver.quit();
        }
        if (server != null) {
            server.close();
        }
    }

    @Test
    void translatorLooksUpAChineseTermFiltersByTranslationAndOpensTheContext() throws IOException {
        driver.get(server.uri().toString());
        WebElement box = wait.until(ExpectedConditions.elementToBeClickable(By.id("q")));
        box.sendKeys("禁产条约", Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#hits tr.hit")));

        List<WebElement> rows = driver.findElements(By.cssSelector("#hits tr.hit"));
        assertFalse(rows.isEmpty());
        List<String> englishMarks = driver.findElements(By.cssSelector("#hits td.en mark.hl-t")).stream()
                .map(WebElement::getText).toList();
        assertTrue(englishMarks.contains("FMCT"), "FMCT highlighted in the English column: " + englishMarks);
        for (WebElement zhMark : driver.findElements(By.cssSelector("#hits td.zh mark"))) {
            assertEquals("禁产条约", zhMark.getText());
            assertEquals("hl-q", zhMark.getAttribute("class"));
        }
        assertTrue(driver.getCurrentUrl().contains("q=%E7%A6%81%E4%BA%A7%E6%9D%A1%E7%BA%A6"),
                "query kept in the URL: " + driver.getCurrentUrl());
        screenshot("results.png");

        WebElement filter = driver.findElement(By.cssSelector("#translations button[data-translation='FMCT']"));
        filter.click();
        wait.until(d -> !d.findElements(By.cssSelector("#status .chip")).isEmpty()
                && "true".equals(d.findElement(By.cssSelector("#translations button[data-translation='FMCT']"))
                        .getAttribute("aria-pressed")));
        assertTrue(driver.getCurrentUrl().contains("t=FMCT"), driver.getCurrentUrl());
        List<WebElement> filtered = driver.findElements(By.cssSelector("#hits tr.hit"));
        assertFalse(filtered.isEmpty());
        for (WebElement row : filtered) {
            assertTrue(row.findElement(By.cssSelector("td.en")).getText().contains("FMCT"), row.getText());
        }
        screenshot("filtered.png");

        filtered.get(0).findElement(By.cssSelector("button.ref-link")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#context-units tr.current")));
        List<WebElement> units = driver.findElements(By.cssSelector("#context-units tr"));
        assertTrue(units.size() >= 1);
        assertTrue(driver.findElement(By.id("context-title")).getText().contains("paragraph"));
        screenshot("context.png");
        assertTrue(Files.size(SCREENSHOTS.resolve("context.png")) > 10_000);

        driver.findElement(By.tagName("body")).sendKeys(Keys.ESCAPE);
        wait.until(ExpectedConditions.invisibilityOfElementLocated(By.id("context")));
    }

    @Test
    void bookmarkedUrlRunsTheSearchAndSlashFocusesTheBox() throws IOException {
        driver.get(server.uri().resolve("/?q=nuclear").toString());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#hits tr.hit")));
        assertEquals("nuclear", driver.findElement(By.id("q")).getAttribute("value"));
        assertTrue(driver.findElements(By.cssSelector("#hits td.en mark.hl-q")).size() > 0);

        // 30 sentences speak of "nuclear": two pages of 20.
        assertEquals("Page 1 of 2", driver.findElement(By.id("page-info")).getText());
        String firstOfPage1 = driver.findElement(By.cssSelector("#hits button.ref-link")).getText();
        driver.findElement(By.id("next")).click();
        wait.until(d -> d.getCurrentUrl().contains("page=2")
                && d.findElement(By.id("page-info")).getText().equals("Page 2 of 2"));
        assertEquals(10, driver.findElements(By.cssSelector("#hits tr.hit")).size());
        assertFalse(firstOfPage1.equals(driver.findElement(By.cssSelector("#hits button.ref-link")).getText()));
        driver.navigate().back();
        wait.until(d -> d.findElement(By.id("page-info")).getText().equals("Page 1 of 2"));

        WebElement copy = driver.findElement(By.cssSelector("#hits button.copy"));
        copy.click();
        wait.until(d -> d.findElement(By.cssSelector("#hits button.copy")).getText().equals("Copied"));

        driver.findElement(By.id("status")).click();
        driver.findElement(By.tagName("body")).sendKeys("/");
        assertEquals("q", driver.switchTo().activeElement().getAttribute("id"));

        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("level"))).selectByValue("paragraph");
        wait.until(d -> d.getCurrentUrl().contains("level=paragraph")
                && d.findElements(By.cssSelector("#status strong")).size() > 1
                && d.findElement(By.id("status")).getText().contains("paragraph"));
        List<String> refs = driver.findElements(By.cssSelector("#hits button.ref-link")).stream()
                .map(WebElement::getText).toList();
        assertFalse(refs.isEmpty());
        assertTrue(refs.stream().allMatch(r -> r.matches("CD-1937 ¶\\d+")), refs.toString());
        screenshot("paragraphs.png");
    }

    @Test
    void resultsFollowTheTypingWithoutEnter() {
        driver.get(server.uri().toString());
        WebElement box = wait.until(ExpectedConditions.elementToBeClickable(By.id("q")));
        box.sendKeys("FMCT");
        wait.until(d -> d.getCurrentUrl().contains("q=FMCT")
                && !d.findElements(By.cssSelector("#hits td.zh mark.hl-t")).isEmpty());
        List<String> zhMarks = driver.findElements(By.cssSelector("#hits td.zh mark.hl-t")).stream()
                .map(WebElement::getText).toList();
        assertTrue(zhMarks.contains("禁产条约"), "spotted translation of FMCT marked: " + zhMarks);
    }

    @Test
    void hostileTextIsShownAsTextAndNeverRuns() {
        driver.get(server.uri().resolve("/?q=onerror").toString());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#hits tr.hit")));
        assertNoAlert();
        WebElement en = driver.findElement(By.cssSelector("#hits td.en"));
        assertEquals(Fixtures.HOSTILE_EN, en.getText());
        assertEquals(Fixtures.HOSTILE_ZH, driver.findElement(By.cssSelector("#hits td.zh")).getText());
        assertTrue(driver.findElements(By.cssSelector("#hits img, #hits script")).isEmpty());

        driver.findElement(By.cssSelector("button.ref-link")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#context-units td.zh")));
        assertNoAlert();
        assertTrue(driver.findElements(By.cssSelector("#context img, #context script")).isEmpty());
        assertEquals(Fixtures.HOSTILE_ZH, driver.findElement(By.cssSelector("#context-units td.zh")).getText());
    }

    @Test
    void serverErrorsAreShownAsAMessage() throws IOException {
        driver.get(server.uri().resolve("/?q=%22unbalanced").toString());
        WebElement error = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#status .error")));
        assertTrue(error.getText().contains("quote"), error.getText());
        screenshot("error.png");
        assertFalse(driver.findElement(By.id("results")).isDisplayed());
    }

    /** Regenerates the README screenshot: {@code mvn test -Dtest=BrowserTest -Dbitext.docs.screenshot=$PWD/src/site/resources/images/serve.png}. */
    @Test
    void readmeScreenshot() throws IOException {
        String docs = System.getProperty("bitext.docs.screenshot");
        assumeTrue(docs != null, "README screenshot not requested (-Dbitext.docs.screenshot=FILE)");
        driver.get(server.uri().resolve("/?q=" + WebTestClient.enc("禁产条约") + "&doc=" + Fixtures.CD).toString());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#hits tr.hit")));
        CompactPng.write(((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES), Path.of(docs));
    }

    private static void assertNoAlert() {
        try {
            String text = driver.switchTo().alert().getText();
            throw new AssertionError("an injected script ran and opened an alert: " + text);
        } catch (NoAlertPresentException expected) {
            // the hostile markup stayed text
        }
    }

    private static void screenshot(String name) throws IOException {
        byte[] png = ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES);
        Files.write(SCREENSHOTS.resolve(name), png);
    }
}
