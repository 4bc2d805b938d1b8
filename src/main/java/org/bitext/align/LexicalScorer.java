package org.bitext.align;

/**
 * Lexical evidence as a bead cost: each English content word of the bead that a Chinese word of the bead
 * translates earns {@code -weakWeight}, each strong token (number, symbol, Latin word) both sides share earns
 * {@code -strongWeight}. Rewards per matched word add up across beads, so bead shapes compare fairly.
 * Words are hashed into small bit signatures per sentence: a bead's matches are a popcount, which keeps the
 * cost as cheap as the length model on inputs of tens of thousands of sentences.
 */
final class LexicalScorer implements AlignmentScorer {

    static final int WEAK_LONGS = 8;

    private final long[] srcWeak;
    private final long[] srcStrong;
    private final long[] tgtWeak;
    private final long[] tgtStrong;
    private final double weakWeight;
    private final double strongWeight;

    LexicalScorer(long[] srcWeak, long[] srcStrong, long[] tgtWeak, long[] tgtStrong, double weakWeight,
                  double strongWeight) {
        this.srcWeak = srcWeak;
        this.srcStrong = srcStrong;
        this.tgtWeak = tgtWeak;
        this.tgtStrong = tgtStrong;
        this.weakWeight = weakWeight;
        this.strongWeight = strongWeight;
    }

    static int weakBit(int id) {
        return (int) ((id * 0x9E3779B97F4A7C15L) >>> 55); // 9 bits: 0..511
    }

    static int strongBit(int id) {
        return (int) ((id * 0xC2B2AE3D27D4EB4FL) >>> 58); // 6 bits: 0..63
    }

    static void setWeak(long[] sig, int sentence, int id) {
        int b = weakBit(id);
        sig[sentence * WEAK_LONGS + (b >>> 6)] |= 1L << (b & 63);
    }

    static void setStrong(long[] sig, int sentence, int id) {
        sig[sentence] |= 1L << strongBit(id);
    }

    @Override
    public double cost(int s0, int ns, int t0, int nt) {
        if (ns == 0 || nt == 0) {
            return 0;
        }
        long ss = 0;
        long ts = 0;
        for (int k = 0; k < ns; k++) {
            ss |= srcStrong[s0 + k];
        }
        for (int k = 0; k < nt; k++) {
            ts |= tgtStrong[t0 + k];
        }
        int weak = 0;
        for (int w = 0; w < WEAK_LONGS; w++) {
            long a = 0;
            long b = 0;
            for (int k = 0; k < ns; k++) {
                a |= srcWeak[(s0 + k) * WEAK_LONGS + w];
            }
            for (int k = 0; k < nt; k++) {
                b |= tgtWeak[(t0 + k) * WEAK_LONGS + w];
            }
            weak += Long.bitCount(a & b);
        }
        return -weakWeight * weak - strongWeight * Long.bitCount(ss & ts);
    }
}
