package org.bitext.web;

import static org.bitext.web.WebTestClient.enc;
import static org.bitext.web.WebTestClient.json;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;
import org.bitext.align.AlignedPair;
import org.bitext.align.Level;
import org.bitext.index.IndexReport;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Several clients search one server at once while the corpus is re-indexed underneath it: every request
 * must succeed, and the new document must become searchable without a restart (the searcher is swapped).
 */
class ConcurrencyTest {

    private static final String NEW_DOC = "NEW-1";
    private static final String NEW_EN = "The zeugma of the FMCT was noted by the Chair.";
    private static final String NEW_ZH = "主席注意到禁产条约的轭式修辞。";

    @Test
    void concurrentSearchesSurviveAReindexAndSeeItsResult(@TempDir Path tmp) throws Exception {
        Path corpus = Fixtures.corpus(tmp.resolve("corpus"));
        Path index = tmp.resolve("index");
        Map<String, List<AlignedPair>> extra = Map.of(NEW_DOC,
                List.of(new AlignedPair(NEW_DOC, Level.SENTENCE, "1", 1, NEW_EN, NEW_ZH, 0.8)));
        Fixtures.index(corpus, index, extra);
        ByteArrayOutputStream log = new ByteArrayOutputStream();
        try (WebServer server = WebServer.start(FacadeLookupService.open(index),
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), Duration.ofMillis(100),
                new PrintStream(log, true, StandardCharsets.UTF_8))) {
            WebTestClient http = new WebTestClient(server.uri());
            assertEquals(0L, total(http, "zeugma"));
            long fmctBefore = total(http, "FMCT");

            List<String> queries = List.of("q=" + enc("禁产条约"), "q=FMCT", "q=nuclear&limit=5&offset=5",
                    "q=" + enc("核武器") + "&level=paragraph", "q=zeugma", "q=" + enc("\"nuclear weapons\""));
            AtomicBoolean stop = new AtomicBoolean();
            AtomicLong requests = new AtomicLong();
            ConcurrentLinkedQueue<String> failures = new ConcurrentLinkedQueue<>();
            ExecutorService clients = Executors.newFixedThreadPool(8);
            List<Future<?>> running = new ArrayList<>();
            for (int c = 0; c < 8; c++) {
                int first = c;
                running.add(clients.submit(() -> {
                    for (int k = first; !stop.get(); k++) {
                        String q = queries.get(k % queries.size());
                        HttpResponse<String> r = http.get("/api/search?" + q);
                        requests.incrementAndGet();
                        if (r.statusCode() != 200 || !r.body().startsWith("{\"query\"")) {
                            failures.add(q + " -> " + r.statusCode() + " " + r.body());
                        }
                    }
                }));
            }
            while (requests.get() < 8) {
                Thread.sleep(20);
            }
            Files.writeString(corpus.resolve(NEW_DOC + ".en.txt"), "1. " + NEW_EN + "\n", StandardCharsets.UTF_8);
            Files.writeString(corpus.resolve(NEW_DOC + ".zh.txt"), "1. " + NEW_ZH + "\n", StandardCharsets.UTF_8);
            IndexReport report = Fixtures.index(corpus, index, extra);
            assertEquals(1, report.added(), report.summary());

            long deadline = System.nanoTime() + Duration.ofSeconds(20).toNanos();
            while (total(http, "zeugma") == 0 && System.nanoTime() < deadline) {
                Thread.sleep(50);
            }
            // Keep the load on across the swap: every client gets requests answered by the new searcher.
            long seen = requests.get();
            while (requests.get() < seen + 16 && System.nanoTime() < deadline + Duration.ofSeconds(20).toNanos()) {
                Thread.sleep(20);
            }
            stop.set(true);
            for (Future<?> f : running) {
                f.get();
            }
            clients.shutdown();

            assertEquals(1L, total(http, "zeugma"), "the re-indexed document is searchable without a restart");
            assertEquals(fmctBefore + 1, total(http, "FMCT"));
            assertTrue(failures.isEmpty(), failures.size() + " failed requests, first: " + failures.peek());
            assertTrue(requests.get() >= 24, "only " + requests.get() + " requests ran");
            assertEquals("", log.toString(StandardCharsets.UTF_8), "server logged no error");
        }
    }

    private static long total(WebTestClient http, String query) {
        HttpResponse<String> r = http.get("/api/search?q=" + enc(query));
        assertEquals(200, r.statusCode(), r.body());
        return ((Number) json(r.body()).get("total")).longValue();
    }
}
