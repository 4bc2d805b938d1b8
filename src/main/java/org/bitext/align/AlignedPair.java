package org.bitext.align;

import java.util.Objects;
import org.bitext.text.IsoDates;

/**
 * One aligned bilingual unit as later stages (index, terms, formats) consume it: the English and Chinese
 * text of one bead (sentence level) or of one paragraph pair (paragraph level), with where it came from.
 *
 * @param document   document name ({@code CD-1937} for {@code CD-1937.zh.txt} + {@code CD-1937.en.txt})
 * @param level      sentence or paragraph
 * @param paragraph  paragraph label: its number ("7"), "0" for front matter, or an ordinal for unnumbered
 *                   paragraphs and TMX units
 * @param unit       1-based number of the unit within its paragraph (1 at paragraph level)
 * @param en         English text (may be empty for a one-sided bead)
 * @param zh         Chinese text (may be empty for a one-sided bead)
 * @param confidence the bead's confidence in [0, 1]
 * @param address    the structural address of the paragraph the unit belongs to, as the English original
 *                   gives it ({@code "art. 17 ¶2"}, {@code "pp. 3"}, {@code "¶9"}), or empty
 * @param symbol     the UN document symbol read from the original's masthead ({@code CD/1937}), or empty
 * @param date       the document's date from its masthead, ISO {@code yyyy-mm-dd}, or empty
 */
public record AlignedPair(String document, Level level, String paragraph, int unit, String en, String zh,
                          double confidence, String address, String symbol, String date) {

    /** A pair without a structural address or symbol (TMX units, presegmented input). */
    public AlignedPair(String document, Level level, String paragraph, int unit, String en, String zh,
                       double confidence) {
        this(document, level, paragraph, unit, en, zh, confidence, "", "", "");
    }

    /** A pair with an address and symbol but no known date. */
    public AlignedPair(String document, Level level, String paragraph, int unit, String en, String zh,
                       double confidence, String address, String symbol) {
        this(document, level, paragraph, unit, en, zh, confidence, address, symbol, "");
    }

    public AlignedPair {
        Objects.requireNonNull(address, "address");
        Objects.requireNonNull(symbol, "symbol");
        if (!IsoDates.isIsoOrEmpty(Objects.requireNonNull(date, "date"))) {
            throw new IllegalArgumentException("date must be yyyy-mm-dd or empty, was '" + date + "'");
        }
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(level, "level");
        Objects.requireNonNull(paragraph, "paragraph");
        Objects.requireNonNull(en, "en");
        Objects.requireNonNull(zh, "zh");
        if (unit < 1) {
            throw new IllegalArgumentException("unit must be >= 1, was " + unit);
        }
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be in [0,1], was " + confidence);
        }
    }

    /** True when both sides have text (1-0 and 0-1 beads are kept in reports, not in the index). */
    public boolean isTwoSided() {
        return !en.isBlank() && !zh.isBlank();
    }
}
