package org.bitext.web;

import static org.bitext.web.WebTestClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.bitext.terms.ReviewedTerms;
import org.bitext.terms.TermPair;
import org.bitext.terms.TermReview;
import org.bitext.terms.TermTable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code /api/review}: the list with decisions, JSON POSTs that save a decision in the index folder, and
 * every refusal (wrong content type, foreign host, malformed body, bad decision) as a JSON error.
 */
class ReviewApiTest {

    private static Path index;
    private static WebServer server;
    private static WebTestClient http;

    @BeforeAll
    static void start(@TempDir Path tmp) throws IOException {
        index = tmp.resolve("index");
        Fixtures.index(Fixtures.corpus(tmp.resolve("corpus")), index, Map.of());
        new TermTable(List.of(
                new TermPair("禁产条约", "FMCT", TermPair.Kind.ACRONYM, 4, 9.5, "definition", List.of("CD-1937:8"), 0.95),
                new TermPair("执行", "NPT Review Conference", TermPair.Kind.TERM, 2, 1.3, "association",
                        List.of("CD-1937:2"), 0.38),
                new TermPair("积极", "NPT review", TermPair.Kind.TERM, 2, 0.8, "association", List.of(), 0.37)))
                .writeTo(index);
        server = WebServer.start(FacadeLookupService.open(index),
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), Duration.ofMinutes(1),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8));
        http = new WebTestClient(server.uri());
    }

    @AfterAll
    static void stop() {
        if (server != null) {
            server.close();
        }
    }

    private static HttpResponse<String> post(String body, String contentType) {
        HttpRequest.Builder b = HttpRequest.newBuilder(server.uri().resolve("/api/review"))
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        if (contentType != null) {
            b.header("Content-Type", contentType);
        }
        return http.send(b.build());
    }

    @Test
    @SuppressWarnings("unchecked")
    void decisionsAreSavedInTheIndexFolderAndListed() throws IOException {
        HttpResponse<String> r = post("{\"status\":\"edited\",\"zh\":\"执行\",\"en\":\"NPT Review Conference\","
                + "\"newZh\":\"《不扩散条约》审议大会\"}", "application/json; charset=utf-8");
        assertEquals(200, r.statusCode(), r.body());
        Map<String, Object> saved = (Map<String, Object>) json(r.body()).get("saved");
        assertEquals("《不扩散条约》审议大会", saved.get("zh"));
        assertEquals("NPT Review Conference", saved.get("en"), "a side not sent is kept as listed");
        assertEquals(200, post("{\"status\":\"rejected\",\"zh\":\"积极\",\"en\":\"NPT review\"}",
                "application/json").statusCode());
        // A later decision on the same listed pair replaces the earlier one.
        assertEquals(200, post("{\"status\":\"rejected\",\"zh\":\"禁产条约\",\"en\":\"FMCT\"}", "application/json")
                .statusCode());
        assertEquals(200, post("{\"status\":\"accepted\",\"zh\":\"禁产条约\",\"en\":\"FMCT\"}", "application/json")
                .statusCode());

        ReviewedTerms file = ReviewedTerms.readFrom(index);
        assertEquals(3, file.reviews().size(), file.reviews().toString());
        assertEquals(TermReview.Status.ACCEPTED, file.decisionOn("禁产条约", "FMCT").orElseThrow().status());
        assertTrue(Files.readString(index.resolve(ReviewedTerms.FILE_NAME), StandardCharsets.UTF_8)
                .contains("edited\t《不扩散条约》审议大会\tNPT Review Conference\t执行\tNPT Review Conference\n"));

        Map<String, Object> list = json(http.get("/api/review").body());
        assertEquals(true, list.get("available"));
        List<Map<String, Object>> pairs = (List<Map<String, Object>>) list.get("pairs");
        assertEquals(List.of("accepted", "edited", "rejected"), pairs.stream().map(p -> p.get("status")).toList());
        assertEquals("《不扩散条约》审议大会", pairs.get(1).get("keptZh"));
        assertEquals(List.of("CD-1937:8"), pairs.get(0).get("examples"));
    }

    @Test
    void onlyJsonPostsAreTaken() {
        String ok = "{\"status\":\"accepted\",\"zh\":\"禁产条约\",\"en\":\"FMCT\"}";
        for (String type : new String[] {null, "text/plain", "application/x-www-form-urlencoded",
                "multipart/form-data; boundary=x"}) {
            HttpResponse<String> r = post(ok, type);
            assertEquals(415, r.statusCode(), type + ": " + r.body());
            assertTrue(json(r.body()).get("error").toString().contains("application/json"), r.body());
        }
        HttpResponse<String> other = http.send(HttpRequest.newBuilder(server.uri().resolve("/api/terms?q=FMCT"))
                .header("Content-Type", "application/json").POST(HttpRequest.BodyPublishers.ofString(ok)).build());
        assertEquals(405, other.statusCode(), "only /api/review takes a POST");
    }

    @Test
    void badBodiesAreJson400sAndSaveNothing() throws IOException {
        byte[] before = Files.exists(index.resolve(ReviewedTerms.FILE_NAME))
                ? Files.readAllBytes(index.resolve(ReviewedTerms.FILE_NAME)) : null;
        String[][] bad = {
                {"", "not a JSON object"},
                {"{\"status\":\"accepted\",\"zh\":\"禁产条约\"", "expected"},
                {"{\"status\":\"accepted\",\"zh\":\"禁产条约\",\"en\":\"FMCT\"} x", "text after the object"},
                {"{\"status\":\"maybe\",\"zh\":\"禁产条约\",\"en\":\"FMCT\"}", "status must be"},
                {"{\"status\":\"accepted\",\"zh\":\"禁产条约\"}", "missing member 'en'"},
                {"{\"status\":\"accepted\",\"zh\":\"禁产条约\",\"en\":\"FMCT\",\"newEn\":\"X\"}", "only go with"},
                {"{\"status\":\"edited\",\"zh\":\"禁产条约\",\"en\":\"FMCT\",\"newZh\":\"a\\tb\"}", "without tabs"},
                {"{\"status\":\"accepted\",\"zh\":\" \",\"en\":\"FMCT\"}", "must not be blank"},
                {"{\"status\":\"accepted\",\"zh\":\"禁产条约\",\"en\":\"FMCT\",\"x\":\"1\"}", "unknown member"},
                {"{\"status\":\"edited\",\"zh\":\"禁产条约\",\"en\":\"FMCT\",\"newZh\":\"FMCT\"}", "no Chinese"},
                {"{\"status\":1}", "not a JSON object"}};
        for (String[] e : bad) {
            HttpResponse<String> r = post(e[0], "application/json");
            assertEquals(400, r.statusCode(), e[0] + " -> " + r.body());
            String message = json(r.body()).get("error").toString();
            assertTrue(message.contains(e[1]), e[0] + " -> " + message);
            assertFalse(r.body().contains("at org."), r.body());
        }
        byte[] after = Files.exists(index.resolve(ReviewedTerms.FILE_NAME))
                ? Files.readAllBytes(index.resolve(ReviewedTerms.FILE_NAME)) : null;
        assertTrue(java.util.Arrays.equals(before, after), "a refused request leaves the file as it was");
    }

    @Test
    void foreignHostCannotPost() throws IOException {
        String body = "{\"status\":\"rejected\",\"zh\":\"裂变材料\",\"en\":\"fissile material\"}";
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        try (Socket s = new Socket(server.uri().getHost(), server.uri().getPort())) {
            s.setSoTimeout(5000);
            OutputStream out = s.getOutputStream();
            out.write(("POST /api/review HTTP/1.1\r\nHost: evil.example\r\nContent-Type: application/json\r\n"
                    + "Content-Length: " + bytes.length + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.ISO_8859_1));
            out.write(bytes);
            out.flush();
            String response = new String(s.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertTrue(response.startsWith("HTTP/1.1 403"), response);
        }
        assertTrue(ReviewedTerms.readFrom(index).decisionOn("裂变材料", "fissile material").isEmpty(),
                "the refused decision was not saved");
    }
}
