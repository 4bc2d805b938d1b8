package org.bitext.index;

import java.util.List;
import java.util.Objects;
import org.bitext.align.Level;
import org.bitext.text.Span;

/**
 * One concordance line: an aligned unit with the query highlighted on its side and the spotted translation
 * highlighted on the other. Highlights are spans into {@link #en()} and {@link #zh()}.
 *
 * @param spotted the spotted counterpart as it stands in the other side's text (a real substring), or null
 * @param address the structural address of the unit's paragraph ({@code art. 17 ¶2}), or empty
 * @param symbol  the document's UN symbol ({@code CD/1937}), or empty when its masthead gives none
 */
public record Hit(String document, Level level, String paragraph, int unit, double confidence, float score,
                  String en, String zh, List<Span> enHighlights, List<Span> zhHighlights, String spotted,
                  String address, String symbol) {

    public Hit {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(symbol, "symbol");
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(paragraph, "paragraph");
        Objects.requireNonNull(en, "en");
        Objects.requireNonNull(zh, "zh");
        enHighlights = List.copyOf(enHighlights);
        zhHighlights = List.copyOf(zhHighlights);
        for (Span s : enHighlights) {
            if (s.end() > en.length()) {
                throw new IllegalArgumentException("English highlight " + s + " is outside the text (length "
                        + en.length() + ")");
            }
        }
        for (Span s : zhHighlights) {
            if (s.end() > zh.length()) {
                throw new IllegalArgumentException("Chinese highlight " + s + " is outside the text (length "
                        + zh.length() + ")");
            }
        }
    }

    /**
     * Where the unit stands, for people: the document's symbol (else its name) and the paragraph's
     * structural address (else its label), {@code "CD/1937 ¶9"}, {@code "UDHR art. 17 ¶2"}, with
     * {@code ".unit"} at sentence level.
     */
    public String reference() {
        String where = address.isEmpty() ? "¶" + paragraph : address;
        return (symbol.isEmpty() ? document : symbol) + " " + where + (level == Level.SENTENCE ? "." + unit : "");
    }
}
