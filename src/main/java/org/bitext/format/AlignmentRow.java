package org.bitext.format;

import java.util.List;
import java.util.Objects;
import org.bitext.align.AlignedPair;
import org.bitext.text.Span;

/**
 * One bead as the JSON Lines output describes it: the aligned pair plus where its sentences come from —
 * 0-based sentence indices on each side and their spans in the segmented documents' texts.
 *
 * @param pair        the aligned text, document, paragraph and confidence
 * @param enSentences 0-based indices of the English sentences of the bead (empty for a 0-1 bead)
 * @param zhSentences 0-based indices of the Chinese sentences of the bead (empty for a 1-0 bead)
 * @param enSpans     spans of those English sentences in the English document's text (same size as
 *                    {@code enSentences}, or empty when unknown)
 * @param zhSpans     spans of the Chinese sentences (same size as {@code zhSentences}, or empty)
 */
public record AlignmentRow(AlignedPair pair, List<Integer> enSentences, List<Integer> zhSentences,
                           List<Span> enSpans, List<Span> zhSpans) {

    public AlignmentRow {
        Objects.requireNonNull(pair, "pair");
        enSentences = List.copyOf(enSentences);
        zhSentences = List.copyOf(zhSentences);
        enSpans = List.copyOf(enSpans);
        zhSpans = List.copyOf(zhSpans);
        checkIndices("enSentences", enSentences);
        checkIndices("zhSentences", zhSentences);
        if (!enSpans.isEmpty() && enSpans.size() != enSentences.size()) {
            throw new IllegalArgumentException("enSpans " + enSpans + " do not match enSentences " + enSentences);
        }
        if (!zhSpans.isEmpty() && zhSpans.size() != zhSentences.size()) {
            throw new IllegalArgumentException("zhSpans " + zhSpans + " do not match zhSentences " + zhSentences);
        }
        if (enSentences.isEmpty() && zhSentences.isEmpty()) {
            throw new IllegalArgumentException("A bead needs a sentence on at least one side: " + pair);
        }
    }

    private static void checkIndices(String name, List<Integer> indices) {
        for (int i = 0; i < indices.size(); i++) {
            if (indices.get(i) < 0 || (i > 0 && indices.get(i) <= indices.get(i - 1))) {
                throw new IllegalArgumentException(name + " must be increasing indices >= 0, was " + indices);
            }
        }
    }
}
