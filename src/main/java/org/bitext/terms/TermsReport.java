package org.bitext.terms;

import java.nio.file.Path;
import java.util.List;

/**
 * What a terms run produced.
 *
 * @param terms     the pairs written, strongest first
 * @param unitsSeen aligned units read
 * @param unitsUsed units used as evidence (two-sided, above the confidence floor)
 * @param warnings  problems that did not stop the run (bad glossary lines, ...)
 * @param output    the file written, or null
 * @param table     the term table written for search, or null
 */
public record TermsReport(List<ExtractedTerm> terms, int unitsSeen, int unitsUsed, List<String> warnings,
                          Path output, Path table) {
    public TermsReport {
        terms = List.copyOf(terms);
        warnings = List.copyOf(warnings);
    }
}
