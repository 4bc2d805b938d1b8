package org.bitext.index;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.bitext.terms.TermPair;
import org.bitext.terms.TermTable;
import org.bitext.text.Language;
import org.bitext.text.Span;

/**
 * Spots the translation of a query in the other side of each hit, in order of evidence: the term table the
 * terms job wrote into the index folder, the bilingual dictionary, then association statistics over the hit
 * set against the whole index. A spot is always a span of the hit's own text, never invented text.
 */
final class Spotter {

    /** A spotted translation: where it stands in the counterpart, its text there, and how it was found. */
    record Spot(Span span, String text, String method) {
        Spot {
            Objects.requireNonNull(span, "span");
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(method, "method");
        }
    }

    private final Optional<TermTable> table;
    private final TranslationDictionary dictionary;
    private final AssociationSpotter.Background background;

    Spotter(Optional<TermTable> table, TranslationDictionary dictionary, AssociationSpotter.Background background) {
        this.table = Objects.requireNonNull(table, "table");
        this.dictionary = Objects.requireNonNull(dictionary, "dictionary");
        this.background = Objects.requireNonNull(background, "background");
    }

    /**
     * One spot (or null) per counterpart.
     *
     * @param queryLanguage the language of the query; the counterparts are in the other one
     * @param query         the query's positive text (Chinese already Simplified, or English words)
     * @param evidence      counterparts of the hit set the statistics are taken over (often the same list)
     */
    List<Spot> spot(Language queryLanguage, String query, List<Counterpart> counterparts,
                    List<Counterpart> evidence) {
        List<Spot> spots = new ArrayList<>(counterparts.size());
        List<String> fromTable = tableTranslations(queryLanguage, query);
        boolean missing = false;
        DictionarySpotter dict = null; // made on the first miss: a term table that answers all needs no lexicon
        for (Counterpart c : counterparts) {
            Spot s = byStrings(c, fromTable, "term table");
            if (s == null) {
                if (dict == null) {
                    dict = new DictionarySpotter(dictionary, queryLanguage, query);
                }
                s = dict.spot(c);
            }
            spots.add(s);
            missing |= s == null;
        }
        if (missing) {
            List<Spot> stats = AssociationSpotter.spot(background, query, evidence, counterparts);
            for (int i = 0; i < spots.size(); i++) {
                if (spots.get(i) == null) {
                    spots.set(i, stats.get(i));
                }
            }
        }
        return spots;
    }

    private List<String> tableTranslations(Language queryLanguage, String query) {
        if (table.isEmpty()) {
            return List.of();
        }
        Set<String> out = new LinkedHashSet<>();
        if (queryLanguage == Language.ZH) {
            for (TermPair p : table.get().byZh(query)) {
                out.add(p.en());
            }
        } else {
            for (TermPair p : table.get().byEn(query)) {
                out.add(p.zh());
            }
        }
        return List.copyOf(out);
    }

    /** The first of {@code translations} that occurs in {@code c}, as a spot; null when none does. */
    static Spot byStrings(Counterpart c, List<String> translations, String method) {
        for (String t : translations) {
            Span s = c.find(t);
            if (s != null) {
                return new Spot(s, s.of(c.text), method);
            }
        }
        return null;
    }
}
