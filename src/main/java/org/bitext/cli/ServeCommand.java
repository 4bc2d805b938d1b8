package org.bitext.cli;

import java.io.IOException;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.net.BindException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import org.bitext.text.BadInputException;
import org.bitext.web.FacadeLookupService;
import org.bitext.web.WebServer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code bitext serve}: the translator lookup page and its JSON API on a local port, over the index (built
 * from the corpus first when missing or stale, as every command does). Runs until Ctrl-C, which stops it cleanly through a shutdown hook.
 */
@Command(name = "serve", mixinStandardHelpOptions = true, description = {
        "Serve the lookup page and JSON API (GET /api/search, /api/pair/DOC/PARAGRAPH, /api/terms, /health).",
        "Indexes the corpus first when the index is missing or stale. Stop with Ctrl-C."})
final class ServeCommand implements Callable<Integer> {

    @CommandLine.Mixin
    CorpusIndexOptions corpusIndex;

    @Option(names = "--port", defaultValue = "8080", description = "TCP port; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--host", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only).")
    String host;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (port < 0 || port > 65535) {
            throw new CommandLine.ParameterException(spec.commandLine(), "--port must be in 0..65535, was " + port);
        }
        InetSocketAddress address = new InetSocketAddress(host, port);
        if (address.isUnresolved()) {
            throw new BadInputException(null, "unknown host '" + host + "' (--host)");
        }
        corpusIndex.update(out, err);
        Path index = corpusIndex.index();
        WebServer server;
        try {
            server = WebServer.start(FacadeLookupService.open(index), address, Duration.ofSeconds(2),
                    new PrintStream(System.err, true, StandardCharsets.UTF_8));
        } catch (BindException e) {
            throw new BadInputException(null, "cannot listen on " + host + ":" + port + " (" + e.getMessage()
                    + "); choose another port with --port");
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Thread hook = new Thread(() -> {
            server.close();
            stopped.countDown();
        }, "bitext-serve-shutdown");
        Runtime.getRuntime().addShutdownHook(hook);
        if (!address.getAddress().isLoopbackAddress()) {
            err.println("bitext: warning: listening on " + host + ": other machines can read this index");
        }
        out.println("bitext: serving " + index + " at " + server.uri() + "  (Ctrl-C to stop)");
        out.flush();
        try {
            stopped.await();
        } catch (InterruptedException e) {
            // Stopped from inside the JVM (tests, embedding): same clean stop as Ctrl-C.
            Runtime.getRuntime().removeShutdownHook(hook);
            server.close();
            Thread.currentThread().interrupt();
        }
        out.println("bitext: stopped");
        out.flush();
        return 0;
    }
}
