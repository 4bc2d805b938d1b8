package org.bitext.web;

import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bitext.Bitext;
import org.bitext.align.AlignedPair;
import org.bitext.align.Level;
import org.bitext.index.IndexProgress;
import org.bitext.index.IndexReport;
import org.bitext.index.PairSource;

/**
 * The data the web tests run on: a real Lucene index (through the facade) of the shipped CD/1937 with its
 * gold sentence alignment, plus one hostile document pair whose text is markup. The gold pairs stand in
 * for the aligner so the web layer is tested on known-correct units.
 */
final class Fixtures {

    static final String CD = "CD-1937";
    /** In a subfolder, so its document name holds a slash, as names of nested corpus folders do. */
    static final String HOSTILE_DOC = "hostile/XSS-1";
    static final String SCRIPT = "<script>alert(\"xss\")</script>";
    static final String IMG = "\"><img src=x onerror=alert(2)>";

    static final String HOSTILE_EN = "The delegation quoted " + SCRIPT + " and " + IMG
            + " while discussing the FMCT.";
    static final String HOSTILE_ZH = "该代表团引用了 " + SCRIPT + " 和 " + IMG + "，同时讨论了禁产条约。";

    private Fixtures() {
    }

    /** Writes a corpus folder: the shipped CD/1937 pair and the hostile pair (in a subfolder). */
    static Path corpus(Path dir) throws IOException {
        Files.createDirectories(dir);
        for (String lang : List.of("zh", "en")) {
            Files.copy(Path.of("corpus", CD + "." + lang + ".txt"), dir.resolve(CD + "." + lang + ".txt"));
        }
        Files.createDirectories(dir.resolve(HOSTILE_DOC).getParent());
        Files.writeString(dir.resolve(HOSTILE_DOC + ".en.txt"), "1. " + HOSTILE_EN + "\n", StandardCharsets.UTF_8);
        Files.writeString(dir.resolve(HOSTILE_DOC + ".zh.txt"), "1. " + HOSTILE_ZH + "\n", StandardCharsets.UTF_8);
        return dir;
    }

    /** Gold units for CD/1937 and the hostile pair; any other document gets {@code extra}'s units. */
    static PairSource pairSource(Map<String, List<AlignedPair>> extra) {
        return source -> {
            if (source.key().equals(CD)) {
                return withParagraphs(goldPairs());
            } else if (source.key().equals(HOSTILE_DOC)) {
                return withParagraphs(List.of(
                        new AlignedPair(HOSTILE_DOC, Level.SENTENCE, "1", 1, HOSTILE_EN, HOSTILE_ZH, 0.9)));
            }
            List<AlignedPair> units = extra.get(source.key());
            if (units == null) {
                throw new IllegalStateException("no fixture units for " + source.key());
            }
            return withParagraphs(units);
        };
    }

    /** Indexes {@code corpus} into {@code index} with the fixture units. */
    static IndexReport index(Path corpus, Path index, Map<String, List<AlignedPair>> extra) {
        return Bitext.index(corpus, index, pairSource(extra), IndexProgress.NONE);
    }

    /** A real index of the fixture corpus under {@code tmp}, opened as the server's lookup service. */
    /** A server on a free loopback port over {@link #service}, with a 1 s timeout, logging to {@code log}. */
    static WebServer server(Path tmp, OutputStream log) throws IOException {
        return WebServer.start(service(tmp), new InetSocketAddress(InetAddress.getLoopbackAddress(), 0),
                Duration.ofSeconds(1), new PrintStream(log, true, StandardCharsets.UTF_8));
    }

    static LookupService service(Path tmp) throws IOException {
        Path index = tmp.resolve("index");
        index(corpus(tmp.resolve("corpus")), index, Map.of());
        return FacadeLookupService.open(index);
    }

    /**
     * The gold sentence pairs of CD/1937 (test resource), as sentence units, dated as the segmenter reads the
     * shipped document's masthead (the date filters are tested on what the pipeline really finds).
     */
    static List<AlignedPair> goldPairs() {
        Path tsv = Path.of("src/test/resources/corpus/CD-1937.alignment.tsv");
        List<AlignedPair> out = new ArrayList<>();
        String date = Bitext.segment(Path.of("corpus", CD + ".en.txt"), null, null).date();
        try {
            List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
            for (String line : lines.subList(1, lines.size())) {
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                out.add(new AlignedPair(CD, Level.SENTENCE, f[0], Integer.parseInt(f[1]), f[3], f[4], 1.0, "", "",
                        date));
            }
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        return out;
    }

    /** Sentence units plus one paragraph unit per paragraph (the sentences joined). */
    static List<AlignedPair> withParagraphs(List<AlignedPair> sentences) {
        Map<String, List<AlignedPair>> byParagraph = new LinkedHashMap<>();
        for (AlignedPair p : sentences) {
            byParagraph.computeIfAbsent(p.document() + "\u0000" + p.paragraph(), k -> new ArrayList<>()).add(p);
        }
        List<AlignedPair> out = new ArrayList<>(sentences);
        for (List<AlignedPair> group : byParagraph.values()) {
            AlignedPair first = group.get(0);
            String en = String.join(" ", group.stream().map(AlignedPair::en).toList());
            String zh = String.join("", group.stream().map(AlignedPair::zh).toList());
            out.add(new AlignedPair(first.document(), Level.PARAGRAPH, first.paragraph(), 1, en, zh, 1.0, "", "",
                    first.date()));
        }
        return out;
    }
}
