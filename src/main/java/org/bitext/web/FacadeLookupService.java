package org.bitext.web;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.bitext.Bitext;
import org.bitext.align.AlignedPair;
import org.bitext.index.SearchRequest;
import org.bitext.index.SearchResult;
import org.bitext.terms.ReviewedTerms;
import org.bitext.terms.TermPair;
import org.bitext.terms.TermReview;
import org.bitext.terms.TermTable;

/**
 * The production {@link LookupService}: an open {@link Bitext} index (one shared, thread-safe searcher) and
 * its term table, the same one search spots with (the facade re-reads it when the file changes).
 */
public final class FacadeLookupService implements LookupService {

    private final Bitext bitext;
    private volatile Optional<String> refreshProblem = Optional.empty();

    private FacadeLookupService(Bitext bitext) {
        this.bitext = bitext;
    }

    /** Opens the index in {@code indexDir}. */
    public static FacadeLookupService open(Path indexDir) {
        return new FacadeLookupService(Bitext.open(indexDir));
    }

    @Override
    public SearchResult search(SearchRequest request) {
        return bitext.search(request);
    }

    @Override
    public List<AlignedPair> paragraph(String document, String paragraph) {
        return bitext.paragraph(document, paragraph);
    }

    @Override
    public List<TermPair> terms(String query, int limit) {
        Optional<TermTable> table = termTable();
        if (table.isEmpty()) {
            return List.of();
        }
        // Exact matches on either side first (what the translator typed), then entries containing it.
        Set<TermPair> out = new LinkedHashSet<>(table.get().byZh(query));
        out.addAll(table.get().byEn(query));
        String needle = query.toLowerCase(Locale.ROOT);
        for (TermPair p : table.get().pairs()) {
            if (out.size() >= limit) {
                break;
            }
            if (p.zh().contains(query) || p.en().toLowerCase(Locale.ROOT).contains(needle)) {
                out.add(p);
            }
        }
        return new ArrayList<>(out).subList(0, Math.min(limit, out.size()));
    }

    @Override
    public org.bitext.index.TmResult lookup(org.bitext.index.TmRequest request) {
        return bitext.lookup(request);
    }

    @Override
    public boolean hasTerms() {
        return termTable().isPresent();
    }

    @Override
    public void refresh() {
        try {
            bitext.refresh();
            refreshProblem = Optional.empty();
        } catch (RuntimeException e) {
            refreshProblem = Optional.of(String.valueOf(e.getMessage()));
            throw e;
        }
    }

    @Override
    public long generation() {
        return bitext.generation();
    }

    @Override
    public Optional<String> refreshProblem() {
        return refreshProblem;
    }

    @Override
    public void close() {
        bitext.close();
    }

    @Override
    public Optional<TermTable> termTable() {
        return bitext.termTable();
    }

    @Override
    public ReviewedTerms reviewedTerms() {
        return bitext.reviewedTerms();
    }

    @Override
    public ReviewedTerms review(TermReview review) {
        return bitext.review(review);
    }
}
