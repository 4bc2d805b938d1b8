package org.bitext.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.bitext.align.Placeables;
import org.bitext.text.Language;
import org.bitext.text.Span;

/**
 * Queries made by editing stored sentences, to measure the candidate stage against an exhaustive scan:
 * a share of the tokens (words, Chinese characters) is changed to another token of the corpus, deleted,
 * or has a token inserted after it, as a translator's new sentence differs from last year's.
 */
public final class TmEdits {

    private final Random random;
    private final List<String> vocabulary;

    /**
     * @param vocabulary tokens insertions and changes draw from (words of the corpus, or its characters)
     * @param seed       fixed, so that a run can be repeated
     */
    public TmEdits(List<String> vocabulary, long seed) {
        if (vocabulary.isEmpty()) {
            throw new IllegalArgumentException("empty vocabulary");
        }
        this.vocabulary = List.copyOf(vocabulary);
        this.random = new Random(seed);
    }

    /** The tokens of {@code texts} (all of them, repeats included: common tokens are drawn more often). */
    public static List<String> vocabulary(List<String> texts) {
        List<String> out = new ArrayList<>();
        for (String t : texts) {
            for (Placeables.Token tok : Placeables.tokens(t)) {
                out.add(tok.span().of(t));
            }
        }
        return out;
    }

    /** {@code text} with about {@code share} (0..1, at least one) of its tokens changed, deleted or inserted. */
    public String edit(String text, Language language, double share) {
        List<Placeables.Token> tokens = Placeables.tokens(text);
        if (tokens.isEmpty()) {
            return text;
        }
        int edits = Math.max(1, (int) Math.round(share * tokens.size()));
        String sep = language == Language.EN ? " " : "";
        StringBuilder out = new StringBuilder(text);
        // Edits from the last token backwards keep the earlier spans valid.
        List<Integer> at = new ArrayList<>();
        for (int i = 0; i < tokens.size(); i++) {
            at.add(i);
        }
        java.util.Collections.shuffle(at, random);
        List<Integer> chosen = new ArrayList<>(at.subList(0, Math.min(edits, at.size())));
        chosen.sort(java.util.Comparator.reverseOrder());
        for (int i : chosen) {
            Span s = tokens.get(i).span();
            String other = vocabulary.get(random.nextInt(vocabulary.size()));
            switch (random.nextInt(3)) {
                case 0 -> out.replace(s.start(), s.end(), other);
                case 1 -> out.delete(s.start(), s.end());
                default -> out.insert(s.end(), sep + other);
            }
        }
        return out.toString().replaceAll(" {2,}", " ").strip();
    }
}
