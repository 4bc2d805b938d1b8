package org.bitext.terms;

import java.io.Serializable;
import java.util.Objects;

/**
 * The texts of one used unit, fetched by ordinal for the few units the last steps look at again (boundary
 * evidence, the context shown with a pair).
 *
 * @param ordinal    position among the used units
 * @param ref        {@code document:paragraph}
 * @param zh         Chinese, NFKC-normalized (what candidates are found in)
 * @param zhOriginal Chinese as written (full-width punctuation kept), for contexts shown to people
 * @param en         English
 */
public record UnitText(long ordinal, String ref, String zh, String zhOriginal, String en) implements Serializable {
    public UnitText {
        Objects.requireNonNull(ref, "ref");
        Objects.requireNonNull(zh, "zh");
        Objects.requireNonNull(zhOriginal, "zhOriginal");
        Objects.requireNonNull(en, "en");
    }
}
