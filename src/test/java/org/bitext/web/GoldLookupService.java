package org.bitext.web;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.bitext.align.AlignedPair;
import org.bitext.align.Level;
import org.bitext.index.Hit;
import org.bitext.index.SearchRequest;
import org.bitext.index.SearchResult;
import org.bitext.index.Translation;
import org.bitext.terms.TermPair;
import org.bitext.text.BadInputException;
import org.bitext.text.Language;
import org.bitext.text.Span;

/**
 * Test double of the lookup service: the gold sentence pairs of CD/1937 (plus any extra pairs) searched by
 * substring, with translations spotted from a small glossary. Lets the HTTP layer be tested apart from the
 * Lucene index; an unbalanced quote is a malformed query, as in the real syntax.
 */
class GoldLookupService implements LookupService {

    private final List<AlignedPair> pairs;
    private final Map<String, String> glossary;
    private final List<TermPair> terms;
    final AtomicInteger refreshes = new AtomicInteger();

    GoldLookupService(List<AlignedPair> pairs, Map<String, String> glossary, List<TermPair> terms) {
        this.pairs = List.copyOf(pairs);
        this.glossary = Map.copyOf(glossary);
        this.terms = List.copyOf(terms);
    }

    static List<AlignedPair> goldPairs() {
        Path tsv = Path.of("src/test/resources/corpus/CD-1937.alignment.tsv");
        List<AlignedPair> out = new ArrayList<>();
        try {
            List<String> lines = Files.readAllLines(tsv, StandardCharsets.UTF_8);
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.split("\t", -1);
                out.add(new AlignedPair("CD-1937", Level.SENTENCE, f[0], Integer.parseInt(f[1]), f[3], f[4], 1.0));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    @Override
    public SearchResult search(SearchRequest request) {
        String q = request.query();
        if (q.chars().filter(c -> c == '"').count() % 2 == 1) {
            throw new BadInputException(null, "malformed query: unbalanced quote");
        }
        q = q.replace("\"", "").strip();
        boolean zh = q.codePoints().anyMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN);
        String needle = q.toLowerCase(Locale.ROOT);
        String counterpart = glossary.get(q);
        List<Hit> hits = new ArrayList<>();
        Map<String, Integer> spotted = new LinkedHashMap<>();
        for (AlignedPair p : pairs) {
            if (request.document() != null && !request.document().equals(p.document())) {
                continue;
            }
            String side = zh ? p.zh() : p.en();
            String other = zh ? p.en() : p.zh();
            List<Span> own = find(side, needle);
            if (own.isEmpty()) {
                continue;
            }
            List<Span> theirs = counterpart == null ? List.of() : find(other, counterpart.toLowerCase(Locale.ROOT));
            String spot = theirs.isEmpty() ? null : theirs.get(0).of(other);
            if (spot != null) {
                spotted.merge(spot, 1, Integer::sum);
            }
            hits.add(new Hit(p.document(), Level.SENTENCE, p.paragraph(), p.unit(), p.confidence(), 1f,
                    p.en(), p.zh(), zh ? theirs : own, zh ? own : theirs, spot));
        }
        List<Hit> page = hits.subList(Math.min(hits.size(), request.offset()),
                Math.min(hits.size(), request.offset() + request.limit()));
        List<Translation> translations = spotted.entrySet().stream()
                .map(e -> new Translation(e.getKey(), e.getValue())).toList();
        return new SearchResult(request.query(), List.of(zh ? Language.ZH : Language.EN), hits.size(), page,
                translations);
    }

    private static List<Span> find(String text, String needle) {
        List<Span> out = new ArrayList<>();
        String hay = text.toLowerCase(Locale.ROOT);
        for (int i = hay.indexOf(needle); i >= 0 && !needle.isEmpty(); i = hay.indexOf(needle, i + needle.length())) {
            out.add(new Span(i, i + needle.length()));
        }
        return out;
    }

    @Override
    public List<AlignedPair> paragraph(String document, String paragraph) {
        return pairs.stream().filter(p -> p.document().equals(document) && p.paragraph().equals(paragraph)).toList();
    }

    @Override
    public List<TermPair> terms(String query, int limit) {
        return terms.stream().filter(t -> t.zh().equals(query) || t.en().equalsIgnoreCase(query)).limit(limit)
                .toList();
    }

    @Override
    public boolean hasTerms() {
        return !terms.isEmpty();
    }

    @Override
    public void refresh() {
        refreshes.incrementAndGet();
    }

    @Override
    public void close() {
    }
}
