package org.bitext.cli;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import org.bitext.bench.ServeBench;
import org.bitext.web.FacadeLookupService;
import org.bitext.web.WebServer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bitext bench serve}: starts the lookup server on a free loopback port (or uses {@code --url}) and
 * drives {@code /api/search} with concurrent clients; prints requests per second, p50/p99 latency and the
 * error count (expected: zero).
 */
@Command(name = "serve", mixinStandardHelpOptions = true, description = "Load check of the lookup server: concurrent /api/search clients on loopback.")
final class BenchServeCommand implements Callable<Integer> {

    @CommandLine.Mixin
    CorpusIndexOptions corpusIndex;

    @Option(names = "--url", description = "Bench an already running server instead (e.g. http://127.0.0.1:8080/).")
    URI url;

    @Option(names = "--clients", defaultValue = "8", description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
    int clients;

    @Option(names = "--seconds", defaultValue = "10", description = "Measured duration (default: ${DEFAULT-VALUE}).")
    int seconds;

    @Option(names = "--warmup", defaultValue = "3", description = "Unmeasured warm-up seconds (default: ${DEFAULT-VALUE}).")
    int warmup;

    @CommandLine.Mixin
    HostileLoadOptions load;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException, InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        if (clients < 1 || seconds < 1 || warmup < 0) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--clients and --seconds must be >= 1 and --warmup >= 0");
        }
        load.resolve();
        ServeBench.Hostile[] hostile = new ServeBench.Hostile[1];
        ServeBench.Report report;
        if (url != null) {
            report = measure(url, hostile);
        } else {
            corpusIndex.update(out, spec.commandLine().getErr());
            Path index = corpusIndex.index();
            ByteArrayOutputStream serverLog = new ByteArrayOutputStream();
            try (WebServer server = WebServer.start(FacadeLookupService.open(index),
                    new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), Duration.ofSeconds(2),
                    new PrintStream(serverLog, true, StandardCharsets.UTF_8))) {
                out.println("bitext: benchmarking " + server.uri() + " (" + index + ", "
                        + Runtime.getRuntime().availableProcessors() + " cores)");
                out.flush();
                report = measure(server.uri(), hostile);
            }
            if (serverLog.size() > 0) {
                spec.commandLine().getErr().print(serverLog.toString(StandardCharsets.UTF_8));
            }
        }
        out.println("bench serve: " + (hostile[0] != null ? "normal clients: " : "") + report.summary());
        if (hostile[0] != null) {
            out.println("bench serve: " + hostile[0].summary());
        }
        out.flush();
        return report.errors() == 0 ? 0 : 1;
    }

    private ServeBench.Report measure(URI base, ServeBench.Hostile[] hostile) throws InterruptedException {
        if (load.none()) {
            return ServeBench.run(base, clients, Duration.ofSeconds(seconds), Duration.ofSeconds(warmup));
        }
        return ServeBench.runHostile(base, clients, load.slow, load.deep, Duration.ofSeconds(seconds),
                Duration.ofSeconds(warmup), hostile);
    }
}
