package org.bitext.align;

import java.util.Arrays;
import java.util.List;

/**
 * A lexicon learned from the pair being aligned (Moore 2002 style): over confident 1-1 beads of a first pass,
 * Chinese words and English content words that co-occur are associated by the Dice coefficient; each
 * Chinese word keeps its few best English partners. The second pass then rewards these pairs like
 * dictionary translations, which is what lifts names and domain terms a general dictionary lacks.
 */
final class LearnedLexicon {

    private static final int MIN_COOCCURRENCE = 2;
    private static final double MIN_DICE = 0.2;
    private static final int PER_WORD = 3;

    private LearnedLexicon() {
    }

    /**
     * Learned translations per Chinese word id (null where none), from the 1-1 beads of a first pass whose
     * neighbours are 1-1 too (Moore's "high-probability" beads: they sit in stretches where the two texts
     * run in step).
     */
    static int[][] learn(LexicalFeatures f, List<Bead> beads) {
        int zhSize = f.zhVocab.size();
        int[] zhCount = new int[zhSize];
        int[] enCount = new int[f.enVocabSize];
        LongIntCounter pairs = new LongIntCounter(1 << 16);
        for (int k = 1; k + 1 < beads.size(); k++) {
            Bead b = beads.get(k);
            if (!oneToOne(b) || !oneToOne(beads.get(k - 1)) || !oneToOne(beads.get(k + 1))) {
                continue;
            }
            int[] en = f.enWeak[b.src().get(0)];
            int[] zh = f.zhWords[b.tgt().get(0)];
            for (int e : en) {
                enCount[e]++;
            }
            for (int z : zh) {
                zhCount[z]++;
                for (int e : en) {
                    pairs.increment(((long) z << 32) | e);
                }
            }
        }
        int[][] best = new int[zhSize][];
        double[][] bestScore = new double[zhSize][];
        pairs.forEach((key, c) -> {
            if (c < MIN_COOCCURRENCE) {
                return;
            }
            int z = (int) (key >>> 32);
            int e = (int) key;
            double dice = 2.0 * c / (zhCount[z] + enCount[e]);
            if (dice < MIN_DICE) {
                return;
            }
            if (best[z] == null) {
                best[z] = new int[PER_WORD];
                bestScore[z] = new double[PER_WORD];
                Arrays.fill(best[z], -1);
            }
            insert(best[z], bestScore[z], e, dice);
        });
        for (int z = 0; z < zhSize; z++) {
            if (best[z] != null) {
                best[z] = Arrays.stream(best[z]).filter(x -> x >= 0).toArray();
            }
        }
        return best;
    }

    private static boolean oneToOne(Bead b) {
        return b.src().size() == 1 && b.tgt().size() == 1;
    }

    private static void insert(int[] ids, double[] scores, int id, double score) {
        int k = ids.length - 1;
        if (ids[k] >= 0 && scores[k] >= score) {
            return;
        }
        while (k > 0 && (ids[k - 1] < 0 || scores[k - 1] < score)) {
            ids[k] = ids[k - 1];
            scores[k] = scores[k - 1];
            k--;
        }
        ids[k] = id;
        scores[k] = score;
    }

    /** Open-addressing counter keyed by long: millions of pair counts without boxing. */
    static final class LongIntCounter {
        private long[] keys;
        private int[] values;
        private boolean[] used;
        private int size;

        LongIntCounter(int capacity) {
            keys = new long[capacity];
            values = new int[capacity];
            used = new boolean[capacity];
        }

        void increment(long key) {
            if (size * 2 >= keys.length) {
                grow();
            }
            int mask = keys.length - 1;
            int h = (int) ((key * 0x9E3779B97F4A7C15L) >>> 33) & mask;
            while (used[h] && keys[h] != key) {
                h = (h + 1) & mask;
            }
            if (!used[h]) {
                used[h] = true;
                keys[h] = key;
                size++;
            }
            values[h]++;
        }

        private void grow() {
            long[] k = keys;
            int[] v = values;
            boolean[] u = used;
            keys = new long[k.length * 2];
            values = new int[k.length * 2];
            used = new boolean[k.length * 2];
            size = 0;
            int mask = keys.length - 1;
            for (int x = 0; x < k.length; x++) {
                if (u[x]) {
                    int h = (int) ((k[x] * 0x9E3779B97F4A7C15L) >>> 33) & mask;
                    while (used[h]) {
                        h = (h + 1) & mask;
                    }
                    used[h] = true;
                    keys[h] = k[x];
                    values[h] = v[x];
                    size++;
                }
            }
        }

        interface Visitor {
            void visit(long key, int count);
        }

        void forEach(Visitor visitor) {
            for (int x = 0; x < keys.length; x++) {
                if (used[x]) {
                    visitor.visit(keys[x], values[x]);
                }
            }
        }
    }
}
