package org.bitext.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
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
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The page's Translation memory mode, keyboard use (walking hits, the context dialog holding focus, the
 * help overlay), the document filter, Export, and a 420-pixel-wide window, in headless Chromium (skipped
 * with how to install it when missing, as {@link BrowserTest}).
 */
class TmBrowserTest {

    private static final Path CHROMIUM = Path.of(System.getProperty("bitext.chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER =
            Path.of(System.getProperty("bitext.chromedriver", "/usr/bin/chromedriver"));

    private static WebServer server;
    private static WebDriver driver;
    private static WebDriverWait wait;
    private static String missing;

    @BeforeAll
    static void start(@TempDir Path tmp) throws IOException {
        if (!Files.isExecutable(CHROMIUM) || !Files.isExecutable(CHROMEDRIVER)) {
            missing = "browser test skipped: needs " + CHROMIUM + " and " + CHROMEDRIVER
                    + " (Debian/Ubuntu: apt-get install -y chromium chromium-driver)";
            System.err.println(missing);
            return;
        }
        server = Fixtures.server(tmp, new ByteArrayOutputStream());
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--lang=en-US", "--window-size=1280,900",
                "--user-data-dir=" + tmp.resolve("chromium-profile").toAbsolutePath());
        driver = new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER.toFile())
                .usingAnyFreePort().build(), options);
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        wait.ignoring(StaleElementReferenceException.class);
    }

    @BeforeEach
    void needsTheBrowser() {
        assumeTrue(missing == null, missing);
        driver.manage().window().setSize(new Dimension(1280, 900));
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

    private static String href(String id) {
        return driver.findElement(By.id(id)).getAttribute("href");
    }

    private static String fetch(String url) throws IOException, InterruptedException {
        try (HttpClient c = HttpClient.newHttpClient()) {
            HttpResponse<String> r = c.send(HttpRequest.newBuilder(URI.create(url)).build(),
                    HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
            assertEquals(200, r.statusCode(), url);
            return r.body();
        }
    }

    @Test
    void translatorPastesAnEditedSentenceAndGetsTheMatchWithDifferencesMarked() throws Exception {
        driver.get(server.uri().toString());
        wait.until(ExpectedConditions.elementToBeClickable(By.id("mode-tm"))).click();
        WebElement text = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("tm-text")));
        text.sendKeys("我们鼓励它们在附加议定书生效之前开始自愿执行其规定。");
        text.sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
        WebElement match = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".tm-match")));
        int pct = Integer.parseInt(match.findElement(By.cssSelector(".pct")).getText().replace("%", ""));
        assertTrue(pct >= 85 && pct <= 99, "percent " + pct);
        assertEquals("实施", match.findElement(By.cssSelector(".tm-source del")).getText());
        assertEquals("执行", match.findElement(By.cssSelector(".tm-source ins")).getText());
        assertTrue(match.findElement(By.cssSelector(".tm-translation")).getText()
                .startsWith("We encourage them to begin implementing"));
        assertTrue(driver.getCurrentUrl().endsWith("#tm"), driver.getCurrentUrl());

        String tmx = fetch(href("tm-export-tmx"));
        assertTrue(tmx.contains("<tmx version=\"1.4\"") && tmx.contains("srclang=\"zh-CN\"")
                && tmx.contains("We encourage them to begin implementing"), tmx);
        String csv = fetch(href("tm-export-csv"));
        assertTrue(csv.startsWith("\uFEFFquery,match,source"), csv);

        // A resolution number carried into the translation, marked as adapted.
        text.clear();
        text.sendKeys("Bearing in mind General Assembly resolution 67/53, and building on earlier initiatives by NPDI"
                + " members to examine technical aspects of an FMCT, we support the expert-level meetings that"
                + " Germany and the Netherlands will hold in Geneva this year with the aim of supporting the"
                + " commencement of negotiations.");
        driver.findElement(By.id("tm-go")).click();
        WebElement adapted = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".tm-match mark.adapted")));
        assertEquals("67/53", adapted.getText());
        assertEquals("99%", driver.findElement(By.cssSelector(".tm-match .pct")).getText());

        // An unrelated sentence: the answer says why there is nothing.
        text.clear();
        text.sendKeys("The weather in the mountains was cold and the rivers froze early.");
        driver.findElement(By.id("tm-go")).click();
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("tm-status"), "No match"));
        assertTrue(driver.findElements(By.cssSelector(".tm-match")).isEmpty());
    }

    @Test
    void keyboardWalksHitsOpensTheContextWhichHoldsFocusAndEscReturnsToTheHit() {
        driver.get(server.uri().resolve("/?q=nuclear").toString());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#hits tr.hit")));
        WebElement body = driver.findElement(By.tagName("body"));
        body.click();
        new Actions(driver).sendKeys("j").perform();
        new Actions(driver).sendKeys("j").perform();
        List<WebElement> rows = driver.findElements(By.cssSelector("#hits tr.hit"));
        assertTrue(rows.get(1).getAttribute("class").contains("kb-current"), "second hit is current");
        new Actions(driver).sendKeys("o").perform();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("context")));
        WebElement dialog = driver.findElement(By.id("context"));
        for (int i = 0; i < 5; i++) {
            new Actions(driver).sendKeys(Keys.TAB).perform();
            assertTrue((Boolean) ((JavascriptExecutor) driver).executeScript(
                    "return document.getElementById('context').contains(document.activeElement)"), "Tab " + i);
        }
        new Actions(driver).keyDown(Keys.SHIFT).sendKeys(Keys.TAB).keyUp(Keys.SHIFT).perform();
        assertTrue((Boolean) ((JavascriptExecutor) driver).executeScript(
                "return document.getElementById('context').contains(document.activeElement)"), "Shift+Tab");
        new Actions(driver).sendKeys(Keys.ESCAPE).perform();
        wait.until(ExpectedConditions.invisibilityOf(dialog));
        assertTrue((Boolean) ((JavascriptExecutor) driver).executeScript(
                "return document.querySelectorAll('#hits tr.hit')[1].contains(document.activeElement)"),
                "focus back on the hit that opened the context");

        new Actions(driver).sendKeys("?").perform();
        WebElement keys = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("keys")));
        assertTrue(keys.getText().contains("Copy the translation"), keys.getText());
        new Actions(driver).sendKeys(Keys.ESCAPE).perform();
        wait.until(ExpectedConditions.invisibilityOf(keys));
    }

    @Test
    void documentFilterAndExportOfSearchHits() throws Exception {
        driver.get(server.uri().toString());
        WebElement q = wait.until(ExpectedConditions.elementToBeClickable(By.id("q")));
        q.sendKeys("FMCT");
        driver.findElement(By.id("doc")).sendKeys(Fixtures.CD, Keys.ENTER);
        wait.until(d -> !d.findElements(By.cssSelector("#status .chip")).isEmpty());
        assertTrue(driver.getCurrentUrl().contains("doc=CD-1937"), driver.getCurrentUrl());
        assertFalse(driver.findElements(By.cssSelector("#hits tr.hit")).isEmpty());
        String tmx = fetch(href("export-tmx"));
        assertTrue(tmx.contains("<tu>") && tmx.contains("FMCT") && !tmx.contains("XSS-1"), tmx);
        assertTrue(fetch(href("export-csv")).contains("CD-1937"));
        driver.findElement(By.id("doc")).clear();
        driver.findElement(By.id("doc")).sendKeys("no-such-document", Keys.ENTER);
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "no document 'no-such-document'"));
    }

    @Test
    void dateFilterKeepsOrLeavesOutCd1937() throws Exception {
        driver.get(server.uri().resolve("/?q=FMCT&from=2012-08-24&to=2012-08-24").toString());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#hits tr.hit")));
        assertEquals("2012-08-24", driver.findElement(By.id("from")).getAttribute("value"));
        assertTrue(driver.findElement(By.id("status")).getText().contains("dated 2012-08-24 to 2012-08-24"),
                driver.findElement(By.id("status")).getText());
        assertTrue(href("export-csv").contains("from=2012-08-24"), href("export-csv"));
        driver.get(server.uri().resolve("/?q=FMCT&from=2012-08-25").toString());
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("status"), "No sentence matches"));
        assertTrue(driver.findElement(By.id("status")).getText().contains("dated from 2012-08-25"));
        driver.findElement(By.cssSelector("#status .chip button")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#hits tr.hit")));
        assertFalse(driver.getCurrentUrl().contains("from="), driver.getCurrentUrl());
    }

    @Test
    void noSidewaysScrollAt420Pixels() {
        driver.manage().window().setSize(new Dimension(420, 900));
        driver.get(server.uri().resolve("/?q=nuclear").toString());
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#hits tr.hit")));
        assertNoSidewaysScroll("concordance");
        driver.findElement(By.cssSelector("#hits tr.hit button.ref-link")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#context-units tr")));
        assertNoSidewaysScroll("context");
        new Actions(driver).sendKeys(Keys.ESCAPE).perform();
        driver.findElement(By.id("mode-tm")).click();
        WebElement text = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("tm-text")));
        text.sendKeys("We encourage them to start implementing its provisions on a voluntary basis pending its"
                + " entry into force.");
        driver.findElement(By.id("tm-go")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".tm-match")));
        assertNoSidewaysScroll("translation memory");
    }

    private static void assertNoSidewaysScroll(String where) {
        Number scroll = (Number) ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.scrollWidth");
        Number width = (Number) ((JavascriptExecutor) driver).executeScript(
                "return document.documentElement.clientWidth");
        assertTrue(scroll.intValue() <= width.intValue(), where + ": content " + scroll + " px in " + width + " px");
    }
}
