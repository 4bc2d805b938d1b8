package org.bitext.align;

/**
 * Lexical evidence as a bead cost: each English content word of the bead that a Chinese word of the bead
 * translates earns {@code -weakWeight}, each strong token (number, symbol, Latin word) both sides share earns
 * {@code -strongWeight}. Rewards per matched word add up across beads, so bead shapes compare fairly.
 * Words are hashed into small bit signatures per sentence: a bead's matches are a popcount, which keeps the
 * cost as cheap as the length model on inputs of tens of thousands of sentences.
 */
final class LexicalScorer implements AlignmentScorer {


    // package-private: CombinedScorer computes the same cost inline
    /** 64-bit words per weak signature: 8 (512 bits) for the first pass, 16 for the second. */
    final int longs;
    final long[] srcWeak;
    final long[] srcStrong;
    final long[] tgtWeak;
    final long[] tgtStrong;
    final double weakWeight;
    final double strongWeight;

    LexicalScorer(int longs, long[] srcWeak, long[] srcStrong, long[] tgtWeak, long[] tgtStrong,
                  double weakWeight, double strongWeight) {
        if (longs <= 0 || longs > 16 || Integer.bitCount(longs) != 1) {
            throw new IllegalArgumentException("signature words must be a power of two up to 16: " + longs);
        }
        this.longs = longs;
        this.srcWeak = groups(srcWeak, longs);
        this.srcStrong = groups(srcStrong, 1);
        this.tgtWeak = groups(tgtWeak, longs);
        this.tgtStrong = groups(tgtStrong, 1);
        this.weakWeight = weakWeight;
        this.strongWeight = strongWeight;
    }

    private LexicalScorer(LexicalScorer base, long[] tgtWeakGroups) {
        this.longs = base.longs;
        this.srcWeak = base.srcWeak;
        this.srcStrong = base.srcStrong;
        this.tgtWeak = tgtWeakGroups;
        this.tgtStrong = base.tgtStrong;
        this.weakWeight = base.weakWeight;
        this.strongWeight = base.strongWeight;
    }

    /**
     * This scorer with the weak signatures of the target sentences flagged in {@code changed} replaced by
     * {@code signature(k)} (a fresh signature of {@link #longs} words), and the runs holding them regrouped.
     */
    LexicalScorer withTargets(boolean[] changed, java.util.function.IntFunction<long[]> signature) {
        int max = BeadShapes.MAX;
        int m = tgtWeak.length / (max * longs);
        long[] out = tgtWeak.clone();
        for (int k = 0; k < m; k++) {
            if (changed[k]) {
                long[] sig = signature.apply(k);
                System.arraycopy(sig, 0, out, k * max * longs, longs);
            }
        }
        for (int k = 0; k < m; k++) {
            if (!changed[k]) {
                continue;
            }
            for (int s = Math.max(0, k - max + 1); s <= k; s++) {
                for (int size = 2; size <= max; size++) {
                    int base = (s * max + size - 1) * longs;
                    int prev = (s * max + size - 2) * longs;
                    int last = s + size - 1;
                    for (int w = 0; w < longs; w++) {
                        out[base + w] = out[prev + w] | (last < m ? out[last * max * longs + w] : 0);
                    }
                }
            }
        }
        return new LexicalScorer(this, out);
    }

    /**
     * Signatures of every run of 1 to {@link BeadShapes#MAX} consecutive sentences ({@code [start][size-1]}, {@code longs}
     * words each), so that a bead costs one AND and popcount per word instead of OR-ing its sentences.
     */
    private static long[] groups(long[] sig, int longs) {
        int n = sig.length / longs;
        long[] out = new long[n * BeadShapes.MAX * longs];
        for (int s = 0; s < n; s++) {
            for (int size = 1; size <= BeadShapes.MAX; size++) {
                int base = (s * BeadShapes.MAX + size - 1) * longs;
                for (int k = s; k < Math.min(n, s + size); k++) {
                    for (int w = 0; w < longs; w++) {
                        out[base + w] |= sig[k * longs + w];
                    }
                }
            }
        }
        return out;
    }

    /** The bit of a word id in a signature of {@code longs} 64-bit words. */
    static int weakBit(int id, int longs) {
        return (int) ((id * 0x9E3779B97F4A7C15L) >>> (64 - Integer.numberOfTrailingZeros(longs * 64)));
    }

    static int strongBit(int id) {
        return (int) ((id * 0xC2B2AE3D27D4EB4FL) >>> 58); // 6 bits: 0..63
    }

    static void setWeak(long[] sig, int longs, int sentence, int id) {
        int b = weakBit(id, longs);
        sig[sentence * longs + (b >>> 6)] |= 1L << (b & 63);
    }

    static void setStrong(long[] sig, int sentence, int id) {
        sig[sentence] |= 1L << strongBit(id);
    }

    @Override
    public double cost(int s0, int ns, int t0, int nt) {
        if (ns == 0 || nt == 0) {
            return 0;
        }
        int sg = s0 * BeadShapes.MAX + ns - 1;
        int tg = t0 * BeadShapes.MAX + nt - 1;
        int sb = sg * longs;
        int tb = tg * longs;
        // A bit-parallel popcount of the words, summed per byte before one final multiply: the
        // launcher runs the C1 compiler only (faster for second-long jobs), which has no popcount intrinsic,
        // and this is the hottest line of the aligner.
        long bytes = 0;
        for (int w = 0; w < longs; w++) {
            long x = srcWeak[sb + w] & tgtWeak[tb + w];
            x = x - ((x >>> 1) & 0x5555555555555555L);
            x = (x & 0x3333333333333333L) + ((x >>> 2) & 0x3333333333333333L);
            bytes += (x + (x >>> 4)) & 0x0F0F0F0F0F0F0F0FL; // each byte <= 8, so 16 words stay below 256
        }
        int weak = (int) ((bytes * 0x0101010101010101L) >>> 56);
        return -weakWeight * weak - strongWeight * Long.bitCount(srcStrong[sg] & tgtStrong[tg]);
    }
}
