package org.bitext.web;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The translator lookup server: one page and a JSON API over a {@link LookupService}.
 *
 * <p>Built on the JDK's {@code com.sun.net.httpserver} rather than a framework (Javalin, Jetty): it is an
 * exported, supported module ({@code jdk.httpserver}) of every JDK, the server has five GET routes and no
 * sessions, and so it adds no dependency (nor its CVE stream) to a desktop tool. Requests run on a bounded
 * pool; when the pool and its queue are full the accepting thread runs the request itself, which slows
 * accepting down instead of dropping connections. The index is re-opened in the background every
 * {@code refreshEvery} so a re-index while serving is picked up without a restart.
 */
@SuppressForbidden(reason = "com.sun.net.httpserver is the exported jdk.httpserver API")
public final class WebServer implements AutoCloseable {

    private final HttpServer server;
    private final ThreadPoolExecutor workers;
    private final ScheduledExecutorService refresher;
    private final LookupService service;
    private final URI uri;
    private boolean closed;

    private WebServer(HttpServer server, ThreadPoolExecutor workers, ScheduledExecutorService refresher,
                      LookupService service, URI uri) {
        this.server = server;
        this.workers = workers;
        this.refresher = refresher;
        this.service = service;
        this.uri = uri;
    }

    /**
     * Starts serving on {@code address} (port 0 picks a free port). The server owns {@code service} and
     * closes it on {@link #close()}.
     *
     * @throws IOException when the address cannot be bound (port in use, unknown host)
     */
    public static WebServer start(LookupService service, InetSocketAddress address, Duration refreshEvery,
                                  PrintStream log) throws IOException {
        HttpServer server = null;
        ThreadPoolExecutor workers = null;
        ScheduledExecutorService refresher = null;
        try {
            StaticResources resources = StaticResources.load();
            boolean loopbackOnly = address.getAddress() != null && address.getAddress().isLoopbackAddress();
            server = HttpServer.create(address, 64);
            int threads = Math.min(16, Math.max(4, 2 * Runtime.getRuntime().availableProcessors()));
            workers = new ThreadPoolExecutor(threads, threads, 30, TimeUnit.SECONDS, new ArrayBlockingQueue<>(256),
                    named("bitext-http-"), new ThreadPoolExecutor.CallerRunsPolicy());
            server.setExecutor(workers);
            server.createContext("/", new WebHandler(service, resources, loopbackOnly, log));
            refresher = Executors.newSingleThreadScheduledExecutor(named("bitext-refresh-"));
            long millis = refreshEvery.toMillis();
            refresher.scheduleWithFixedDelay(() -> refresh(service, log), millis, millis, TimeUnit.MILLISECONDS);
            server.start();
            InetSocketAddress bound = server.getAddress();
            String host = bound.getAddress().isAnyLocalAddress() ? "127.0.0.1"
                    : bound.getAddress().getHostAddress();
            if (host.indexOf(':') >= 0) {
                host = "[" + host + "]";
            }
            URI uri = URI.create("http://" + host + ":" + bound.getPort() + "/");
            return new WebServer(server, workers, refresher, service, uri);
        } catch (IOException | RuntimeException e) {
            // The server owns the service from the start: a failed start (port in use) releases it too.
            if (refresher != null) {
                refresher.shutdownNow();
            }
            if (server != null) {
                server.stop(0);
            }
            if (workers != null) {
                workers.shutdownNow();
            }
            service.close();
            throw e;
        }
    }

    /** The page's address, e.g. {@code http://127.0.0.1:8080/}. */
    public URI uri() {
        return uri;
    }

    public int port() {
        return server.getAddress().getPort();
    }

    /** Stops accepting, lets requests in flight finish (up to a second), then closes the index. */
    @Override
    public synchronized void close() {
        if (closed) {
            return;
        }
        closed = true;
        refresher.shutdown();
        server.stop(1);
        workers.shutdown();
        try {
            // The index is closed only once no request and no refresh can still be using it.
            if (!workers.awaitTermination(5, TimeUnit.SECONDS)) {
                workers.shutdownNow();
            }
            refresher.awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            workers.shutdownNow();
            Thread.currentThread().interrupt();
        }
        service.close();
    }

    private static void refresh(LookupService service, PrintStream log) {
        try {
            service.refresh();
        } catch (RuntimeException e) {
            // Keep serving the searcher we have; the next tick retries (the index may be mid-rebuild).
            log.println("bitext serve: could not refresh the index: " + e.getMessage());
        }
    }

    private static ThreadFactory named(String prefix) {
        AtomicInteger n = new AtomicInteger();
        return r -> {
            Thread t = new Thread(r, prefix + n.incrementAndGet());
            t.setDaemon(true);
            return t;
        };
    }
}
