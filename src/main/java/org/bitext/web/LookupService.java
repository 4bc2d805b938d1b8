package org.bitext.web;

import java.util.List;
import org.bitext.align.AlignedPair;
import org.bitext.index.SearchRequest;
import org.bitext.index.SearchResult;
import org.bitext.terms.TermPair;

/**
 * What the web server needs from bitext: concordance search, the paragraph pair around a hit, term lookup,
 * and picking up a re-built index. The production implementation wraps the {@link org.bitext.Bitext}
 * facade; the interface keeps the HTTP layer testable and free of index logic.
 *
 * <p>Implementations must be safe for concurrent use: the server calls them from several threads.
 */
public interface LookupService extends AutoCloseable {

    /**
     * Runs a concordance query.
     *
     * @throws IllegalArgumentException or {@link org.bitext.text.BadInputException} for a malformed query
     */
    SearchResult search(SearchRequest request);

    /** The sentence units of one aligned paragraph pair in order; empty when there is no such paragraph. */
    List<AlignedPair> paragraph(String document, String paragraph);

    /**
     * Term pairs whose Chinese or English side matches {@code query} (exact matches first, then pairs
     * containing it), at most {@code limit}; empty when the terms job has not run on this index.
     */
    List<TermPair> terms(String query, int limit);

    /**
     * Translation-memory lookup of one text.
     *
     * @throws IllegalArgumentException for a text too long to look up
     */
    org.bitext.index.TmResult lookup(org.bitext.index.TmRequest request);

    /** Whether a term table is available (the terms job has run on this index). */
    boolean hasTerms();

    /** The whole term table, as search spots with it; empty when the terms job has not run on this index. */
    default java.util.Optional<org.bitext.terms.TermTable> termTable() {
        return java.util.Optional.empty();
    }

    /** The terminologist's saved decisions on the term pairs (none before the first). */
    default org.bitext.terms.ReviewedTerms reviewedTerms() {
        return org.bitext.terms.ReviewedTerms.none();
    }

    /**
     * Saves one review decision (see {@link org.bitext.Bitext#review}); returns all decisions after it.
     *
     * @throws UnsupportedOperationException when this service cannot store decisions
     */
    default org.bitext.terms.ReviewedTerms review(org.bitext.terms.TermReview review) {
        throw new UnsupportedOperationException("this server cannot store term review decisions");
    }

    /** Picks up a newer index commit if there is one; searches in flight keep their searcher. */
    void refresh();

    /** The index commit generation being served, or -1 when the service has no such notion. */
    default long generation() {
        return -1;
    }

    /**
     * Why the last refresh failed (the searcher may be stale), or empty when it succeeded: {@code /health}
     * fails while this is present.
     */
    default java.util.Optional<String> refreshProblem() {
        return java.util.Optional.empty();
    }

    /** Releases the index; closing twice is harmless. */
    @Override
    void close();
}
