package org.bitext.terms;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.bitext.lexicon.EnglishWords;
import org.bitext.lexicon.Lexicon;
import org.bitext.text.Span;

/**
 * How much of an English term the dictionary glosses of a Chinese term's words account for, as a weight
 * from 0.4 to 1. Pairs of a small corpus that co-occur by accident (a repeated sentence) rarely translate
 * each other word by word; real terms mostly do, at least in part (民间社会 ⇄ civil society).
 */
final class LexicalSupport {

    private final Lexicon lexicon;
    private final Map<String, Set<String>> glossed = new HashMap<>();

    LexicalSupport(Lexicon lexicon) {
        this.lexicon = lexicon;
    }

    double of(String zh, String en) {
        if (EnTerms.isAcronym(en)) {
            return 1;
        }
        List<String> words = EnglishWords.contentWords(en.toLowerCase(Locale.ROOT));
        if (words.isEmpty()) {
            return 1;
        }
        Set<String> stems = glossed.computeIfAbsent(zh, this::glossStems);
        long hit = words.stream().filter(w -> stems.contains(EnglishWords.stem(w))).count();
        return 0.4 + 0.6 * hit / words.size();
    }

    private Set<String> glossStems(String zh) {
        Set<String> out = new HashSet<>();
        for (Span w : lexicon.words(zh)) {
            out.addAll(lexicon.stems(w.of(zh)));
        }
        return out;
    }
}
