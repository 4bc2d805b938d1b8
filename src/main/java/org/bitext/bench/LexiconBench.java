package org.bitext.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import org.bitext.lexicon.Lexicon;

/**
 * Benchmark of the bundled lexicon in a fresh JVM: time to load CC-CEDICT (wall and CPU of the loading
 * thread, which matter for the aligner's whole-process budget) and throughput of {@link Lexicon#words}
 * over a Chinese text. Run as
 * {@code java -cp target/bitext.jar org.bitext.lexicon.LexiconBench corpus/CD-1937.zh.txt}; {@link #run}
 * lets {@code bitext bench} print the same figures.
 */
public final class LexiconBench {

    private LexiconBench() {
    }

    /** Loads CC-CEDICT (if this JVM has not yet) and segments {@code zhText} line by line, 20 times. */
    public static String run(Path zhText) throws IOException {
        ThreadMXBean mx = ManagementFactory.getThreadMXBean();
        long cpu0 = mx.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        Lexicon lex = Lexicon.cedict();
        long t1 = System.nanoTime();
        long cpu1 = mx.getCurrentThreadCpuTime();
        List<String> lines = Files.readAllLines(zhText, StandardCharsets.UTF_8);
        long chars = 0;
        long words = 0;
        int rounds = Integer.getInteger("rounds", 20);
        long t2 = System.nanoTime();
        for (int r = 0; r < rounds; r++) {
            for (String line : lines) {
                words += lex.words(line).size();
                chars += line.length();
            }
        }
        long t3 = System.nanoTime();
        long uptime = ManagementFactory.getRuntimeMXBean().getUptime();
        return String.format(Locale.ROOT,
                "cc-cedict: %d headwords loaded in %.0f ms wall, %.0f ms CPU (JVM uptime %d ms)%n"
                        + "words(): %d chars -> %d words in %.1f ms (%.2f M chars/s, %d rounds over %s)%n",
                lex.size(), (t1 - t0) / 1e6, (cpu1 - cpu0) / 1e6, uptime, chars, words, (t3 - t2) / 1e6,
                chars / ((t3 - t2) / 1e3), rounds, zhText);
    }

    /** {@code LexiconBench ZH-TEXT}. */
    public static void main(String[] args) throws IOException {
        if (args.length != 1) {
            System.err.println("usage: java -cp target/bitext.jar org.bitext.lexicon.LexiconBench ZH-TEXT");
            System.exit(2);
        }
        System.out.print(run(Path.of(args[0])));
    }
}
