package org.bitext.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ConnectException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bitext.Bitext;
import org.bitext.align.AlignedPair;
import org.bitext.align.Level;
import org.bitext.index.IndexProgress;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code bitext serve} as a command: prints the URL, answers, stops cleanly; bad options exit 2. */
class ServeCommandTest {

    private static final Pattern URL = Pattern.compile("at (http://127\\.0\\.0\\.1:\\d+/)");

    @Test
    void servesAnExistingIndexPrintsTheUrlAndStopsCleanly(@TempDir Path tmp) throws Exception {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        Files.writeString(corpus.resolve("D.en.txt"), "1. The FMCT.\n", StandardCharsets.UTF_8);
        Files.writeString(corpus.resolve("D.zh.txt"), "1. 禁产条约。\n", StandardCharsets.UTF_8);
        Path index = tmp.resolve("index");
        Bitext.index(corpus, index, source -> List.of(
                new AlignedPair(source.key(), Level.SENTENCE, "1", 1, "The FMCT.", "禁产条约。", 1.0),
                new AlignedPair(source.key(), Level.PARAGRAPH, "1", 1, "The FMCT.", "禁产条约。", 1.0)),
                IndexProgress.NONE);

        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        AtomicInteger exit = new AtomicInteger(-1);
        Thread serving = new Thread(() -> exit.set(Main.commandLine(new PrintWriter(out, true),
                new PrintWriter(err, true)).execute("serve", "--index", index.toString(), "--port", "0")));
        serving.start();
        URI uri = null;
        for (int i = 0; i < 200 && uri == null; i++) {
            Matcher m = URL.matcher(out.toString());
            if (m.find()) {
                uri = URI.create(m.group(1));
            } else {
                Thread.sleep(50);
            }
        }
        assertTrue(uri != null, "no URL printed: " + out + err);
        HttpResponse<String> r = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(uri.resolve("/api/search?q=FMCT")).timeout(Duration.ofSeconds(10)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("\"total\":1"), r.body());

        serving.interrupt();
        serving.join(10_000);
        assertFalse(serving.isAlive());
        assertEquals(0, exit.get(), err.toString());
        assertTrue(out.toString().contains("bitext: stopped"), out.toString());
        URI stopped = uri;
        assertThrows(ConnectException.class, () -> new Socket(stopped.getHost(), stopped.getPort()).close());
    }

    @Test
    void missingIndexIsBuiltFromTheCorpusWithTheRealAlignerFirst(@TempDir Path tmp) throws Exception {
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        for (String lang : List.of("zh", "en")) {
            Files.copy(Path.of("corpus", "CD-1937." + lang + ".txt"), corpus.resolve("CD-1937." + lang + ".txt"));
        }
        Path index = tmp.resolve("index");
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        AtomicInteger exit = new AtomicInteger(-1);
        Thread serving = new Thread(() -> exit.set(Main.commandLine(new PrintWriter(out, true),
                new PrintWriter(err, true)).execute("serve", "--index", index.toString(), "--corpus",
                corpus.toString(), "--port", "0")));
        serving.start();
        URI uri = awaitUrl(out, err, exit);
        assertTrue(out.toString().contains("indexing " + corpus), out.toString());
        HttpResponse<String> r = HttpClient.newHttpClient().send(
                HttpRequest.newBuilder(uri.resolve("/api/search?q=%E7%A6%81%E4%BA%A7%E6%9D%A1%E7%BA%A6"))
                        .timeout(Duration.ofSeconds(20)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertEquals(200, r.statusCode(), r.body());
        assertTrue(r.body().contains("\"spotted\":\"FMCT\""), "CD/1937 aligned, 禁产条约 spotted as FMCT: " + r.body());
        serving.interrupt();
        serving.join(20_000);
        assertEquals(0, exit.get(), err.toString());
    }

    private static URI awaitUrl(StringWriter out, StringWriter err, AtomicInteger exit)
            throws InterruptedException {
        for (int i = 0; i < 1200; i++) { // indexing with the aligner first may take a while on a busy machine
            Matcher m = URL.matcher(out.toString());
            if (m.find()) {
                return URI.create(m.group(1));
            }
            if (exit.get() != -1) {
                break; // the command ended without serving
            }
            Thread.sleep(50);
        }
        throw new AssertionError("no URL printed: " + out + err);
    }

    @Test
    void portInUseIsAOneLineError(@TempDir Path tmp) throws IOException {
        Path index = tmp.resolve("index");
        Path corpus = Files.createDirectories(tmp.resolve("corpus"));
        Files.writeString(corpus.resolve("D.en.txt"), "1. The FMCT.\n", StandardCharsets.UTF_8);
        Files.writeString(corpus.resolve("D.zh.txt"), "1. 禁产条约。\n", StandardCharsets.UTF_8);
        Bitext.index(corpus, index, source -> List.of(
                new AlignedPair(source.key(), Level.SENTENCE, "1", 1, "The FMCT.", "禁产条约。", 1.0)),
                IndexProgress.NONE);
        try (ServerSocket taken = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
            StringWriter err = new StringWriter();
            int code = Main.commandLine(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true))
                    .execute("serve", "--index", index.toString(), "--port", String.valueOf(taken.getLocalPort()));
            assertEquals(2, code, err.toString());
            assertTrue(err.toString().startsWith("bitext: cannot listen on 127.0.0.1:" + taken.getLocalPort()),
                    err.toString());
            assertEquals(1, err.toString().strip().lines().count(), err.toString());
        }
    }

    @Test
    void missingIndexAndCorpusIsAOneLineError(@TempDir Path tmp) {
        StringWriter err = new StringWriter();
        int code = Main.commandLine(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true))
                .execute("serve", "--index", tmp.resolve("none").toString(), "--corpus",
                        tmp.resolve("no-corpus").toString(), "--port", "0");
        assertEquals(2, code, err.toString());
        assertTrue(err.toString().contains("no-corpus") && err.toString().contains("not found"), err.toString());
        assertFalse(err.toString().contains("\tat "), err.toString());
    }

    @Test
    void badPortIsAUsageError() {
        StringWriter err = new StringWriter();
        int code = Main.commandLine(new PrintWriter(new StringWriter(), true), new PrintWriter(err, true))
                .execute("serve", "--port", "70000");
        assertEquals(2, code);
        assertTrue(err.toString().contains("--port"), err.toString());
    }
}
