package org.bitext.align;

import java.util.ArrayList;
import java.util.List;
import org.bitext.text.Span;

/**
 * The tokens a translation-memory match is measured in, with the placeables among them, found by the same
 * rules the aligner uses for its strong tokens ({@link Tokenizer}: letters and digits joined by
 * {@code / . , ' ’ -}, so {@code 66/44}, {@code A/66/L.1/Rev.1}, {@code 1,000} and {@code 5.5} are one token;
 * {@link ChineseNumbers} for numerals written in Han characters). English and Latin runs are one token each,
 * every other Han character is a token of its own, punctuation and spaces are no tokens.
 *
 * <p>A placeable is a token holding a digit (numbers, dates' days and years, document symbols, resolution
 * numbers, the number of a percentage) or a run of two or more Chinese numerals that parses as a number
 * (二〇一二, 三十). Placeables can be swapped in a translation without touching the words around them.
 */
public final class Placeables {

    private Placeables() {
    }

    /** One token: where it is in the text and whether it is a placeable. */
    public record Token(Span span, boolean placeable) {
        public Token {
            java.util.Objects.requireNonNull(span, "span");
        }
    }

    /**
     * The tokens of {@code text} in order. The text should be NFKC-normalised by the caller when width
     * matters ({@link Tokenizer} treats full-width Latin letters and digits as word characters either way).
     */
    public static List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>();
        scan(text, out);
        return out;
    }

    /** How many tokens {@link #tokens} finds, without making them (the index stores it for every unit). */
    public static int count(String text) {
        return scan(text, null);
    }

    private static int scan(String text, List<Token> out) {
        int count = 0;
        int n = text.length();
        for (int k = 0; k < n; ) {
            char c = text.charAt(k);
            if (ChineseNumbers.isNumeral(c)) {
                int e = k + 1;
                while (e < n && ChineseNumbers.isNumeral(text.charAt(e))) {
                    e++;
                }
                if (e - k >= 2 && ChineseNumbers.parse(text.subSequence(k, e)) >= 0) {
                    count++;
                    if (out != null) {
                        out.add(new Token(new Span(k, e), true));
                    }
                    k = e;
                    continue;
                }
            }
            if (Tokenizer.isWordChar(c)) {
                int e = Tokenizer.tokenEnd(text, k);
                count++;
                if (out != null) {
                    boolean digit = false;
                    for (int x = k; x < e && !digit; x++) {
                        digit = Tokenizer.isDigit(text.charAt(x));
                    }
                    out.add(new Token(new Span(k, e), digit));
                }
                k = e;
            } else if (Character.isHighSurrogate(c) && k + 1 < n && Character.isLetter(text.codePointAt(k))) {
                count++;
                if (out != null) {
                    out.add(new Token(new Span(k, k + 2), false));
                }
                k += 2;
            } else if (Character.isLetterOrDigit(c)) {
                count++; // a Han (or kana, hangul) character
                if (out != null) {
                    out.add(new Token(new Span(k, k + 1), false));
                }
                k++;
            } else {
                k++;
            }
        }
        return count;
    }
}
