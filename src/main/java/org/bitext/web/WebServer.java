package org.bitext.web;

import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.PrintStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.time.Duration;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The translator lookup server: one page and a JSON API over a {@link LookupService}.
 *
 * <p>Built on the JDK's {@code com.sun.net.httpserver} rather than a framework (Javalin, Jetty): it is an
 * exported, supported module ({@code jdk.httpserver}) of every JDK, the server has five GET routes and no
 * sessions, and so it adds no dependency (nor its CVE stream) to a desktop tool.
 *
 * <p>Slow clients: the JDK server reads a request's headers on the executor's thread, so a fixed pool of
 * four let four slow sockets freeze the server. Requests now run on virtual threads (a slow client parks
 * one, costing a few hundred bytes) and the JDK's own timeouts close connections that are too slow (see
 * {@link ServerLimits}); the CPU-bound search work is bounded separately ({@link WorkLimiter}). The
 * accept queue is bounded ({@value #BACKLOG}). The index is refreshed in the background every
 * {@code refreshEvery}, and re-opened when a rebuild replaced it.
 */
@SuppressForbidden(reason = "com.sun.net.httpserver is the exported jdk.httpserver API")
public final class WebServer implements AutoCloseable {

    private final HttpServer server;
    /** Connections waiting to be accepted before the kernel refuses more. */
    static final int BACKLOG = 128;

    private final ExecutorService workers;
    private final ScheduledExecutorService refresher;
    private final LookupService service;
    private final URI uri;
    private boolean closed;

    private WebServer(HttpServer server, ExecutorService workers, ScheduledExecutorService refresher,
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
        ServerLimits.apply();
        HttpServer server = null;
        ExecutorService workers = null;
        ScheduledExecutorService refresher = null;
        try {
            StaticResources resources = StaticResources.load();
            boolean loopbackOnly = address.getAddress() != null && address.getAddress().isLoopbackAddress();
            server = HttpServer.create(address, BACKLOG);
            workers = Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("bitext-http-", 1).factory());
            server.setExecutor(workers);
            server.createContext("/", new WebHandler(service, resources, loopbackOnly, log));
            refresher = Executors.newSingleThreadScheduledExecutor(named("bitext-refresh-"));
            long millis = refreshEvery.toMillis();
            RefreshLog refreshLog = new RefreshLog(log);
            refresher.scheduleWithFixedDelay(() -> refresh(service, refreshLog), millis, millis, TimeUnit.MILLISECONDS);
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

    private static void refresh(LookupService service, RefreshLog log) {
        try {
            service.refresh();
            log.ok();
        } catch (RuntimeException e) {
            // Keep serving the searcher we have; the next tick retries (the index may be mid-rebuild).
            log.failed(e.getMessage());
        }
    }

    /** Logs a refresh problem when it starts or changes and when it ends, not every tick. */
    private static final class RefreshLog {
        private final PrintStream log;
        private String last;

        RefreshLog(PrintStream log) {
            this.log = log;
        }

        void ok() {
            if (last != null) {
                log.println("bitext serve: the index is refreshed again");
                last = null;
            }
        }

        void failed(String message) {
            if (!message.equals(last)) {
                log.println("bitext serve: could not refresh the index (still serving the previous one): " + message);
                last = message;
            }
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
