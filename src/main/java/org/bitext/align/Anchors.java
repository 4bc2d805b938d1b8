package org.bitext.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Confident anchor points of a long sentence alignment, found before any DP: sentence pairs that share words
 * rare on both sides (an English content word in at most {@link #MAX_DF} sentences whose translation occurs
 * in at most as many Chinese sentences, or a number, symbol or Latin token as rare), kept when they share at
 * least two, then reduced to the heaviest chain increasing on both sides. The first pass aligns between
 * consecutive anchors only, so a long text cannot drift and its cost grows with the text, not its square.
 */
final class Anchors {

    /** Words in more sentences than this are not evidence for an anchor. */
    static final int MAX_DF = 8;
    private static final int MIN_SCORE = 1;

    private Anchors() {
    }

    /**
     * Anchor points {@code (i, j)} (i English and j Chinese sentences before the pair's end, i.e. the DP cell
     * after the anchored pair), strictly increasing in both, for English sentences {@code [e0, e1)} and
     * Chinese {@code [z0, z1)}; coordinates are relative to the block.
     */
    static int[][] find(LexicalFeatures f, int e0, int e1, int z0, int z1) {
        int n = e1 - e0;
        int m = z1 - z0;
        // English sentences of each rare weak id, and of each rare strong id
        int[][] enAt = sentencesOf(f.enWeak, e0, e1, f.enVocabSize);
        int strongSize = 0;
        for (int k = e0; k < e1; k++) {
            for (int id : f.enStrong[k]) {
                strongSize = Math.max(strongSize, id + 1);
            }
        }
        for (int k = z0; k < z1; k++) {
            for (int id : f.zhStrong[k]) {
                strongSize = Math.max(strongSize, id + 1);
            }
        }
        int[][] enStrongAt = sentencesOf(f.enStrong, e0, e1, strongSize);
        int[][] zhStrongAt = sentencesOf(f.zhStrong, z0, z1, strongSize);
        // Chinese sentences of each English id they translate to (dictionary or Latin token)
        int[][] zhIds = new int[m][];
        int[] zhDf = new int[f.enVocabSize];
        for (int j = 0; j < m; j++) {
            zhIds[j] = translations(f, z0 + j, enAt);
            for (int id : zhIds[j]) {
                zhDf[id]++;
            }
        }
        LearnedLexicon.LongIntCounter scores = new LearnedLexicon.LongIntCounter(1 << 12);
        for (int j = 0; j < m; j++) {
            for (int id : zhIds[j]) {
                if (zhDf[id] <= MAX_DF) {
                    for (int i : enAt[id]) {
                        scores.increment(((long) i << 32) | j);
                    }
                }
            }
        }
        for (int id = 0; id < strongSize; id++) {
            int[] es = enStrongAt[id];
            int[] zs = zhStrongAt[id];
            if (es != null && zs != null && es.length <= MAX_DF && zs.length <= MAX_DF) {
                for (int i : es) {
                    for (int j : zs) {
                        scores.increment(((long) i << 32) | j);
                    }
                }
            }
        }
        List<long[]> candidates = new ArrayList<>();
        scores.forEach((key, score) -> {
            if (score >= MIN_SCORE) {
                candidates.add(new long[] {key >>> 32, key & 0xFFFFFFFFL, score});
            }
        });
        return chain(candidates, n, m);
    }

    /** For each id, the sentences of {@code [from, to)} (relative) holding it, or null beyond MAX_DF. */
    private static int[][] sentencesOf(int[][] ids, int from, int to, int size) {
        int[] count = new int[size];
        for (int k = from; k < to; k++) {
            for (int id : ids[k]) {
                count[id]++;
            }
        }
        int[][] out = new int[size][];
        for (int k = from; k < to; k++) {
            for (int id : ids[k]) {
                if (count[id] <= MAX_DF) {
                    if (out[id] == null) {
                        out[id] = new int[count[id]];
                        count[id] = 0;
                    }
                    out[id][count[id]++] = k - from;
                }
            }
        }
        return out;
    }

    /** The rare English ids Chinese sentence {@code z} translates to (each once). */
    private static int[] translations(LexicalFeatures f, int z, int[][] enAt) {
        int[] buffer = new int[16];
        int size = 0;
        for (int w : f.zhWords[z]) {
            for (int id : f.dictionaryTranslations[w]) {
                size = addRare(buffer, size, id, enAt);
                if (size == buffer.length) {
                    buffer = Arrays.copyOf(buffer, size * 2);
                }
            }
        }
        for (int id : f.zhLatin[z]) {
            size = addRare(buffer, size, id, enAt);
            if (size == buffer.length) {
                buffer = Arrays.copyOf(buffer, size * 2);
            }
        }
        return Arrays.copyOf(buffer, size);
    }

    /** Appends {@code id} when it is rare in English and not yet listed; returns the new size. */
    private static int addRare(int[] buffer, int size, int id, int[][] enAt) {
        if (id >= enAt.length || enAt[id] == null) {
            return size;
        }
        for (int k = 0; k < size; k++) {
            if (buffer[k] == id) {
                return size;
            }
        }
        buffer[size] = id;
        return size + 1;
    }

    /**
     * The heaviest chain of candidates strictly increasing in both coordinates (a weighted longest increasing
     * subsequence over a Fenwick tree of prefix maxima), as DP cells after each anchored pair.
     */
    private static int[][] chain(List<long[]> candidates, int n, int m) {
        // by English sentence, and within one sentence by decreasing Chinese one, so that no two of the same
        // English sentence chain together
        candidates.sort((a, b) -> a[0] != b[0] ? Long.compare(a[0], b[0]) : Long.compare(b[1], a[1]));
        int k = candidates.size();
        double[] best = new double[k];
        int[] prev = new int[k];
        double[] treeScore = new double[m + 2];
        int[] treeIndex = new int[m + 2];
        Arrays.fill(treeIndex, -1);
        for (int c = 0; c < k; c++) {
            int j = (int) candidates.get(c)[1];
            double w = candidates.get(c)[2];
            double bestBefore = 0;
            int from = -1;
            for (int x = j; x > 0; x -= x & -x) { // prefix max over Chinese sentences < j
                if (treeScore[x] > bestBefore) {
                    bestBefore = treeScore[x];
                    from = treeIndex[x];
                }
            }
            best[c] = bestBefore + w;
            prev[c] = from;
            for (int x = j + 1; x <= m + 1; x += x & -x) {
                if (best[c] > treeScore[x]) {
                    treeScore[x] = best[c];
                    treeIndex[x] = c;
                }
            }
        }
        int end = -1;
        for (int c = 0; c < k; c++) {
            if (end < 0 || best[c] > best[end]) {
                end = c;
            }
        }
        List<int[]> out = new ArrayList<>();
        for (int c = end; c >= 0; c = prev[c]) {
            long[] a = candidates.get(c);
            out.add(new int[] {(int) a[0] + 1, (int) a[1] + 1});
        }
        java.util.Collections.reverse(out);
        return agreeing(out, n, m);
    }

    /**
     * The first pass's band over an {@code n × m} block given its anchors (block cells, increasing): between
     * two consecutive anchors (and the block's corners) it follows the straight line from one to the other,
     * {@link #MARGIN} sentences wide at the anchors and widening towards the middle of the stretch by
     * {@link #SPREAD} of the distance to the nearer anchor, because the path may bulge where no anchor holds it.
     */
    static Band band(List<int[]> anchors, int n, int m) {
        List<int[]> points = new ArrayList<>();
        points.add(new int[] {0, 0});
        points.addAll(anchors);
        points.add(new int[] {n, m});
        int[] lo = new int[n + 1];
        int[] hi = new int[n + 1];
        Arrays.fill(lo, Integer.MAX_VALUE);
        Arrays.fill(hi, Integer.MIN_VALUE);
        for (int p = 1; p < points.size(); p++) {
            int i1 = points.get(p - 1)[0];
            int j1 = points.get(p - 1)[1];
            int i2 = points.get(p)[0];
            int j2 = points.get(p)[1];
            double slope = i2 > i1 ? (double) (j2 - j1) / (i2 - i1) : 0;
            for (int i = i1; i <= i2; i++) {
                double center = j1 + slope * (i - i1);
                double width = MARGIN + SPREAD * Math.max(1, slope) * Math.min(i - i1, i2 - i);
                lo[i] = Math.min(lo[i], (int) Math.floor(Math.max(j1 - MARGIN, center - width)));
                hi[i] = Math.max(hi[i], (int) Math.ceil(Math.min(j2 + MARGIN, center + width)));
            }
        }
        return new Band(n, m, lo, hi);
    }

    private static final int MARGIN = 8;
    private static final double SPREAD = 0.15;

    /**
     * The anchors that agree with their neighbourhood: their offset from the diagonal ({@code j - i·m/n}) is
     * within a few sentences of the median offset of the {@link #NEIGHBOURS} anchors on each side. A chance
     * pair of rare words (or two of them, from a repeated passage) that fits the chain but lies tens of
     * sentences off the path does not, and is dropped; the median follows a real local drift.
     */
    private static int[][] agreeing(List<int[]> chain, int n, int m) {
        double slope = (double) m / Math.max(1, n);
        int k = chain.size();
        double[] offset = new double[k];
        for (int x = 0; x < k; x++) {
            offset[x] = chain.get(x)[1] - slope * chain.get(x)[0];
        }
        List<int[]> kept = new ArrayList<>();
        double[] around = new double[2 * NEIGHBOURS];
        for (int x = 0; x < k; x++) {
            int size = 0;
            double distance = 0;
            for (int y = Math.max(0, x - NEIGHBOURS); y <= Math.min(k - 1, x + NEIGHBOURS); y++) {
                if (y != x) {
                    around[size++] = offset[y];
                    distance += Math.abs(chain.get(y)[0] - chain.get(x)[0]);
                }
            }
            if (size == 0) {
                kept.add(chain.get(x));
                continue;
            }
            Arrays.sort(around, 0, size);
            double median = size % 2 == 1 ? around[size / 2] : (around[size / 2 - 1] + around[size / 2]) / 2;
            if (Math.abs(offset[x] - median) <= AGREE + AGREE_PER_ROW * distance / size) {
                kept.add(chain.get(x));
            }
        }
        return kept.toArray(new int[0][]);
    }

    private static final int NEIGHBOURS = 4;
    private static final double AGREE = 3;
    private static final double AGREE_PER_ROW = 0.1;
}
