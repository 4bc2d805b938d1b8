package org.bitext.align;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Strict and lax precision, recall and F1 of Sennrich &amp; Volk (2011), as Vecalign and Bertalign report
 * them: a test bead is a strict hit when the gold has exactly that bead, a lax hit when it shares a source
 * and a target sentence with one gold bead; recall swaps the roles. 1-0 and 0-1 beads are ignored on both
 * sides; counts are pooled over all document pairs.
 */
public final class AlignmentEval {

    /** Pooled scores. */
    public record Scores(double strictPrecision, double strictRecall, double strictF1,
                         double laxPrecision, double laxRecall, double laxF1, int goldBeads, int testBeads) {
    }

    private int strictP;
    private int laxP;
    private int countP;
    private int strictR;
    private int laxR;
    private int countR;
    private int gold;
    private int test;

    /** Adds one document pair. */
    public AlignmentEval add(List<Bead> goldBeads, List<Bead> testBeads) {
        List<Bead> g = goldBeads.stream().filter(Bead::isTwoSided).toList();
        List<Bead> t = testBeads.stream().filter(Bead::isTwoSided).toList();
        int[] p = hits(g, t);
        int[] r = hits(t, g);
        strictP += p[0];
        laxP += p[1];
        countP += t.size();
        strictR += r[0];
        laxR += r[1];
        countR += g.size();
        gold += g.size();
        test += t.size();
        return this;
    }

    /** {strict hits, lax hits} of {@code test} beads against {@code gold} beads. */
    private static int[] hits(List<Bead> gold, List<Bead> test) {
        Set<List<List<Integer>>> exact = new HashSet<>();
        Map<Integer, Set<Integer>> links = new HashMap<>();
        for (Bead b : gold) {
            exact.add(List.of(b.src(), b.tgt()));
            for (int s : b.src()) {
                links.computeIfAbsent(s, k -> new HashSet<>()).addAll(b.tgt());
            }
        }
        int strict = 0;
        int lax = 0;
        for (Bead b : test) {
            if (exact.contains(List.of(b.src(), b.tgt()))) {
                strict++;
                lax++;
                continue;
            }
            boolean overlap = false;
            for (int s : b.src()) {
                Set<Integer> tg = links.get(s);
                if (tg != null && b.tgt().stream().anyMatch(tg::contains)) {
                    overlap = true;
                    break;
                }
            }
            if (overlap) {
                lax++;
            }
        }
        return new int[] {strict, lax};
    }

    public Scores scores() {
        double sp = ratio(strictP, countP);
        double sr = ratio(strictR, countR);
        double lp = ratio(laxP, countP);
        double lr = ratio(laxR, countR);
        return new Scores(sp, sr, f1(sp, sr), lp, lr, f1(lp, lr), gold, test);
    }

    private static double ratio(int a, int b) {
        return b == 0 ? 0 : (double) a / b;
    }

    private static double f1(double p, double r) {
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }
}
