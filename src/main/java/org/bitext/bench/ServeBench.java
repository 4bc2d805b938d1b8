package org.bitext.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicLong;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

/**
 * Load check of a running lookup server: N clients on loopback, each sending {@code /api/search} requests
 * back to back for a fixed time with a mix of queries (Chinese, English, phrases, OR, prefix, exclusion,
 * paging, paragraph level). Counts every non-200 answer or failed request as an error.
 */
public final class ServeBench {

    /** The query mix: terms of UN disarmament texts in both languages and every query form. */
    public static final List<String> QUERIES = List.of(
            "q=" + enc("禁产条约"),
            "q=FMCT",
            "q=nuclear",
            "q=" + enc("核武器"),
            "q=" + enc("\"nuclear weapons\""),
            "q=disarmament&offset=20",
            "q=" + enc("裁军"),
            "q=" + enc("treaty OR convention"),
            "q=" + enc("prolif*"),
            "q=" + enc("security -nuclear"),
            "q=" + enc("不扩散") + "&level=paragraph",
            "q=" + enc("Conference on Disarmament") + "&limit=50");

    /** Figures of one run. Latencies in milliseconds. */
    public record Report(int clients, double seconds, long requests, long errors, double requestsPerSecond,
                         double p50, double p99, double max) {
        public String summary() {
            return String.format(Locale.ROOT, "%d clients, %.1f s: %d requests, %d errors, %.0f requests/s, "
                    + "latency p50 %.2f ms, p99 %.2f ms, max %.2f ms", clients, seconds, requests, errors,
                    requestsPerSecond, p50, p99, max);
        }
    }

    private ServeBench() {
    }

    /** Runs {@code clients} clients against {@code base} for {@code duration} after a short warm-up. */
    public static Report run(URI base, int clients, Duration duration, Duration warmup)
            throws InterruptedException {
        if (clients < 1) {
            throw new IllegalArgumentException("clients must be >= 1, was " + clients);
        }
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        load(http, base, clients, warmup); // JIT and index caches warm, connections open
        long start = System.nanoTime();
        List<long[]> results = load(http, base, clients, duration);
        double seconds = (System.nanoTime() - start) / 1e9;
        long errors = 0;
        int n = 0;
        for (long[] r : results) {
            errors += r[0];
            n += r.length - 1;
        }
        long[] latencies = new long[n];
        int i = 0;
        for (long[] r : results) {
            System.arraycopy(r, 1, latencies, i, r.length - 1);
            i += r.length - 1;
        }
        Arrays.sort(latencies);
        return new Report(clients, seconds, n, errors, n / seconds, percentile(latencies, 0.50),
                percentile(latencies, 0.99), n == 0 ? 0 : latencies[n - 1] / 1e6);
    }

    /** Per client: element 0 = errors, then the latency of each request in nanoseconds. */
    private static List<long[]> load(HttpClient http, URI base, int clients, Duration duration)
            throws InterruptedException {
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long end = System.nanoTime() + duration.toNanos();
        List<Future<long[]>> futures = new ArrayList<>();
        for (int c = 0; c < clients; c++) {
            int offset = c;
            futures.add(pool.submit(() -> client(http, base, offset, end)));
        }
        List<long[]> out = new ArrayList<>();
        try {
            for (Future<long[]> f : futures) {
                out.add(f.get());
            }
        } catch (ExecutionException e) {
            throw new IllegalStateException("bench client failed: " + e.getCause(), e.getCause());
        } finally {
            pool.shutdownNow();
        }
        return out;
    }

    /** What the hostile clients of {@link #runHostile} did and got. */
    public record Hostile(int slowClients, long slowConnections, long slowClosedByServer, double slowLongestSeconds,
                          int deepClients, long deepRequests, long deepRefused, long deepAnswered) {
        public String summary() {
            return String.format(Locale.ROOT, "hostile: %d slow clients opened %d connections, %d closed by the server"
                    + " (the longest after %.1f s); %d deep-paging clients sent %d requests: %d refused (400), %d"
                    + " answered at the deepest allowed page", slowClients, slowConnections, slowClosedByServer,
                    slowLongestSeconds, deepClients, deepRequests, deepRefused, deepAnswered);
        }
    }

    /**
     * The load check of issue 14: {@code clients} normal clients as {@link #run} while {@code slow} slowloris
     * clients (request headers a line every half second, never finished; reconnecting when cut off) and
     * {@code deep} deep-paging clients (offset 100,000 and the deepest page allowed, back to back) run.
     * The report is the normal clients' figures; the hostile ones' are in {@code hostile[0]}.
     */
    public static Report runHostile(URI base, int clients, int slow, int deep, Duration duration, Duration warmup,
                                    Hostile[] hostile) throws InterruptedException {
        long end = System.nanoTime() + warmup.toNanos() + duration.toNanos() + 2_000_000_000L;
        AtomicLong connections = new AtomicLong();
        AtomicLong closed = new AtomicLong();
        AtomicLong longest = new AtomicLong();
        AtomicLong deepRequests = new AtomicLong();
        AtomicLong refused = new AtomicLong();
        AtomicLong answered = new AtomicLong();
        List<Thread> threads = new ArrayList<>();
        for (int k = 0; k < slow; k++) {
            threads.add(Thread.ofVirtual().start(() -> slowloris(base, end, connections, closed, longest)));
        }
        HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(5)).build();
        for (int k = 0; k < deep; k++) {
            threads.add(Thread.ofPlatform().daemon().start(() -> deepPager(http, base, end, deepRequests, refused,
                    answered)));
        }
        Thread.sleep(1000); // the hostile clients are in place before the normal ones start
        Report report = run(base, clients, duration, warmup);
        for (Thread t : threads) {
            t.interrupt();
        }
        for (Thread t : threads) {
            t.join(5000);
        }
        hostile[0] = new Hostile(slow, connections.get(), closed.get(), longest.get() / 1e9, deep, deepRequests.get(),
                refused.get(), answered.get());
        return report;
    }

    private static void slowloris(URI base, long end, AtomicLong connections, AtomicLong closed, AtomicLong longest) {
        while (System.nanoTime() < end && !Thread.currentThread().isInterrupted()) {
            long t0 = System.nanoTime();
            try (Socket s = new Socket(base.getHost(), base.getPort())) {
                connections.incrementAndGet();
                OutputStream out = s.getOutputStream();
                out.write("GET /api/search?q=FMCT HTTP/1.1\r\nHost: localhost\r\n".getBytes(StandardCharsets.ISO_8859_1));
                for (int h = 0; System.nanoTime() < end; h++) {
                    Thread.sleep(500);
                    out.write(("X-Slow-" + h + ": 1\r\n").getBytes(StandardCharsets.ISO_8859_1));
                    out.flush();
                }
            } catch (IOException e) {
                closed.incrementAndGet(); // the server cut the connection off
                longest.accumulateAndGet(System.nanoTime() - t0, Math::max);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private static void deepPager(HttpClient http, URI base, long end, AtomicLong requests, AtomicLong refused,
                                  AtomicLong answered) {
        String[] pages = {"/api/search?q=the&offset=100000&limit=1000", "/api/search?q=the&offset=990&limit=10",
            "/api/search?q=" + enc("的") + "&offset=0&limit=1000"};
        for (int k = 0; System.nanoTime() < end && !Thread.currentThread().isInterrupted(); k++) {
            HttpRequest req = HttpRequest.newBuilder(base.resolve(pages[k % pages.length]))
                    .timeout(Duration.ofSeconds(30)).GET().build();
            try {
                int status = http.send(req, HttpResponse.BodyHandlers.discarding()).statusCode();
                requests.incrementAndGet();
                if (status == 400) {
                    refused.incrementAndGet();
                } else if (status == 200) {
                    answered.incrementAndGet();
                }
            } catch (IOException e) {
                requests.incrementAndGet();
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private static long[] client(HttpClient http, URI base, int start, long end) throws InterruptedException {
        long[] lat = new long[1 << 12];
        int n = 1;
        long errors = 0;
        for (int k = start; System.nanoTime() < end; k++) {
            HttpRequest req = HttpRequest.newBuilder(base.resolve("/api/search?" + QUERIES.get(k % QUERIES.size())))
                    .timeout(Duration.ofSeconds(10)).GET().build();
            long t0 = System.nanoTime();
            try {
                HttpResponse<byte[]> r = http.send(req, HttpResponse.BodyHandlers.ofByteArray());
                if (r.statusCode() != 200 || r.body().length == 0 || r.body()[0] != '{') {
                    errors++;
                }
            } catch (IOException e) {
                errors++;
            }
            if (n == lat.length) {
                lat = Arrays.copyOf(lat, n * 2);
            }
            lat[n++] = System.nanoTime() - t0;
        }
        long[] out = Arrays.copyOf(lat, n);
        out[0] = errors;
        return out;
    }

    private static double percentile(long[] sorted, double p) {
        if (sorted.length == 0) {
            return 0;
        }
        int idx = (int) Math.ceil(p * sorted.length) - 1;
        return sorted[Math.max(0, Math.min(sorted.length - 1, idx))] / 1e6;
    }

    private static String enc(String s) {
        return URLEncoder.encode(s, StandardCharsets.UTF_8);
    }
}
