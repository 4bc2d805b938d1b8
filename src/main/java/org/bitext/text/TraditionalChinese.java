package org.bitext.text;

import com.ibm.icu.text.Transliterator;
import com.ibm.icu.text.UTF16;
import com.ibm.icu.text.UnicodeSetIterator;
import java.util.BitSet;

/**
 * ICU4J's Traditional→Simplified transform, built once and shared (as Lucene's ICUTransformFilterFactory
 * shares its transliterator): building one costs 0.3–2.5 s. Besides the transform itself it offers a
 * character-by-character conversion through a table that ICU filled, because the transliterator's per-call
 * cost, not its rules, dominates on short strings (index tokens, queries).
 */
public final class TraditionalChinese {

    private TraditionalChinese() {
    }

    /** The shared ICU {@code Traditional-Simplified} transliterator (whole strings). */
    public static Transliterator toSimplified() {
        return Holder.T2S;
    }

    /** True when the transform changes {@code c} on its own (both surrogates of a changed supplementary one). */
    public static boolean changes(char c) {
        return Holder.CHANGES.get(c);
    }

    /** The Simplified form of BMP character {@code c} when the transform changes it alone, else null. */
    public static String simplifiedChar(char c) {
        return Holder.SINGLE[c];
    }

    /**
     * Converts Traditional characters to Simplified ones character by character, as the index does; text
     * without a character the transform changes is returned as is (the same instance).
     */
    public static String simplify(String s) {
        StringBuilder out = null;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Holder.CHANGES.get(c)) {
                if (out != null) {
                    out.append(c);
                }
                continue;
            }
            String single = Holder.SINGLE[c];
            if (single == null) {
                return Holder.T2S.transliterate(s); // a supplementary character: let ICU do the whole string
            }
            if (out == null) {
                out = new StringBuilder(s.length()).append(s, 0, i);
            }
            out.append(single);
        }
        return out == null ? s : out.toString();
    }

    private static final class Holder {
        static final Transliterator T2S = Transliterator.getInstance("Traditional-Simplified");
        /** Simplified form of each BMP character the transform changes on its own (null: unchanged). */
        static final String[] SINGLE = new String[65536];
        /** UTF-16 units of characters the transform changes (both surrogates of a supplementary one). */
        static final BitSet CHANGES = new BitSet(65536);

        static {
            for (UnicodeSetIterator it = new UnicodeSetIterator(T2S.getSourceSet()); it.next(); ) {
                if (it.codepoint == UnicodeSetIterator.IS_STRING) {
                    continue;
                }
                String s = UTF16.valueOf(it.codepoint);
                String t = T2S.transliterate(s);
                if (!t.equals(s)) {
                    for (int i = 0; i < s.length(); i++) {
                        CHANGES.set(s.charAt(i));
                    }
                    if (s.length() == 1) {
                        SINGLE[s.charAt(0)] = t;
                    }
                }
            }
        }
    }
}
