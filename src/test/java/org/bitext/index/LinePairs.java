package org.bitext.index;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.ArrayList;
import java.util.List;
import org.bitext.align.AlignedPair;
import org.bitext.align.Level;

/**
 * A trivial stand-in aligner for index tests: line i of NAME.zh.txt pairs with line i of NAME.en.txt, so the
 * units follow the files' content (a changed file gives changed units).
 */
final class LinePairs {

    private LinePairs() {
    }

    static PairSource source() {
        return s -> {
            try {
                List<String> zh = Files.readAllLines(s.files().get(0), StandardCharsets.UTF_8);
                List<String> en = Files.readAllLines(s.files().get(1), StandardCharsets.UTF_8);
                List<AlignedPair> out = new ArrayList<>();
                for (int i = 0; i < Math.min(zh.size(), en.size()); i++) {
                    out.add(new AlignedPair(s.key(), Level.SENTENCE, Integer.toString(i + 1), 1, en.get(i), zh.get(i),
                            0.9));
                    out.add(new AlignedPair(s.key(), Level.PARAGRAPH, Integer.toString(i + 1), 1, en.get(i),
                            zh.get(i), 0.9));
                }
                return out;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        };
    }
}
