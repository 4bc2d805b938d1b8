package org.bitext.web;

import static org.bitext.web.WebTestClient.enc;
import static org.bitext.web.WebTestClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The translation-memory API as a CAT-tool plugin calls it: GET one text, POST a batch, bad input. */
class TmApiTest {

    private static final String SENTENCE = "We encourage them to begin implementing its provisions on a voluntary"
            + " basis pending its entry into force.";
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

    private static HttpResponse<String> post(String query, String body) {
        return http.send(HttpRequest.newBuilder(server.uri().resolve("/api/lookup" + query))
                .header("Content-Type", "text/plain; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)).build());
    }

    @Test
    @SuppressWarnings("unchecked")
    void getReturnsMatchesWithPercentDiffAndTranslation() {
        String q = SENTENCE.replace("begin", "start");
        HttpResponse<String> r = http.get("/api/lookup?q=" + enc(q));
        assertEquals(200, r.statusCode());
        Map<String, Object> body = json(r.body());
        assertEquals("en", body.get("language"));
        List<Map<String, Object>> matches = (List<Map<String, Object>>) body.get("matches");
        Map<String, Object> m = matches.get(0);
        int pct = ((Number) m.get("percent")).intValue();
        assertTrue(pct >= 90 && pct < 100, "percent " + pct);
        assertEquals(SENTENCE, m.get("source"));
        assertTrue(((String) m.get("translation")).startsWith("我们鼓励它们"));
        List<Map<String, Object>> diff = (List<Map<String, Object>>) m.get("diff");
        Map<String, Object> changed = diff.stream().filter(d -> d.get("kind").equals("changed")).findFirst()
                .orElseThrow();
        List<Number> src = (List<Number>) changed.get("source");
        List<Number> qry = (List<Number>) changed.get("query");
        assertEquals("begin", SENTENCE.substring(src.get(0).intValue(), src.get(1).intValue()));
        assertEquals("start", q.substring(qry.get(0).intValue(), qry.get(1).intValue()));
    }

    @Test
    @SuppressWarnings("unchecked")
    void postLooksUpEveryLineInOrder() {
        HttpResponse<String> r = post("?min=70&limit=2", SENTENCE + "\n\n我们鼓励它们在附加议定书生效之前开始自愿执行其规定。\r\n"
                + "Completely unrelated words about the weather.\n");
        assertEquals(200, r.statusCode(), r.body());
        List<Map<String, Object>> results = (List<Map<String, Object>>) json(r.body()).get("results");
        assertEquals(3, results.size());
        assertEquals(100, ((Number) ((List<Map<String, Object>>) results.get(0).get("matches")).get(0)
                .get("percent")).intValue());
        assertEquals("zh", results.get(1).get("language"));
        assertFalse(((List<?>) results.get(1).get("matches")).isEmpty());
        assertTrue(((List<?>) results.get(2).get("matches")).isEmpty());
        assertTrue(((String) results.get(2).get("note")).contains("70 %"));
    }

    @Test
    void exportsAreTmxAndCsv() {
        HttpResponse<String> tmx = http.get("/api/lookup?format=tmx&q=" + enc(SENTENCE));
        assertEquals(200, tmx.statusCode());
        assertTrue(tmx.headers().firstValue("Content-Type").orElseThrow().startsWith("application/xml"));
        assertTrue(tmx.body().contains("<prop type=\"x-match\">100</prop>"), tmx.body());
        HttpResponse<String> csv = http.get("/api/search?format=csv&q=FMCT");
        assertEquals(200, csv.statusCode());
        assertTrue(csv.body().startsWith("\uFEFFdocument,paragraph,unit,en,zh,spotted\r\n"), csv.body());
        assertEquals(400, http.get("/api/search?format=pdf&q=FMCT").statusCode());
    }

    @Test
    void badInputIsAnEmptyAnswerWithANoteOrA400() {
        Map<String, Object> empty = json(http.get("/api/lookup?q=" + enc("   ")).body());
        assertTrue(((List<?>) empty.get("matches")).isEmpty());
        assertTrue(((String) empty.get("note")).contains("empty"));
        Map<String, Object> neither = json(http.get("/api/lookup?q=" + enc("12345 !!")).body());
        assertNull(neither.get("language"));
        assertTrue(((String) neither.get("note")).contains("neither English nor Chinese"));
        HttpResponse<String> tooLong = http.get("/api/lookup?q=" + enc("字".repeat(10_000)));
        assertEquals(400, tooLong.statusCode());
        assertTrue(tooLong.body().contains("too long") && !tooLong.body().contains("Exception"), tooLong.body());
        assertEquals(400, http.get("/api/lookup?min=200&q=x").statusCode());
        assertEquals(400, post("", "\n  \n").statusCode());
        HttpResponse<String> latin1 = http.send(HttpRequest.newBuilder(server.uri().resolve("/api/lookup"))
                .POST(HttpRequest.BodyPublishers.ofByteArray(new byte[] {(byte) 0xE9, 'a', '\n'})).build());
        assertEquals(400, latin1.statusCode());
        assertTrue(latin1.body().contains("not UTF-8"));
        HttpResponse<String> put = http.send(HttpRequest.newBuilder(server.uri().resolve("/api/lookup"))
                .PUT(HttpRequest.BodyPublishers.ofString("x")).build());
        assertEquals(405, put.statusCode());
        assertFalse(LOG.toString(StandardCharsets.UTF_8).contains("internal error"), LOG.toString(StandardCharsets.UTF_8));
    }
}
