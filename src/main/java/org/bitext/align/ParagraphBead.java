package org.bitext.align;

import java.util.List;

/**
 * A bead of paragraph alignment and the sentence alignment inside it.
 *
 * @param en         indices into {@link DocumentAlignment#enUnits()} (empty for a Chinese-only unit)
 * @param zh         indices into {@link DocumentAlignment#zhUnits()} (empty for an English-only unit)
 * @param label      the paragraph label: number, "0" for front matter, "u"+ordinal for unnumbered
 * @param anchored   true when paired by paragraph number or front-matter kind rather than by the DP
 * @param confidence confidence in [0, 1]
 * @param sentences  sentence beads; indices count the sentences of the bead's units on each side in order
 * @param address    the structural address of its first English unit (else Chinese), or empty
 */
public record ParagraphBead(List<Integer> en, List<Integer> zh, String label, boolean anchored, double confidence,
                            List<Bead> sentences, String address) {

    public ParagraphBead {
        java.util.Objects.requireNonNull(address, "address");
        en = List.copyOf(en);
        zh = List.copyOf(zh);
        sentences = List.copyOf(sentences);
        if (en.isEmpty() && zh.isEmpty()) {
            throw new IllegalArgumentException("a paragraph bead needs a unit on one side at least");
        }
        if (!(confidence >= 0 && confidence <= 1)) {
            throw new IllegalArgumentException("confidence must be in [0,1], was " + confidence);
        }
    }
}
