package org.bitext.index;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bitext.align.AlignedPair;
import org.bitext.align.Level;

/**
 * Aligned units of the shipped corpus built from the gold sentence alignment (test resource), at both
 * levels: stands in for the aligner so index and search are tested on known-correct pairs.
 */
final class GoldPairs {

    private GoldPairs() {
    }

    static List<AlignedPair> cd1937(String documentName) {
        List<String[]> rows = new ArrayList<>();
        try (InputStream in = GoldPairs.class.getResourceAsStream("/corpus/CD-1937.alignment.tsv")) {
            if (in == null) {
                throw new IllegalStateException("gold alignment resource missing");
            }
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 1; i < lines.length; i++) {
                if (!lines[i].isBlank()) {
                    rows.add(lines[i].split("\t", -1));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        List<AlignedPair> out = new ArrayList<>();
        Map<String, List<String[]>> byParagraph = new LinkedHashMap<>();
        for (String[] r : rows) {
            out.add(new AlignedPair(documentName, Level.SENTENCE, r[0], Integer.parseInt(r[1]), r[3], r[4], 1.0));
            byParagraph.computeIfAbsent(r[0], k -> new ArrayList<>()).add(r);
        }
        for (Map.Entry<String, List<String[]>> e : byParagraph.entrySet()) {
            StringBuilder en = new StringBuilder();
            StringBuilder zh = new StringBuilder();
            for (String[] r : e.getValue()) {
                en.append(en.length() == 0 ? "" : " ").append(r[3]);
                zh.append(r[4]);
            }
            out.add(new AlignedPair(documentName, Level.PARAGRAPH, e.getKey(), 1, en.toString(), zh.toString(), 1.0));
        }
        return out;
    }

    /** A pair source that answers every source with the gold units, under the source's key as document name. */
    static PairSource source() {
        return s -> cd1937(s.key());
    }
}
