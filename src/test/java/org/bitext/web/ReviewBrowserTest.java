package org.bitext.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.bitext.Bitext;
import org.bitext.index.SearchRequest;
import org.bitext.index.SearchResult;
import org.bitext.terms.ReviewedTerms;
import org.bitext.terms.TermTable;
import org.bitext.terms.TermsOptions;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
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

/**
 * The terminologist's review workflow in headless Chromium on the real term table of CD/1937: accept one
 * pair, edit another's Chinese boundary, reject a third on the review page, run the terms job again through
 * the facade, and see the decisions applied in the table (the page and the file) and in search spotting.
 */
class ReviewBrowserTest {

    private static final Path CHROMIUM = Path.of(System.getProperty("bitext.chromium", "/usr/bin/chromium"));
    private static final Path CHROMEDRIVER =
            Path.of(System.getProperty("bitext.chromedriver", "/usr/bin/chromedriver"));
    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    /** Accepted as it is. */
    private static final String[] ACCEPT = {"禁产条约", "FMCT"};
    /** Listed with a wrong Chinese boundary (one word of the sentence, not the name); edited below. */
    private static final String[] EDIT = {"执行", "NPT Review Conference"};
    private static final String EDITED_ZH = "《不扩散条约》审议大会";
    /** Not a term pair. */
    private static final String[] REJECT = {"积极", "NPT review"};

    private static Path index;
    private static WebServer server;
    private static WebDriver driver;
    private static WebDriverWait wait;

    @BeforeAll
    static void start(@TempDir Path tmp) throws IOException {
        assumeTrue(Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER),
                "browser test skipped: needs " + CHROMIUM + " and " + CHROMEDRIVER);
        index = tmp.resolve("index");
        Fixtures.index(Fixtures.corpus(tmp.resolve("corpus")), index, Map.of());
        terms();
        server = WebServer.start(FacadeLookupService.open(index),
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), Duration.ofSeconds(1),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        ChromeOptions options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        options.addArguments("--headless", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--no-first-run", "--lang=en-US", "--window-size=1280,900",
                "--user-data-dir=" + tmp.resolve("chromium-profile").toAbsolutePath());
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile()).usingAnyFreePort().build();
        driver = new ChromeDriver(service, options);
        driver.manage().window().setSize(new Dimension(1280, 900));
        wait = new WebDriverWait(driver, Duration.ofSeconds(20));
        wait.ignoring(StaleElementReferenceException.class);
        Files.createDirectories(SCREENSHOTS);
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

    /** The terms job as `bitext terms --index DIR` runs it, through the facade. */
    private static TermTable terms() {
        Bitext.extractTerms(new TermsOptions(null, index, null, 2, 0, null, TermsOptions.DEFAULT_CONFIDENCE_FLOOR));
        return TermTable.readFrom(index).orElseThrow();
    }

    @Test
    void terminologistAcceptsEditsAndRejectsAndTheNextTermsRunAppliesIt() throws IOException {
        TermTable before = TermTable.readFrom(index).orElseThrow();
        for (String[] p : List.of(ACCEPT, EDIT, REJECT)) {
            assertTrue(has(before, p[0], p[1]), "the fixture's term table lists " + p[0] + " / " + p[1]);
        }
        assertFalse(has(before, EDITED_ZH, EDIT[1]));
        assertEquals(REJECT[0], spotted(REJECT[1]), "before review, search spots the wrong pair");

        driver.get(server.uri().resolve("/").toString());
        driver.findElement(By.linkText("Term review")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#rv-pairs tr")));
        assertEquals(before.pairs().size(), driver.findElements(By.cssSelector("#rv-pairs tr")).size());

        // Search narrows the list; the contexts of a pair come from its example paragraphs.
        WebElement search = driver.findElement(By.id("rv-q"));
        search.sendKeys("FMCT");
        wait.until(d -> d.findElements(By.cssSelector("#rv-pairs tr")).stream()
                .allMatch(r -> r.getText().contains("FMCT")));
        click(row(ACCEPT), "button.context");
        wait.until(d -> !d.findElements(By.cssSelector("#rv-context-units tr")).isEmpty());
        for (WebElement unit : driver.findElements(By.cssSelector("#rv-context-units tr"))) {
            assertTrue(unit.getText().contains("FMCT") || unit.getText().contains("禁产条约"), unit.getText());
        }
        click(row(ACCEPT), "button.accept");
        waitStatus(ACCEPT, "accepted");
        search.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.BACK_SPACE); // typed, so the page hears it
        wait.until(d -> d.findElements(By.cssSelector("#rv-pairs tr")).size() == before.pairs().size());

        WebElement toEdit = row(EDIT);
        click(toEdit, "button.edit");
        WebElement zh = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("input.zh-edit")));
        zh.clear();
        zh.sendKeys(EDITED_ZH);
        click(row(EDIT), "button.save");
        waitStatus(EDIT, "edited");
        assertTrue(row(EDIT).findElement(By.cssSelector("td.zh")).getText().startsWith(EDITED_ZH));

        click(row(REJECT), "button.reject");
        waitStatus(REJECT, "rejected");
        screenshot("review.png");

        // Filter by decision: exactly the three reviewed pairs.
        new org.openqa.selenium.support.ui.Select(driver.findElement(By.id("rv-status")))
                .selectByValue("accepted");
        wait.until(d -> d.findElements(By.cssSelector("#rv-pairs tr")).size() == 1);

        ReviewedTerms saved = ReviewedTerms.readFrom(index);
        assertEquals(3, saved.reviews().size(), saved.reviews().toString());

        TermTable after = terms();
        assertTrue(has(after, ACCEPT[0], ACCEPT[1]));
        assertTrue(has(after, EDITED_ZH, EDIT[1]), "the edited pair is listed under its new boundary");
        assertFalse(has(after, EDIT[0], EDIT[1]), "the pair as listed before the edit is gone");
        assertFalse(has(after, REJECT[0], REJECT[1]), "the rejected pair is never listed again");
        assertFalse(Objects.equals(REJECT[0], spotted(REJECT[1])), "search no longer spots the rejected pair");
        assertTrue(spotted(EDIT[1]) != null && EDITED_ZH.contains(spotted(EDIT[1])),
                "search spots the edited pair: " + spotted(EDIT[1]));
        assertEquals(ACCEPT[0], spotted(ACCEPT[1]));

        // The page shows the new table with the decisions still attached.
        driver.navigate().refresh();
        new org.openqa.selenium.support.ui.Select(wait.until(
                ExpectedConditions.presenceOfElementLocated(By.id("rv-status")))).selectByValue("edited");
        wait.until(d -> d.findElements(By.cssSelector("#rv-pairs tr")).size() == 1);
        WebElement edited = driver.findElement(By.cssSelector("#rv-pairs tr"));
        assertTrue(edited.getText().contains(EDITED_ZH), edited.getText());
        assertFalse(edited.findElement(By.cssSelector("td.num")).getText().equals("–"),
                "the edited pair is in the new table (it has a rank)");
    }

    private static boolean has(TermTable table, String zh, String en) {
        return table.byZh(zh).stream().anyMatch(p -> p.en().equals(en));
    }

    /** The counterpart search spots most often for {@code query}, or null. */
    private static String spotted(String query) {
        try (Bitext b = Bitext.open(index)) {
            SearchResult r = b.search(new SearchRequest("\"" + query + "\"", 20, 0,
                    org.bitext.align.Level.SENTENCE, null));
            return r.translations().isEmpty() ? null : r.translations().get(0).text();
        }
    }

    private static WebElement row(String[] pair) {
        return wait.until(d -> d.findElements(By.cssSelector("#rv-pairs tr")).stream()
                .filter(r -> pair[0].equals(r.getAttribute("data-zh")) && pair[1].equals(r.getAttribute("data-en")))
                .findFirst().orElse(null));
    }

    /** Clicks a button of a row, scrolled to the middle of the window (the sticky header covers the top). */
    private static void click(WebElement row, String button) {
        WebElement b = row.findElement(By.cssSelector(button));
        ((org.openqa.selenium.JavascriptExecutor) driver).executeScript(
                "arguments[0].scrollIntoView({block: 'center'});", b);
        b.click();
    }

    private static void waitStatus(String[] pair, String status) {
        wait.until(d -> row(pair).getAttribute("class").equals(status)
                && row(pair).findElement(By.cssSelector("td.decision")).getText().equals(status));
    }

    private static void screenshot(String name) throws IOException {
        Files.write(SCREENSHOTS.resolve(name), ((TakesScreenshot) driver).getScreenshotAs(OutputType.BYTES));
    }

}
