package org.bitext.terms;

/**
 * Association measures over a 2x2 contingency table of aligned units: Dunning's log-likelihood ratio (G²)
 * and the Dice coefficient.
 */
final class Association {

    private Association() {
    }

    /**
     * G² for {@code both} units holding both terms, {@code zh} units holding the Chinese term, {@code en}
     * units holding the English term, out of {@code n} units. Signed: negative when the terms avoid each other.
     */
    static double llr(int both, int zh, int en, int n) {
        double k11 = both;
        double k12 = zh - both;
        double k21 = en - both;
        double k22 = n - zh - en + both;
        if (k12 < 0 || k21 < 0 || k22 < 0) {
            throw new IllegalArgumentException("inconsistent counts both=" + both + " zh=" + zh + " en=" + en
                    + " n=" + n);
        }
        double g = 2 * (xlogx(k11) + xlogx(k12) + xlogx(k21) + xlogx(k22)
                - xlogx(k11 + k12) - xlogx(k21 + k22) - xlogx(k11 + k21) - xlogx(k12 + k22) + xlogx(n));
        g = Math.max(0, g);
        return both * (double) n < (double) zh * en ? -g : g;
    }

    static double dice(int both, int zh, int en) {
        return zh + en == 0 ? 0 : 2.0 * both / (zh + en);
    }

    private static double xlogx(double x) {
        return x <= 0 ? 0 : x * Math.log(x);
    }
}
