package org.bitext.terms;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * What the passes after extraction need of one unit, compact enough to spill for every unit: its ordinal and
 * reference, the {@link TermKeys#hash hashes} of its distinct Chinese and English candidate keys (sorted
 * ascending), and its potential lexical pairs. Later passes (pair counting, boundary units, measuring) read
 * these instead of segmenting the text again.
 *
 * @param ordinal position among the units the job uses
 * @param ref     {@code document:paragraph}, as examples show it
 * @param zh      hashes of the Chinese candidate keys, sorted, distinct
 * @param en      hashes of the English candidate keys, sorted, distinct
 * @param lexical potential rare pairs, in the order of their Chinese candidates in the unit
 */
public record UnitKeys(long ordinal, String ref, long[] zh, long[] en, List<LexicalCandidate> lexical)
        implements Serializable {

    public UnitKeys {
        if (ordinal < 0) {
            throw new IllegalArgumentException("ordinal must be >= 0, was " + ordinal);
        }
        Objects.requireNonNull(ref, "ref");
        checkSorted(zh, "zh", ordinal);
        checkSorted(en, "en", ordinal);
        lexical = List.copyOf(lexical);
    }

    private static void checkSorted(long[] hashes, String side, long ordinal) {
        for (int i = 1; i < hashes.length; i++) {
            if (hashes[i - 1] >= hashes[i]) {
                throw new IllegalArgumentException(side + " key hashes of unit " + ordinal
                        + " must be sorted and distinct, found " + hashes[i - 1] + " before " + hashes[i]);
            }
        }
    }

    /** True when the unit holds the Chinese key with hash {@code h}. */
    public boolean hasZh(long h) {
        return Arrays.binarySearch(zh, h) >= 0;
    }

    /** True when the unit holds the English key with hash {@code h}. */
    public boolean hasEn(long h) {
        return Arrays.binarySearch(en, h) >= 0;
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof UnitKeys u && u.ordinal == ordinal && u.ref.equals(ref) && Arrays.equals(u.zh, zh)
                && Arrays.equals(u.en, en) && u.lexical.equals(lexical);
    }

    @Override
    public int hashCode() {
        return Long.hashCode(ordinal) * 31 + Arrays.hashCode(zh);
    }

    @Override
    public String toString() {
        return "UnitKeys[" + ordinal + " " + ref + ", " + zh.length + " zh, " + en.length + " en, " + lexical + "]";
    }
}
