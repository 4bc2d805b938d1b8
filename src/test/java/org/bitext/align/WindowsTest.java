package org.bitext.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Lexical windows: a bead inside every window scores as without windows, and a scorer updated for a few
 * widened windows equals one built from scratch.
 */
class WindowsTest {

    private static final int LONGS = 8;

    private static LexicalFeatures features() throws IOException {
        List<String> lines = Files.readAllLines(Path.of("src/test/resources/corpus/CD-1937.alignment.tsv"),
                StandardCharsets.UTF_8);
        List<String> en = new ArrayList<>();
        List<String> zh = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t");
            en.add(f[3]);
            zh.add(f[4]);
        }
        return new LexicalFeatures(en, zh, AlignSupport.dictionary(), LanguageData.get());
    }

    @Test
    void beadsInsideTheWindowsScoreAsWithoutThemAndUpdatesEqualFreshBuilds() throws IOException {
        LexicalFeatures f = features();
        int n = f.enWeak.length;
        int m = f.zhWords.length;
        int[] lo = new int[m];
        int[] hi = new int[m];
        for (int j = 0; j < m; j++) { // the gold is 1-1 up to a few 2-1 beads: sentence j sits near row j
            lo[j] = Math.max(0, j - 6);
            hi[j] = Math.min(n, j + 6);
        }
        LexicalScorer open = f.scorer(null, 2.0, 2.5, LONGS, null, null);
        LexicalScorer windowed = f.scorer(null, 2.0, 2.5, LONGS, lo, hi);
        int evidence = 0;
        for (int i = 0; i + 1 < n; i++) {
            for (int j = Math.max(0, i - 2); j <= Math.min(m - 2, i + 2); j++) {
                for (int t = 0; t < BeadShapes.COUNT; t++) {
                    int ns = BeadShapes.SRC[t];
                    int nt = BeadShapes.TGT[t];
                    if (i + ns <= n && j + nt <= m && ns > 0 && nt > 0) {
                        // hash collisions can only add to the unwindowed count
                        assertTrue(windowed.cost(i, ns, j, nt) >= open.cost(i, ns, j, nt), "bead " + i + "," + j);
                        evidence += windowed.cost(i, ns, j, nt) < 0 ? 1 : 0;
                    }
                }
            }
        }
        assertTrue(evidence > 100, "beads with lexical evidence: " + evidence);

        boolean[] changed = new boolean[m];
        int[] wider = hi.clone();
        for (int j = 10; j < 20; j++) {
            wider[j] = n;
            changed[j] = true;
        }
        LexicalScorer updated = f.rescored(windowed, null, lo, wider, changed);
        LexicalScorer fresh = f.scorer(null, 2.0, 2.5, LONGS, lo, wider);
        for (int i = 0; i < n; i++) {
            for (int j = 0; j < m; j++) {
                for (int t = 0; t < BeadShapes.COUNT; t++) {
                    int ns = BeadShapes.SRC[t];
                    int nt = BeadShapes.TGT[t];
                    if (i + ns <= n && j + nt <= m) {
                        assertEquals(fresh.cost(i, ns, j, nt), updated.cost(i, ns, j, nt), 0.0, i + "," + j + " " + t);
                    }
                }
            }
        }
    }
}
