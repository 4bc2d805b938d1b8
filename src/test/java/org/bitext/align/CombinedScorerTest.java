package org.bitext.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.bitext.Seeded;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** The inlined combined cost must equal the sum of the length and lexical costs it fuses, forwards and reversed. */
@ExtendWith(Seeded.class)
class CombinedScorerTest {

    @Test
    void inlinedCostEqualsLengthPlusLexical(Random r) {
        int n = 40;
        int m = 55;
        int[] srcLen = new int[n];
        int[] tgtLen = new int[m];
        for (int k = 0; k < n; k++) {
            srcLen[k] = r.nextInt(5) == 0 ? 0 : 1 + r.nextInt(200);
        }
        for (int k = 0; k < m; k++) {
            tgtLen[k] = r.nextInt(5) == 0 ? 0 : 1 + r.nextInt(80);
        }
        long[] sw = new long[n * 8];
        long[] tw = new long[m * 8];
        long[] ss = new long[n];
        long[] ts = new long[m];
        for (int k = 0; k < 300; k++) {
            LexicalScorer.setWeak(sw, 8, r.nextInt(n), r.nextInt(500));
            LexicalScorer.setWeak(tw, 8, r.nextInt(m), r.nextInt(500));
            LexicalScorer.setStrong(ss, r.nextInt(n), r.nextInt(40));
            LexicalScorer.setStrong(ts, r.nextInt(m), r.nextInt(40));
        }
        double ratio = LengthScorer.ratio(srcLen, tgtLen);
        LengthScorer length = new LengthScorer(srcLen, tgtLen, ratio, LengthScorer.initialVariance(ratio),
                BeadShapes.initial());
        LexicalScorer lexical = new LexicalScorer(8, sw, ss, tw, ts, 1.0, 2.5);
        CombinedScorer combined = new CombinedScorer(length, lexical, 0, 0);
        CombinedScorer shifted = combined.shifted(3, 5);
        CombinedScorer reversed = combined.reversed(n, m);
        int checked = 0;
        for (int t = 0; t < BeadShapes.COUNT; t++) {
            int ns = BeadShapes.SRC[t];
            int nt = BeadShapes.TGT[t];
            for (int s0 = 0; s0 + ns <= n - 3; s0++) {
                for (int t0 = 0; t0 + nt <= m - 5; t0++) {
                    double expected = length.cost(s0, ns, t0, nt) + lexical.cost(s0, ns, t0, nt);
                    assertEquals(expected, combined.cost(s0, ns, t0, nt), 0.0, "bead " + s0 + "," + ns + "," + t0);
                    assertEquals(length.cost(s0 + 3, ns, t0 + 5, nt) + lexical.cost(s0 + 3, ns, t0 + 5, nt),
                            shifted.cost(s0, ns, t0, nt), 0.0);
                    int rs = n - s0 - ns;
                    int rt = m - t0 - nt;
                    assertEquals(length.cost(rs, ns, rt, nt) + lexical.cost(rs, ns, rt, nt),
                            reversed.cost(s0, ns, t0, nt), 0.0);
                    checked++;
                }
            }
        }
        assertTrue(checked > 10_000, "beads checked: " + checked);
    }
}
