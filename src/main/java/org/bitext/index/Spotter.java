package org.bitext.index;

import org.bitext.lexicon.EnglishWords;
import org.bitext.terms.TermSpotter;

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
    private final TermSpotter terms = new TermSpotter();

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
        if (queryLanguage == Language.EN && EnglishWords.contentWords(query).isEmpty()) {
            // Only function words (AND, "of the"): nothing to translate, so nothing is spotted.
            counterparts.forEach(c -> spots.add(null));
            return spots;
        }
        if (query.codePoints().noneMatch(Character::isLetter)) {
            // A number or symbol (66/44, CD/1299) is its own translation where the other side has it.
            for (Counterpart c : counterparts) {
                int at = c.text.indexOf(query.strip());
                spots.add(at < 0 ? null : new Spot(new Span(at, at + query.strip().length()),
                        query.strip(), "same string"));
            }
            return spots;
        }
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
            if (s == null && queryLanguage == Language.ZH) {
                Span t = terms.englishFor(query, c.text);
                s = t == null ? null : new Spot(t, t.of(c.text), "dictionary term");
            }
            spots.add(s);
            missing |= s == null;
        }
        if (missing) {
            List<Spot> stats = AssociationSpotter.spot(background, query, evidence, counterparts);
            for (int i = 0; i < spots.size(); i++) {
                if (spots.get(i) == null) {
                    spots.set(i, checked(stats.get(i), counterparts.get(i), fromTable));
                }
            }
        }
        return spots;
    }

    /**
     * An association spot as it may be shown: widened to whole words (Non-Proliferation, not Proliferation),
     * and dropped when the term table knows the query's translations and this is none of them (the sentence
     * then translates the query some other way, and a fragment such as "Mass Destruction" or a pronoun would be
     * a guess: "no counterpart found" is the honest answer), or when it is only function words.
     */
    private static Spot checked(Spot s, Counterpart c, List<String> fromTable) {
        if (s == null) {
            return null;
        }
        int start = s.span().start();
        int end = s.span().end();
        while (c.language == Language.EN && start > 0 && (Character.isLetter(c.text.charAt(start - 1)) || c.text.charAt(start - 1) == '-')) {
            start--;
        }
        while (c.language == Language.EN && end < c.text.length() && (Character.isLetter(c.text.charAt(end)) || c.text.charAt(end) == '-')) {
            end++;
        }
        Span span = new Span(start, end);
        String text = span.of(c.text);
        if (c.language == Language.EN && EnglishWords.contentWords(text).isEmpty()) {
            return null;
        }
        if (!fromTable.isEmpty() && fromTable.stream().noneMatch(t -> text.equalsIgnoreCase(t)
                || text.toLowerCase(java.util.Locale.ROOT).startsWith(t.toLowerCase(java.util.Locale.ROOT)))) {
            return null;
        }
        return new Spot(span, text, s.method());
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
                // The whole word: a table entry in the singular spots the plural too (Additional Protocols).
                int end = s.end();
                while (c.language == Language.EN && end < c.text.length() && Character.isLetter(c.text.charAt(end))) {
                    end++;
                }
                s = end - s.end() <= 2 ? new Span(s.start(), end) : s;
                return new Spot(s, s.of(c.text), method);
            }
        }
        return null;
    }
}
