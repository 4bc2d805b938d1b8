package org.bitext.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bitext.segment.Document;
import org.bitext.segment.Segmenter;
import org.bitext.text.BadInputException;
import org.bitext.text.Language;
import org.bitext.text.TextLoader;

/**
 * The segmentation benchmark behind {@code bitext bench segment}: for each language, one large document
 * made of a corpus document followed by copies of its body with paragraph numbers continued (so that the
 * input stays a realistic numbered document), segmented on one thread after a warm-up.
 */
public final class SegmentBench {

    private static final Pattern LABEL = Pattern.compile("(?m)^([ \\t\\u3000]*)(\\d{1,4})([.．][ \\t])");

    /**
     * Figures of one run: bytes (UTF-8) segmented, wall-clock and CPU seconds of the segmenting thread
     * (CPU time is the fair figure on a shared machine), paragraphs and sentences found.
     */
    public record Result(Language language, long bytes, double seconds, double cpuSeconds, int paragraphs,
            int sentences) {
        public double megabytesPerSecond() {
            return bytes / 1e6 / seconds;
        }

        public double megabytesPerCpuSecond() {
            return bytes / 1e6 / cpuSeconds;
        }
    }

    /** All results of a run. */
    public record Report(List<Result> results) {
        public Report {
            results = List.copyOf(results);
        }
    }

    private SegmentBench() {
    }

    public static Report run(Path corpusDir, int megabytes) {
        if (megabytes < 1) {
            throw new IllegalArgumentException("--mb must be >= 1, was " + megabytes);
        }
        List<Result> results = new ArrayList<>();
        for (Language language : Language.values()) {
            Path source = find(corpusDir, language);
            String text = TextLoader.load(source, null).text();
            String big = repeat(text, megabytes * 1_000_000L / 2);
            long bytes = big.getBytes(StandardCharsets.UTF_8).length;
            // Warm-up on a tenth of the input lets the JIT compile the hot paths first.
            Segmenter.segment("warm-up", big.substring(0, big.length() / 10), language);
            ThreadMXBean threads = ManagementFactory.getThreadMXBean();
            long cpu0 = threads.getCurrentThreadCpuTime();
            long t0 = System.nanoTime();
            Document d = Segmenter.segment("bench", big, language);
            double seconds = (System.nanoTime() - t0) / 1e9;
            double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
            int sentences = d.paragraphs().stream().mapToInt(p -> p.sentences().size()).sum();
            results.add(new Result(language, bytes, seconds, cpuSeconds, d.paragraphs().size(), sentences));
        }
        return new Report(results);
    }

    /** The first {@code *.LANG.txt} by name (CD-1937 in the shipped corpus), so that runs measure one input. */
    private static Path find(Path dir, Language language) {
        java.util.List<Path> found = new java.util.ArrayList<>();
        try (DirectoryStream<Path> files = Files.newDirectoryStream(dir, "*." + language.code() + ".txt")) {
            files.forEach(found::add);
        } catch (IOException e) {
            throw new BadInputException(dir, "cannot list the corpus folder: " + e.getMessage(), e);
        }
        return found.stream().sorted().findFirst().orElseThrow(() -> new BadInputException(dir,
                "no *." + language.code() + ".txt document to benchmark with"));
    }

    /** The document, then copies of its body (from paragraph 1) renumbered, up to {@code targetBytes}. */
    static String repeat(String text, long targetBytes) {
        Matcher first = LABEL.matcher(text);
        int bodyStart = first.find() ? first.start() : 0;
        String body = text.substring(bodyStart);
        int perCopy = Math.max(1, countLabels(body));
        long bytesPerCopy = Math.max(1, body.getBytes(StandardCharsets.UTF_8).length);
        StringBuilder sb = new StringBuilder((int) Math.min(Integer.MAX_VALUE - 16, targetBytes + text.length()));
        sb.append(text);
        if (!text.endsWith("\n")) {
            sb.append('\n');
        }
        long bytes = text.getBytes(StandardCharsets.UTF_8).length;
        for (int copy = 1; bytes < targetBytes; copy++) {
            int offset = copy * perCopy;
            Matcher m = LABEL.matcher(body);
            StringBuilder renumbered = new StringBuilder(body.length() + 64);
            while (m.find()) {
                m.appendReplacement(renumbered, Matcher.quoteReplacement(
                        m.group(1) + (Integer.parseInt(m.group(2)) + offset) + m.group(3)));
            }
            m.appendTail(renumbered);
            sb.append(renumbered).append('\n');
            bytes += bytesPerCopy;
        }
        return sb.toString();
    }

    private static int countLabels(String body) {
        int n = 0;
        for (Matcher m = LABEL.matcher(body); m.find(); ) {
            n++;
        }
        return n;
    }
}
