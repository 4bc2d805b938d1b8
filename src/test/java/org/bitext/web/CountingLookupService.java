package org.bitext.web;

import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.bitext.align.AlignedPair;
import org.bitext.index.SearchRequest;
import org.bitext.index.SearchResult;
import org.bitext.terms.TermPair;
import org.bitext.text.Language;

/**
 * A lookup service with no data that counts refreshes: for server behaviour that does not depend on the
 * index (background refresh, failures injected by overriding a method).
 */
class CountingLookupService implements LookupService {

    final AtomicInteger refreshes = new AtomicInteger();

    @Override
    public SearchResult search(SearchRequest request) {
        return new SearchResult(request.query(), List.of(Language.EN), 0, List.of(), List.of());
    }

    @Override
    public List<AlignedPair> paragraph(String document, String paragraph) {
        return List.of();
    }

    @Override
    public List<TermPair> terms(String query, int limit) {
        return List.of();
    }

    @Override
    public org.bitext.index.TmResult lookup(org.bitext.index.TmRequest request) {
        return new org.bitext.index.TmResult(request.text(), null, List.of(), "no index in this test service");
    }

    @Override
    public boolean hasTerms() {
        return false;
    }

    @Override
    public void refresh() {
        refreshes.incrementAndGet();
    }

    @Override
    public void close() {
    }
}
