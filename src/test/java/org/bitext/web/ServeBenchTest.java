package org.bitext.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import org.bitext.bench.ServeBench;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * {@code mvn -Pbench test -Dtest=ServeBenchTest}: the load check of {@code bitext bench serve} on the
 * fixture index (CD/1937 with gold pairs), for machines where the aligner is not built yet. Prints figures.
 */
@Tag("bench")
class ServeBenchTest {

    @Test
    void eightClientsTenSecondsWithoutErrors() throws Exception {
        int clients = Integer.getInteger("bench.clients", 8);
        int seconds = Integer.getInteger("bench.seconds", 10);
        // Kept in target/ so that `./bitext bench serve --index target/bench-fixture/index` can reuse it.
        Path dir = Path.of("target", "bench-fixture");
        if (!Files.isDirectory(dir.resolve("index"))) {
            Fixtures.index(Fixtures.corpus(dir.resolve("corpus")), dir.resolve("index"), Map.of());
        }
        try (WebServer server = WebServer.start(FacadeLookupService.open(dir.resolve("index")),
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), Duration.ofSeconds(2),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))) {
            ServeBench.Report r = ServeBench.run(server.uri(), clients, Duration.ofSeconds(seconds),
                    Duration.ofSeconds(3));
            System.out.println("bench serve (fixture index): " + r.summary());
            assertEquals(0, r.errors());
        }
    }

    /** The same load on a service that answers instantly: what the HTTP layer itself costs. */
    @Test
    void httpLayerAlone() throws Exception {
        try (WebServer server = WebServer.start(new CountingLookupService(),
                new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), Duration.ofSeconds(2),
                new PrintStream(new ByteArrayOutputStream(), true, StandardCharsets.UTF_8))) {
            ServeBench.Report r = ServeBench.run(server.uri(), Integer.getInteger("bench.clients", 8),
                    Duration.ofSeconds(Integer.getInteger("bench.seconds", 10)), Duration.ofSeconds(3));
            System.out.println("bench serve (HTTP layer, empty service): " + r.summary());
            assertEquals(0, r.errors());
        }
    }
}
