package org.bitext.web;

import static org.bitext.web.WebTestClient.json;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.net.SocketException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.bitext.align.AlignedPair;
import org.bitext.align.Level;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 14, points 2 to 4 and the server items of 8, against a real server on a loopback port with raw
 * sockets: slow clients, deep pages, a rebuild while serving, Host and escape tricks. Every test is bounded
 * in time.
 */
class ServerReliabilityTest {

    private static WebServer server;
    private static WebTestClient http;
    private static Path corpus;
    private static Path index;
    private static final ByteArrayOutputStream LOG = new ByteArrayOutputStream();

    @BeforeAll
    static void start(@TempDir Path tmp) throws IOException {
        corpus = Fixtures.corpus(tmp.resolve("corpus"));
        index = tmp.resolve("index");
        Fixtures.index(corpus, index, Map.of());
        server = WebServer.start(FacadeLookupService.open(index),
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), Duration.ofMillis(200),
                new PrintStream(LOG, true, StandardCharsets.UTF_8));
        http = new WebTestClient(server.uri());
    }

    @AfterAll
    static void stop() {
        server.close();
    }

    private static Socket slowClient() throws IOException {
        Socket s = new Socket(server.uri().getHost(), server.port());
        OutputStream out = s.getOutputStream();
        // The request line and one header, never the blank line that ends the headers.
        out.write("GET /api/search?q=FMCT HTTP/1.1\r\nHost: localhost\r\n".getBytes(StandardCharsets.ISO_8859_1));
        out.flush();
        return s;
    }

    @Test
    void slowClientsDoNotDelayOthersAndAreCutOff() throws Exception {
        List<Socket> slow = new ArrayList<>();
        try {
            for (int k = 0; k < 64; k++) {
                slow.add(slowClient());
            }
            assertTimeoutPreemptively(Duration.ofSeconds(10), () -> {
                for (int k = 0; k < 20; k++) {
                    long t0 = System.nanoTime();
                    HttpResponse<String> r = http.get("/api/search?q=FMCT");
                    assertEquals(200, r.statusCode(), r.body());
                    assertTrue(System.nanoTime() - t0 < 2_000_000_000L, "a normal request waited on slow ones");
                }
            });
            // The JDK server closes a connection whose headers have not arrived within maxReqTime (5 s).
            Socket first = slow.get(0);
            first.setSoTimeout(15_000);
            long t0 = System.nanoTime();
            int read;
            try (InputStream in = first.getInputStream()) {
                read = in.read();
            } catch (SocketException e) {
                read = -1; // reset by the server: closed as well
            }
            long waited = (System.nanoTime() - t0) / 1_000_000;
            assertEquals(-1, read, "the slow connection is closed without a response");
            assertTrue(waited < 12_000, "closed after " + waited + " ms");
        } finally {
            for (Socket s : slow) {
                s.close();
            }
        }
    }

    @Test
    void aSilentConnectionIsClosed() throws Exception {
        try (Socket s = new Socket(server.uri().getHost(), server.port())) {
            s.setSoTimeout(15_000);
            long t0 = System.nanoTime();
            int read;
            try {
                read = s.getInputStream().read();
            } catch (SocketException e) {
                read = -1;
            }
            assertEquals(-1, read);
            assertTrue(System.nanoTime() - t0 < 12_000_000_000L);
        }
    }

    @Test
    void deepPagesAreRefusedWithAClearMessage() {
        HttpResponse<String> deep = http.get("/api/search?q=item&offset=100000&limit=1000");
        assertEquals(400, deep.statusCode());
        assertTrue(((String) json(deep.body()).get("error")).contains("offset + limit"), deep.body());
        HttpResponse<String> edge = http.get("/api/search?q=FMCT&offset=999&limit=2");
        assertEquals(400, edge.statusCode(), edge.body());
        assertEquals(200, http.get("/api/search?q=FMCT&offset=980&limit=20").statusCode());
        HttpResponse<String> huge = http.get("/api/search?q=FMCT&offset=2147483647");
        assertEquals(400, huge.statusCode());
    }

    @Test
    void hostHeadersThatOnlyStartWithLocalhostAreRefused() {
        for (String host : List.of("localhost:80@evil.com", "localhost@evil.com", "localhost.evil.com",
                "127.0.0.1.evil.com:80", "localhost:80/x")) {
            assertTrue(http.raw("/health", host).startsWith("HTTP/1.1 403"), host);
        }
        for (String host : List.of("localhost", "localhost:" + server.port(), "127.0.0.1:80", "[::1]:8080")) {
            assertTrue(http.raw("/health", host).startsWith("HTTP/1.1 200"), host);
        }
    }

    @Test
    void badEscapesThatReachBitextAreJson400() {
        for (String target : List.of("/api/search?q=%E4", "/api/search?q=%C3%28", "/api/search?q=ab%F0%9F",
                "/api/pair/CD-1937%FF/9")) {
            String response = http.raw(target, "localhost");
            assertAll(target,
                    () -> assertTrue(response.startsWith("HTTP/1.1 400"), response),
                    () -> assertTrue(response.contains("application/json"), response),
                    () -> assertTrue(response.contains("\"error\""), response));
        }
    }

    @Test
    void aRebuildWhileServingIsPickedUpAndHealthSaysWhenItCannotRefresh() throws Exception {
        assertTimeoutPreemptively(Duration.ofSeconds(30), () -> {
            HttpResponse<String> before = http.get("/health");
            assertEquals(200, before.statusCode());
            assertTrue(json(before.body()).containsKey("generation"), before.body());

            // rm -rf index/*: the server keeps its searcher, /health says it cannot refresh.
            try (Stream<Path> files = Files.list(index)) {
                for (Path f : files.toList()) {
                    Files.delete(f);
                }
            }
            HttpResponse<String> stale = waitFor("/health", 503);
            assertEquals("stale", json(stale.body()).get("status"), stale.body());
            assertEquals(200, http.get("/api/search?q=FMCT").statusCode(), "the old searcher still serves");

            // A full rebuild with other content: the server reopens the index.
            Path extra = corpus.resolve("NEW-1.zh.txt");
            Files.writeString(extra, "新文件\n", StandardCharsets.UTF_8);
            Files.writeString(corpus.resolve("NEW-1.en.txt"), "zanzibar\n", StandardCharsets.UTF_8);
            Fixtures.index(corpus, index, Map.of("NEW-1", List.of(
                    new AlignedPair("NEW-1", Level.SENTENCE, "1", 1, "The zanzibar clause.", "桑给巴尔条款。", 1.0))));
            HttpResponse<String> ok = waitFor("/health", 200);
            assertEquals("ok", json(ok.body()).get("status"));
            long deadline = System.nanoTime() + 10_000_000_000L;
            double total = 0;
            while (System.nanoTime() < deadline && total == 0) {
                total = ((Number) json(http.get("/api/search?q=zanzibar").body()).get("total")).doubleValue();
                Thread.sleep(50);
            }
            assertEquals(1.0, total, "the rebuilt index is searched");
            String log = LOG.toString(StandardCharsets.UTF_8);
            assertTrue(log.lines().filter(l -> l.contains("could not refresh")).count() <= 3,
                    "a refresh problem is logged when it starts or changes, not every tick:\n" + log);
        });
    }

    private static HttpResponse<String> waitFor(String path, int status) throws InterruptedException {
        long deadline = System.nanoTime() + 10_000_000_000L;
        HttpResponse<String> r = http.get(path);
        while (r.statusCode() != status && System.nanoTime() < deadline) {
            Thread.sleep(50);
            r = http.get(path);
        }
        assertEquals(status, r.statusCode(), r.body());
        return r;
    }
}
