package org.bitext.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import org.bitext.Bitext;
import org.bitext.align.AlignedPair;
import org.bitext.align.Level;
import org.junit.jupiter.api.Test;

/**
 * A compound seen once whose middle word is the bound suffix 性 (resource suffix.zh.txt) is paired word for
 * word: the suffix forms an adjective with the word before it and needs no English word of its own.
 */
class BoundSuffixTest {

    private static List<TermPair> run(List<AlignedPair> units) {
        TermsOptions options = new TermsOptions(Path.of("corpus"), null, null, 2, 0, null, 0.5);
        return Bitext.extractTerms(options, units::forEach, m -> { }).terms().stream()
                .map(ExtractedTerm::pair).toList();
    }

    private static AlignedPair unit(int n, String en, String zh) {
        return new AlignedPair("d", Level.SENTENCE, String.valueOf(n), 1, en, zh, 1.0);
    }

    @Test
    void aCompoundWithTheSuffixIsPairedWordForWord() {
        List<TermPair> pairs = run(List.of(
                unit(1, "The seminar made a lasting contribution to regional security.",
                        "研讨会为区域安全作出了持久性贡献。"),
                unit(2, "The delegation thanked the Committee.", "代表团感谢委员会。"),
                unit(3, "The Committee adopted its report.", "委员会通过了报告。")));
        TermPair found = pairs.stream().filter(p -> p.zh().equals("持久性贡献")).findFirst().orElseThrow(
                () -> new AssertionError("持久性贡献 not paired: " + pairs));
        assertEquals("lasting contribution", found.en());
        assertEquals("lexicon", found.method());
    }

    @Test
    void theSuffixAloneAtTheStartIsNotDropped() {
        assertTrue(TermLexicon.isSuffix("性"));
        assertTrue(!TermLexicon.isSuffix("性别"), "only the bound character is a suffix");
    }
}
