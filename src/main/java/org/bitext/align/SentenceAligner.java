package org.bitext.align;

import com.ibm.icu.text.Transliterator;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import org.bitext.text.Language;
import org.bitext.text.TraditionalChinese;

/**
 * Sentence alignment of an English and a Chinese text (or of many paragraph pairs of one document): dynamic
 * programming over bead shapes 1-1, 1-0, 0-1, 1-2, 2-1, 2-2, 1-3, 3-1, 1-4 and 4-1 with a Gale–Church length cost
 * (ratio and variance estimated from the pair) plus lexical evidence (numbers, dates, symbols, Latin
 * words, dictionary translations). A first pass estimates bead priors, the length variance and a lexicon
 * learned from its confident 1-1 beads; a second pass realigns with them. Long inputs are first aligned in a
 * band between confident anchors (see {@link Anchors}; {@link DiagonalTracker} when there are none), then
 * around that path in a band that widens where the path touches its edge, so time and memory grow about
 * linearly.
 */
public final class SentenceAligner {

    /**
     * Changes whenever the aligner's output for the same input may change, so that indexes of aligned pairs
     * (which store this with each pair's content hash) re-align instead of keeping beads of an older aligner.
     */
    public static final String VERSION = "2026-11-29";

    /** Inputs up to this many DP cells are searched exhaustively. */
    private static final long FULL_SEARCH_CELLS = 4_000_000L;
    private static final int TRACK_WIDTH = 60;
    private static final double WEAK_WEIGHT = 2.0;
    private static final double STRONG_WEIGHT = 2.5;

    static final boolean DEBUG = System.getenv("BITEXT_DEBUG") != null;

    private final Translations dictionary;

    public SentenceAligner(Translations dictionary) {
        this.dictionary = dictionary;
    }

    /** Aligns one sentence list with another; {@code srcLanguage} says which side is English. */
    public List<Bead> align(List<String> src, List<String> tgt, Language srcLanguage) {
        return alignBlocks(List.of(src), List.of(tgt), srcLanguage).get(0);
    }

    /**
     * Aligns paragraph pairs of one document together: block {@code k} of the source with block {@code k}
     * of the target, with the length model and learned lexicon estimated over all blocks. Bead indices are
     * relative to each block.
     */
    List<List<Bead>> alignBlocks(List<List<String>> srcBlocks, List<List<String>> tgtBlocks,
                                        Language srcLanguage) {
        if (srcBlocks.size() != tgtBlocks.size()) {
            throw new IllegalArgumentException("block counts differ: " + srcBlocks.size() + " vs " + tgtBlocks.size());
        }
        boolean swap = srcLanguage == Language.ZH;
        List<List<String>> enBlocks = swap ? tgtBlocks : srcBlocks;
        List<List<String>> zhBlocks = swap ? srcBlocks : tgtBlocks;
        List<String> en = flatten(enBlocks);
        List<String> zh = toSimplified(flatten(zhBlocks));
        long time = debug("read", 0);
        int[] enStart = starts(enBlocks);
        int[] zhStart = starts(zhBlocks);
        int[] enLen = en.stream().mapToInt(LengthScorer::length).toArray();
        int[] zhLen = zh.stream().mapToInt(LengthScorer::length).toArray();
        double ratio = LengthScorer.ratio(enLen, zhLen);
        double variance = LengthScorer.initialVariance(ratio);
        LexicalFeatures features = new LexicalFeatures(en, zh, dictionary, LanguageData.get());
        time = debug("features", time);

        CombinedScorer first = new CombinedScorer(new LengthScorer(enLen, zhLen, ratio, variance,
                BeadShapes.initial()), features.scorer(null, WEAK_WEIGHT, STRONG_WEIGHT), 0, 0);
        List<List<Bead>> pass1 = new ArrayList<>();
        List<Block> blocks = new ArrayList<>();
        List<Bead> all1 = new ArrayList<>();
        for (int b = 0; b < enBlocks.size(); b++) {
            Block block = new Block(enStart[b], enStart[b + 1], zhStart[b], zhStart[b + 1], first);
            List<Bead> beads = block.firstPass(enLen, zhLen, ratio, features);
            blocks.add(block);
            pass1.add(beads);
            for (Bead bead : beads) {
                all1.add(block.global(bead));
            }
        }
        time = debug("pass 1", time);
        int[] counts = new int[BeadShapes.COUNT];
        for (Bead bead : all1) {
            counts[BeadShapes.index(bead.src().size(), bead.tgt().size())]++;
        }
        double variance2 = LengthScorer.estimatedVariance(enLen, zhLen, ratio, all1, variance);
        int[][] learned = LearnedLexicon.learn(features, all1);
        LengthScorer length2 = new LengthScorer(enLen, zhLen, ratio, variance2, BeadShapes.estimated(counts));
        Windows windows = new Windows(zh.size(), new Windows.Build() {
            @Override
            public CombinedScorer full(int[] lo, int[] hi) {
                return new CombinedScorer(length2, features.scorer(learned, WEAK_WEIGHT, STRONG_WEIGHT, 8, lo, hi),
                        0, 0);
            }

            @Override
            public CombinedScorer update(CombinedScorer previous, int[] lo, int[] hi, boolean[] changed) {
                return previous.with(features.rescored(previous.lexical(), learned, lo, hi, changed));
            }
        });
        for (Block block : blocks) {
            windows.set(block.z0, block.z1, block.e0, block.e1); // exact inside a block; narrowed for long ones
        }
        time = debug("learn", time);
        List<List<Bead>> out = new ArrayList<>();
        for (int b = 0; b < enBlocks.size(); b++) {
            Block block = blocks.get(b);
            BandedDp dp = block.refine(pass1.get(b), windows);
            List<Bead> beads = dp.beadsWithConfidence();
            out.add(swap ? beads.stream().map(Bead::swapped).toList() : beads);
        }
        debug("pass 2", time);
        return out;
    }

    /** With BITEXT_DEBUG set, prints the CPU time of the current thread spent since {@code since}. */
    private static long debug(String what, long since) {
        if (!DEBUG) {
            return 0;
        }
        long now = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
        System.err.printf(java.util.Locale.ROOT, "%s: %d ms CPU%n", what, (now - since) / 1_000_000);
        return now;
    }

    /** One block of the DP: sentences {@code [e0, e1)} of the English and {@code [z0, z1)} of the Chinese. */
    private record Block(int e0, int e1, int z0, int z1, CombinedScorer global) {

        Bead global(Bead b) {
            return b.shifted(e0, z0);
        }

        private CombinedScorer local() {
            return global.shifted(e0, z0);
        }

        private boolean small() {
            return (long) (e1 - e0 + 1) * (z1 - z0 + 1) <= FULL_SEARCH_CELLS;
        }

        /**
         * The first pass, without confidences: exhaustive for small blocks; for long ones a DP in a band
         * between confident anchors (see {@link Anchors}), or the tracked diagonal path when there are none.
         */
        List<Bead> firstPass(int[] enLen, int[] zhLen, double ratio, LexicalFeatures features) {
            int n = e1 - e0;
            int m = z1 - z0;
            if (small()) {
                return new BandedDp(Band.full(n, m), local()).beads();
            }
            int[][] anchors = Anchors.find(features, e0, e1, z0, z1);
            if (DEBUG) {
                System.err.printf(java.util.Locale.ROOT, "anchors: %d%n", anchors.length);
            }
            if (anchors.length > 0) {
                return anchored(anchors, n, m);
            }
            double zhMean = 0;
            for (int k = z0; k < z1; k++) {
                zhMean += zhLen[k];
            }
            zhMean = Math.max(1, zhMean / Math.max(1, m));
            double[] advance = new double[n];
            for (int k = 0; k < n; k++) {
                advance[k] = enLen[e0 + k] * ratio / zhMean;
            }
            int[][] path = DiagonalTracker.fromBothEnds(n, m, TRACK_WIDTH, advance, local(), SentenceAligner::daemon);
            // the tracked path is itself a banded DP alignment: good enough to learn priors, the variance and
            // the lexicon from; pass 2 refines around it and widens its band wherever the path touches the edge
            // (a backward tracker plus a refining DP here cost twice the CPU for the same F1 on the Bible)
            return beadsOf(path[0], path[1]);
        }

        /**
         * The DP in the band between anchors, in two halves split at the anchor nearest the middle, aligned at
         * the same time on two cores.
         */
        private List<Bead> anchored(int[][] anchors, int n, int m) {
            int[] split = anchors[0];
            for (int[] a : anchors) {
                if (Math.abs(a[0] - n / 2) < Math.abs(split[0] - n / 2)) {
                    split = a;
                }
            }
            int si = split[0];
            int sj = split[1];
            List<int[]> before = new ArrayList<>();
            List<int[]> after = new ArrayList<>();
            for (int[] a : anchors) {
                if (a[0] < si && a[1] < sj) {
                    before.add(a);
                } else if (a[0] > si && a[1] > sj) {
                    after.add(new int[] {a[0] - si, a[1] - sj});
                }
            }
            CombinedScorer local = local();
            CompletableFuture<List<Bead>> second = CompletableFuture.supplyAsync(() -> new BandedDp(
                    Anchors.band(after, n - si, m - sj), local.shifted(si, sj)).beads(), SentenceAligner::daemon);
            List<Bead> out = new ArrayList<>(new BandedDp(Anchors.band(before, si, sj), local).beads());
            for (Bead b : second.join()) {
                out.add(b.shifted(si, sj));
            }
            return out;
        }

        /** The second pass around the first one's path, with confidences (see {@link SecondPass}). */
        BandedDp refine(List<Bead> previous, Windows windows) {
            if (small()) {
                return new BandedDp(Band.full(e1 - e0, z1 - z0), windows.scorer().shifted(e0, z0), true);
            }
            return new SecondPass(e0, e1, z0, z1, windows).run(previous);
        }
    }

    private static void daemon(Runnable r) {
        Thread t = new Thread(r, "bitext-track");
        t.setDaemon(true);
        t.start();
    }

    private static List<Bead> beadsOf(int[] pi, int[] pj) {
        List<Bead> out = new ArrayList<>(pi.length);
        for (int p = 1; p < pi.length; p++) {
            out.add(Bead.of(pi[p - 1], pi[p] - pi[p - 1], pj[p - 1], pj[p] - pj[p - 1], 1.0));
        }
        return out;
    }

    private static List<String> flatten(List<List<String>> blocks) {
        List<String> out = new ArrayList<>();
        blocks.forEach(out::addAll);
        return out;
    }

    private static int[] starts(List<List<String>> blocks) {
        int[] s = new int[blocks.size() + 1];
        for (int b = 0; b < blocks.size(); b++) {
            s[b + 1] = s[b] + blocks.get(b).size();
        }
        return s;
    }

    /**
     * The Chinese side in Simplified script when it is Traditional, so that the dictionary and the numbers
     * match; the check runs ICU's transform on a sample first because the transform is slow on long texts.
     */
    static List<String> toSimplified(List<String> zh) {
        StringBuilder sample = new StringBuilder();
        for (int k = 0; k < zh.size() && sample.length() < 3000; k += Math.max(1, zh.size() / 60)) {
            sample.append(zh.get(k));
        }
        if (sample.isEmpty()) {
            return zh;
        }
        int markers = 0;
        Set<String> traditional = LanguageData.get().traditionalMarkers;
        for (int k = 0; k < sample.length(); k++) {
            if (traditional.contains(String.valueOf(sample.charAt(k)))) {
                markers++;
            }
        }
        if (markers < 3) {
            return zh;
        }
        Transliterator t2s = TraditionalChinese.toSimplified();
        String s = sample.toString();
        String simplified = t2s.transliterate(s);
        int diff = 0;
        for (int k = 0; k < Math.min(s.length(), simplified.length()); k++) {
            if (s.charAt(k) != simplified.charAt(k)) {
                diff++;
            }
        }
        if (diff * 100 < s.length()) {
            return zh;
        }
        List<String> out = new ArrayList<>(zh.size());
        for (String z : zh) {
            out.add(t2s.transliterate(z));
        }
        return out;
    }
}
