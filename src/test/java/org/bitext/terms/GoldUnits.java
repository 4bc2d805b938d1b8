package org.bitext.terms;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bitext.align.AlignedPair;
import org.bitext.align.Level;

/** Aligned sentence pairs of CD/1937 read from the gold alignment TSV (the real pairs, known by construction). */
final class GoldUnits {

    static final Path GOLD = Path.of("src/test/resources/corpus/CD-1937.alignment.tsv");

    private GoldUnits() {
    }

    static List<AlignedPair> read(Path tsv) {
        try {
            List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
            List<AlignedPair> out = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.split("\t", -1);
                out.add(new AlignedPair("CD-1937", Level.SENTENCE, f[0], Integer.parseInt(f[1]), f[3], f[4], 1.0));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static UnitSource source() {
        List<AlignedPair> pairs = read(GOLD);
        return consumer -> pairs.forEach(consumer);
    }
}
