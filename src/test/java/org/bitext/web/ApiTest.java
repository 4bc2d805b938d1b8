package org.bitext.web;

import static org.bitext.web.WebTestClient.enc;
import static org.bitext.web.WebTestClient.json;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The JSON API over HTTP: every status code the server gives, and the escaping of hostile text. */
class ApiTest {

    private static WebServer server;
    private static WebTestClient http;
    private static final ByteArrayOutputStream LOG = new ByteArrayOutputStream();

    @BeforeAll
    static void start(@TempDir Path tmp) throws IOException {
        server = Fixtures.server(tmp, LOG);
        http = new WebTestClient(server.uri());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    @Test
    void healthAnswersOk() {
        HttpResponse<String> r = http.get("/health");
        assertEquals(200, r.statusCode());
        assertEquals("application/json; charset=utf-8", r.headers().firstValue("Content-Type").orElseThrow());
        assertEquals("ok", json(r.body()).get("status"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void chineseQueryFindsHitsWithHighlightsAndSpottedTranslation() {
        HttpResponse<String> r = http.get("/api/search?q=" + enc("禁产条约"));
        assertEquals(200, r.statusCode(), r.body());
        Map<String, Object> body = json(r.body());
        List<Map<String, Object>> hits = (List<Map<String, Object>>) body.get("hits");
        assertFalse(hits.isEmpty());
        assertEquals(List.of("zh"), body.get("queryLanguages"));
        for (Map<String, Object> h : hits) {
            String zh = (String) h.get("zh");
            List<List<Number>> spans = (List<List<Number>>) h.get("zhHighlights");
            assertFalse(spans.isEmpty(), zh);
            for (List<Number> s : spans) {
                assertEquals("禁产条约", zh.substring(s.get(0).intValue(), s.get(1).intValue()));
            }
            assertTrue(h.get("confidence") instanceof Number);
            assertTrue(((String) h.get("paragraph")).length() > 0);
        }
        List<Map<String, Object>> translations = (List<Map<String, Object>>) body.get("translations");
        assertTrue(translations.stream().anyMatch(t -> "FMCT".equals(t.get("text"))), r.body());
        Map<String, Object> spottedHit = hits.stream().filter(h -> "FMCT".equals(h.get("spotted"))).findFirst()
                .orElseThrow();
        List<List<Number>> en = (List<List<Number>>) spottedHit.get("enHighlights");
        String enText = (String) spottedHit.get("en");
        assertEquals("FMCT", enText.substring(en.get(0).get(0).intValue(), en.get(0).get(1).intValue()));
    }

    @Test
    @SuppressWarnings("unchecked")
    void pagingReturnsTheNextHitsOfTheSameTotal() {
        Map<String, Object> all = json(http.get("/api/search?q=nuclear&limit=5").body());
        Map<String, Object> second = json(http.get("/api/search?q=nuclear&limit=2&offset=2").body());
        assertEquals(all.get("total"), second.get("total"));
        List<Map<String, Object>> a = (List<Map<String, Object>>) all.get("hits");
        List<Map<String, Object>> b = (List<Map<String, Object>>) second.get("hits");
        assertTrue(((Number) all.get("total")).intValue() > 4, "CD/1937 speaks of nuclear more than 4 times");
        assertEquals(a.subList(2, 4), b);
    }

    @Test
    @SuppressWarnings("unchecked")
    void pairReturnsTheWholeParagraphInOrder() {
        HttpResponse<String> r = http.get("/api/pair/CD-1937/0");
        assertEquals(200, r.statusCode(), r.body());
        List<Map<String, Object>> units = (List<Map<String, Object>>) json(r.body()).get("units");
        assertTrue(units.size() >= 3, r.body());
        for (int i = 1; i < units.size(); i++) {
            assertTrue(((Number) units.get(i).get("unit")).intValue()
                    > ((Number) units.get(i - 1).get("unit")).intValue());
        }
        assertTrue(((String) units.get(0).get("en")).startsWith("Letter dated 22 August 2012"));
    }

    @Test
    void termsWithoutATermTableIsAnEmptyList() {
        HttpResponse<String> r = http.get("/api/terms?q=FMCT");
        assertEquals(200, r.statusCode());
        Map<String, Object> body = json(r.body());
        assertEquals(false, body.get("available"));
        assertEquals(List.of(), body.get("terms"));
    }

    @Test
    void pageAndItsFilesAreServedWithAContentSecurityPolicy() {
        HttpResponse<String> page = http.get("/");
        assertEquals(200, page.statusCode());
        assertTrue(page.headers().firstValue("Content-Type").orElseThrow().startsWith("text/html"));
        String csp = page.headers().firstValue("Content-Security-Policy").orElseThrow();
        assertTrue(csp.contains("script-src 'self'"), csp);
        assertTrue(page.body().contains("<script src=\"app.js\""));
        assertFalse(page.body().contains("http://") || page.body().contains("https://"), "no external asset");
        assertEquals(200, http.get("/app.js").statusCode());
        assertEquals(200, http.get("/app.css").statusCode());
    }

    @Test
    void headGivesHeadersWithoutBody() {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(server.uri().resolve("/health"))
                .method("HEAD", HttpRequest.BodyPublishers.noBody()).build());
        assertEquals(200, r.statusCode());
        assertEquals("", r.body());
    }

    @Test
    @SuppressWarnings("unchecked")
    void aDateRangeKeepsOrLeavesOutCd1937ByItsMastheadDate() {
        Map<String, Object> in = json(http.get("/api/search?q=FMCT&from=2012-08-24&to=2012-08-24").body());
        assertFalse(((List<Object>) in.get("hits")).isEmpty(), in.toString());
        assertEquals("2012-08-24", in.get("from"));
        Map<String, Object> out = json(http.get("/api/search?q=FMCT&from=2012-08-25").body());
        assertEquals(0, ((Number) out.get("total")).intValue(), out.toString());
        HttpResponse<String> lookup = http.get("/api/lookup?q=" + enc("We support the expert-level meetings.")
                + "&min=30&to=2012-08-23");
        assertEquals(200, lookup.statusCode(), lookup.body());
        assertTrue(lookup.body().contains("dated up to 2012-08-23"), lookup.body());
    }

    @Test
    void badRequestsAre400WithAJsonMessage() {
        String longQuery = "a".repeat(501);
        Map<String, String> cases = Map.ofEntries(
                Map.entry("/api/search", "required"),
                Map.entry("/api/search?q=%20%20", "required"),
                Map.entry("/api/search?q=" + longQuery, "too long"),
                Map.entry("/api/search?q=" + "禁".repeat(501), "too long"),
                Map.entry("/api/search?q=" + enc("\"unbalanced"), "quote"),
                Map.entry("/api/search?q=FMCT&limit=abc", "limit"),
                Map.entry("/api/search?q=FMCT&limit=0", "limit"),
                Map.entry("/api/search?q=FMCT&limit=1001", "limit"),
                Map.entry("/api/search?q=FMCT&offset=-1", "offset"),
                Map.entry("/api/search?q=FMCT&level=word", "level"),
                Map.entry("/api/search?q=a&q=b", "more than once"),
                Map.entry("/api/search?q=FMCT&from=24.08.2012", "'from' must be a date as yyyy-mm-dd"),
                Map.entry("/api/search?q=FMCT&to=2012-13-01", "'to' must be a date"),
                Map.entry("/api/search?q=FMCT&from=2013-01-01&to=2012-01-01", "empty"),
                Map.entry("/api/lookup?q=FMCT&from=2012-02-30", "'from' must be a date"),
                Map.entry("/api/terms", "required"),
                Map.entry("/api/terms?q=" + longQuery, "too long"));
        for (Map.Entry<String, String> c : cases.entrySet()) {
            HttpResponse<String> r = http.get(c.getKey());
            assertAll(c.getKey(),
                    () -> assertEquals(400, r.statusCode(), r.body()),
                    () -> assertEquals(400, ((Number) json(r.body()).get("status")).intValue()),
                    () -> assertTrue(((String) json(r.body()).get("error")).contains(c.getValue()), r.body()),
                    () -> assertNoStackTrace(r.body()));
        }
    }

    @Test
    void queryOfExactly500CharactersIsAccepted() {
        assertEquals(200, http.get("/api/search?q=" + "禁".repeat(500)).statusCode());
    }

    @Test
    void unknownThingsAre404() {
        for (String path : List.of("/nope", "/api/nope", "/api/search/extra", "/api/pair/CD-1937",
                "/api/pair/CD-1937/999", "/api/pair/NO-SUCH-DOC/1", "/api/pair//1", "/index.htm", "/app.js.map")) {
            HttpResponse<String> r = http.get(path);
            assertAll(path,
                    () -> assertEquals(404, r.statusCode(), r.body()),
                    () -> assertEquals("application/json; charset=utf-8",
                            r.headers().firstValue("Content-Type").orElseThrow()),
                    () -> assertNoStackTrace(r.body()));
        }
    }

    @Test
    void onlyGetAndHeadAreAllowed() {
        HttpResponse<String> r = http.send(HttpRequest.newBuilder(server.uri().resolve("/api/search?q=FMCT"))
                .POST(HttpRequest.BodyPublishers.ofString("x")).build());
        assertEquals(405, r.statusCode());
        assertEquals("GET, HEAD", r.headers().firstValue("Allow").orElseThrow());
    }

    @Test
    void foreignHostHeaderIsRefusedOnLoopback() {
        String response = http.raw("/api/search?q=FMCT", "evil.example:8080");
        assertTrue(response.startsWith("HTTP/1.1 403"), response);
        assertTrue(http.raw("/health", "localhost:" + server.port()).startsWith("HTTP/1.1 200"));
    }

    @Test
    void pathTraversalNeverReachesAFile() {
        for (String target : List.of("/../pom.xml", "/../../etc/passwd", "/%2e%2e/pom.xml", "/%2E%2E/%2E%2E/etc/passwd",
                "/..%2fpom.xml", "/%2e%2e%2fpom.xml", "/app.js/../../pom.xml", "/..\\pom.xml", "/%5c..%5cpom.xml",
                "/%252e%252e/pom.xml", "//etc/passwd", "/org/bitext/web/static/app.js",
                "/static/../../../../pom.xml")) {
            String response = http.raw(target, "127.0.0.1");
            String status = response.substring(0, response.indexOf("\r\n"));
            assertAll(target,
                    () -> assertTrue(status.contains(" 400 ") || status.contains(" 404 "), status),
                    () -> assertFalse(response.contains("<project") || response.contains("root:"), response),
                    () -> assertNoStackTrace(response));
        }
    }

    @Test
    @SuppressWarnings("unchecked")
    void hostileTextIsEscapedInJsonAndComesBackIntact() {
        HttpResponse<String> r = http.get("/api/search?q=" + enc("onerror"));
        assertEquals(200, r.statusCode(), r.body());
        String raw = r.body();
        assertFalse(raw.contains("<script>") || raw.contains("</script>") || raw.contains("<img"), raw);
        assertTrue(raw.toLowerCase(java.util.Locale.ROOT).contains("\\u003cscript\\u003e"), raw);
        List<Map<String, Object>> hits = (List<Map<String, Object>>) json(raw).get("hits");
        assertEquals(1, hits.size());
        assertEquals(Fixtures.HOSTILE_EN, hits.get(0).get("en"));
        assertEquals(Fixtures.HOSTILE_ZH, hits.get(0).get("zh"));

        HttpResponse<String> pair = http.get("/api/pair/" + enc(Fixtures.HOSTILE_DOC) + "/1");
        assertEquals(200, pair.statusCode());
        assertFalse(pair.body().contains("<"), pair.body());
        List<Map<String, Object>> units = (List<Map<String, Object>>) json(pair.body()).get("units");
        assertEquals(Fixtures.HOSTILE_ZH, units.get(0).get("zh"));
    }

    @Test
    void errorMessagesEchoingInputAreEscapedToo() {
        HttpResponse<String> r = http.get("/api/pair/" + enc("<img src=x onerror=alert(1)>").replace("+", "%20") + "/1");
        assertEquals(404, r.statusCode());
        assertFalse(r.body().contains("<img"), r.body());
        assertTrue(((String) json(r.body()).get("error")).contains("<img src=x onerror=alert(1)>"));
    }

    @Test
    void internalFailureIs500WithoutDetail() throws IOException {
        LookupService broken = new CountingLookupService() {
            @Override
            public org.bitext.index.SearchResult search(org.bitext.index.SearchRequest request) {
                throw new IllegalStateException("index corrupted at segment _3\n\tat org.apache.lucene.Foo");
            }
        };
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        try (WebServer s = WebServer.start(broken, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                Duration.ofMinutes(1), new PrintStream(log, true, StandardCharsets.UTF_8))) {
            HttpResponse<String> r = new WebTestClient(s.uri()).get("/api/search?q=FMCT");
            assertEquals(500, r.statusCode());
            assertEquals("internal error", json(r.body()).get("error"));
            assertNoStackTrace(r.body());
            assertFalse(r.body().contains("segment"), r.body());
        }
        assertTrue(log.toString(StandardCharsets.UTF_8).contains("index corrupted"), "operator sees the cause");
    }

    @Test
    void serverRefreshesTheIndexInTheBackground() throws Exception {
        CountingLookupService svc = new CountingLookupService();
        try (WebServer s = WebServer.start(svc, new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                Duration.ofMillis(20), new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))) {
            long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
            while (svc.refreshes.get() < 3 && System.nanoTime() < deadline) {
                Thread.sleep(10);
            }
            assertNotEquals(0, s.port());
        }
        assertTrue(svc.refreshes.get() >= 3, "refreshed " + svc.refreshes.get() + " times");
    }

    @Test
    void urlsTheJdkCannotParseAre400WithoutDetail() {
        // The JDK server refuses these before any handler runs, with its own short 400 page.
        for (String target : List.of("/api/search?q=%zz", "/api/search?q=%", "/api/pair/%G1/1")) {
            String response = http.raw(target, "127.0.0.1");
            assertAll(target,
                    () -> assertTrue(response.startsWith("HTTP/1.1 400 "), response),
                    () -> assertNoStackTrace(response));
        }
    }

    private static final java.util.regex.Pattern STACK_FRAME =
            java.util.regex.Pattern.compile("\\bat [\\w$]+(\\.[\\w$]+)+\\(");

    private static void assertNoStackTrace(String body) {
        assertFalse(body.contains("\tat ") || STACK_FRAME.matcher(body).find()
                || body.contains("Caused by"), body);
    }
}
