package org.bitext.read;

import java.util.Objects;

/**
 * One English–Chinese translation unit ({@code tu}) of a TMX file as {@link TmxReader} reads it, with the
 * defaults already applied (document from the file name, paragraph from the unit's ordinal, unit 1,
 * confidence 1.0). The reader lives below the aligner, so it hands out this record; the layers that know
 * aligned pairs convert it.
 *
 * @param document       the {@code x-document} prop, else the file name without {@code .tmx}
 * @param paragraph      the {@code x-paragraph} prop, else the 1-based ordinal of the unit in the file
 * @param unit           the {@code x-unit} prop (>= 1), else 1
 * @param confidence     the {@code x-confidence} prop in [0,1], else 1.0
 * @param paragraphLevel true when the header says {@code segtype="paragraph"}
 * @param en             the English variant's text, inline codes left out
 * @param zh             the Chinese variant's text, inline codes left out
 * @param line           line of the {@code tu} in the file (for messages), -1 when unknown
 */
public record TmxUnit(String document, String paragraph, int unit, double confidence, boolean paragraphLevel,
                      String en, String zh, int line) {

    public TmxUnit {
        Objects.requireNonNull(document, "document");
        Objects.requireNonNull(paragraph, "paragraph");
        Objects.requireNonNull(en, "en");
        Objects.requireNonNull(zh, "zh");
        if (unit < 1) {
            throw new IllegalArgumentException("TmxUnit unit must be >= 1, was " + unit);
        }
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("TmxUnit confidence must be in [0,1], was " + confidence);
        }
    }
}
