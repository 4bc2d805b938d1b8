package org.bitext.text;

import com.ibm.icu.text.Normalizer2;
import java.util.Arrays;

/**
 * An NFKC-normalised view of a text for matching (full-width digits and Latin letters fold to ASCII,
 * compatibility ideographs to unified ones) with a map from every normalised offset back to the original,
 * so that a match found in the view can be shown in the original characters.
 */
public final class NormalizedText {

    private final String original;
    private final String normalized;
    /** For each normalised char: the start and end of the original chunk it came from. */
    private final int[] starts;
    private final int[] ends;

    private NormalizedText(String original, String normalized, int[] starts, int[] ends) {
        this.original = original;
        this.normalized = normalized;
        this.starts = starts;
        this.ends = ends;
    }

    /** Normalises {@code original} with ICU's NFKC, one normalisation chunk at a time. */
    public static NormalizedText of(String original) {
        Normalizer2 nfkc = Normalizer2.getNFKCInstance();
        int n = original.length();
        StringBuilder out = new StringBuilder(n);
        int[] starts = new int[n + 16];
        int[] ends = new int[n + 16];
        int i = 0;
        while (i < n) {
            int c = original.codePointAt(i);
            int j = i + Character.charCount(c);
            // A chunk runs to the next code point that starts a new normalisation unit.
            while (j < n && !nfkc.hasBoundaryBefore(original.codePointAt(j))) {
                j += Character.charCount(original.codePointAt(j));
            }
            CharSequence chunk = original.subSequence(i, j);
            CharSequence norm = nfkc.isNormalized(chunk) ? chunk : nfkc.normalize(chunk);
            int k0 = out.length();
            out.append(norm);
            int k1 = out.length();
            if (k1 > starts.length) {
                int size = Math.max(k1, starts.length * 3 / 2);
                starts = Arrays.copyOf(starts, size);
                ends = Arrays.copyOf(ends, size);
            }
            boolean identity = norm == chunk;
            for (int k = k0; k < k1; k++) {
                starts[k] = identity ? i + (k - k0) : i;
                ends[k] = identity ? i + (k - k0) + 1 : j;
            }
            i = j;
        }
        return new NormalizedText(original, out.toString(), starts, ends);
    }

    public String original() {
        return original;
    }

    public String normalized() {
        return normalized;
    }

    /** The original span that produced the normalised span {@code s}. */
    public Span toOriginal(Span s) {
        if (s.end() > normalized.length()) {
            throw new IllegalArgumentException("Span " + s + " exceeds the normalised length "
                    + normalized.length());
        }
        if (s.isEmpty()) {
            int o = toOriginal(s.start());
            return new Span(o, o);
        }
        return new Span(starts[s.start()], ends[s.end() - 1]);
    }

    /** The original offset of normalised offset {@code offset} (the text length maps to the text length). */
    public int toOriginal(int offset) {
        if (offset < 0 || offset > normalized.length()) {
            throw new IllegalArgumentException("Offset " + offset + " is outside 0.." + normalized.length());
        }
        return offset == normalized.length() ? original.length() : starts[offset];
    }
}
