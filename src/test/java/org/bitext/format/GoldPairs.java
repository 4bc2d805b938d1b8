package org.bitext.format;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.bitext.align.AlignedPair;
import org.bitext.align.Level;

/** The gold sentence alignment of CD/1937 (src/test/resources/corpus) as aligned pairs, for format tests. */
final class GoldPairs {

    private GoldPairs() {
    }

    /**
     * One pair per gold bead; confidences vary deterministically (0.70–1.00, four decimals) so that the
     * review marking and the number format are exercised.
     */
    static List<AlignedPair> load() throws IOException {
        List<AlignedPair> pairs = new ArrayList<>();
        try (InputStream in = GoldPairs.class.getResourceAsStream("/corpus/CD-1937.alignment.tsv")) {
            if (in == null) {
                throw new IllegalStateException("missing test resource /corpus/CD-1937.alignment.tsv");
            }
            String[] lines = new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n");
            for (int i = 1; i < lines.length; i++) {
                if (lines[i].isBlank()) {
                    continue;
                }
                String[] f = lines[i].split("\t", -1);
                double confidence = Math.round((1.0 - (i % 7) * 0.05 + (i % 3) * 0.0001) * 10000) / 10000.0;
                pairs.add(new AlignedPair("CD-1937", Level.SENTENCE, f[0], Integer.parseInt(f[1]), f[3].strip(),
                        f[4].strip(), Math.min(1.0, confidence)));
            }
        }
        return pairs;
    }
}
