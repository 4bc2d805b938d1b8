package org.bitext.align;

import java.util.List;

/**
 * One alignment bead: consecutive source sentences (English by convention) paired with consecutive target
 * sentences (Chinese), 0-based indices; one side may be empty (a 1-0 or 0-1 bead). The confidence in [0, 1]
 * says how clearly the aligner preferred this bead over its best alternative.
 *
 * @param src        source (English) sentence indices, ascending and consecutive
 * @param tgt        target (Chinese) sentence indices, ascending and consecutive
 * @param confidence confidence in [0, 1]
 */
public record Bead(List<Integer> src, List<Integer> tgt, double confidence) {

    public Bead {
        src = List.copyOf(src);
        tgt = List.copyOf(tgt);
        if (src.isEmpty() && tgt.isEmpty()) {
            throw new IllegalArgumentException("a bead needs at least one sentence on one side");
        }
        checkConsecutive("src", src);
        checkConsecutive("tgt", tgt);
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be in [0,1], was " + confidence);
        }
    }

    private static void checkConsecutive(String side, List<Integer> ids) {
        for (int k = 0; k < ids.size(); k++) {
            if (ids.get(k) < 0 || (k > 0 && ids.get(k) != ids.get(k - 1) + 1)) {
                throw new IllegalArgumentException(side + " indices must be consecutive and >= 0, were " + ids);
            }
        }
    }

    /** A bead over {@code ns} source sentences from {@code s0} and {@code nt} target sentences from {@code t0}. */
    public static Bead of(int s0, int ns, int t0, int nt, double confidence) {
        Integer[] s = new Integer[ns];
        Integer[] t = new Integer[nt];
        for (int k = 0; k < ns; k++) {
            s[k] = s0 + k;
        }
        for (int k = 0; k < nt; k++) {
            t[k] = t0 + k;
        }
        return new Bead(List.of(s), List.of(t), confidence);
    }

    /** True when both sides have at least one sentence. */
    public boolean isTwoSided() {
        return !src.isEmpty() && !tgt.isEmpty();
    }

    /** The bead type as {@code "2-1"} (source count, target count). */
    String shape() {
        return src.size() + "-" + tgt.size();
    }

    /** The same bead with every source index moved by {@code ds} and every target index by {@code dt}. */
    Bead shifted(int ds, int dt) {
        return new Bead(src.stream().map(x -> x + ds).toList(), tgt.stream().map(x -> x + dt).toList(), confidence);
    }

    /** The same bead with source and target exchanged. */
    Bead swapped() {
        return new Bead(tgt, src, confidence);
    }
}
