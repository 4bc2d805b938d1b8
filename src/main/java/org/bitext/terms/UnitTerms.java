package org.bitext.terms;

import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One unit's extraction (the costly part, segmentation, done once per unit and job): the per-unit stats of
 * its distinct Chinese and English candidates (df 1, its neighbours and written forms) and its potential
 * lexical pairs. {@link #keys} is the compact form later passes read.
 *
 * @param ordinal position among the units the job uses
 * @param ref     {@code document:paragraph}
 * @param zh      stats of its distinct Chinese candidates, in order of first occurrence
 * @param en      stats of its distinct English candidates, in order of first occurrence
 * @param lexical potential rare pairs
 */
public record UnitTerms(long ordinal, String ref, List<TermStats> zh, List<TermStats> en,
                        List<LexicalCandidate> lexical) implements Serializable {

    public UnitTerms {
        Objects.requireNonNull(ref, "ref");
        zh = List.copyOf(zh);
        en = List.copyOf(en);
        lexical = List.copyOf(lexical);
    }

    /** The compact form: key hashes and potential pairs. */
    public UnitKeys keys() {
        return new UnitKeys(ordinal, ref, hashes(zh), hashes(en), lexical);
    }

    private static long[] hashes(List<TermStats> stats) {
        long[] out = new long[stats.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = TermKeys.hash(stats.get(i).key());
        }
        Arrays.sort(out);
        int n = 0;
        for (int i = 0; i < out.length; i++) {
            if (n == 0 || out[n - 1] != out[i]) {
                out[n++] = out[i];
            }
        }
        return n == out.length ? out : Arrays.copyOf(out, n);
    }
}
