package org.bitext;

/**
 * The one facade over bitext's stages (text, segment, align, index, terms, search). The command line and
 * the web page are thin adapters over it and hold no logic of their own.
 */
public final class Bitext {

    // --- text + segment -------------------------------------------------------------------------

    // --- align + format -------------------------------------------------------------------------

    // --- index + search -------------------------------------------------------------------------

    // --- terms ----------------------------------------------------------------------------------

    /** Runs the terms job (units from the index or the corpus named in the options), without progress. */
    public static org.bitext.terms.TermsReport extractTerms(org.bitext.terms.TermsOptions options) {
        return extractTerms(options, message -> { });
    }

    /** Runs the terms job, passing progress lines (for stderr) to {@code progress}. */
    public static org.bitext.terms.TermsReport extractTerms(org.bitext.terms.TermsOptions options,
            java.util.function.Consumer<String> progress) {
        java.nio.file.Path origin = options.corpusDir() != null ? options.corpusDir() : options.indexDir();
        return org.bitext.terms.TermsJob.run(options, termUnits(options), origin, progress);
    }

    /** Runs the terms job over units from any source (gold pairs, bead files, TMX). */
    public static org.bitext.terms.TermsReport extractTerms(org.bitext.terms.TermsOptions options,
            org.bitext.terms.UnitSource units, java.util.function.Consumer<String> progress) {
        java.nio.file.Path origin = options.corpusDir() != null ? options.corpusDir() : options.indexDir();
        return org.bitext.terms.TermsJob.run(options, units, origin, progress);
    }

    private static org.bitext.terms.UnitSource termUnits(org.bitext.terms.TermsOptions options) {
        java.nio.file.Path dir = options.corpusDir() != null ? options.corpusDir() : options.indexDir();
        if (!java.nio.file.Files.isDirectory(dir)) {
            throw new org.bitext.text.BadInputException(dir, "not a folder");
        }
        // Units come from align (corpus) or index (--index); until those stages are merged there is no
        // source for them here, and the job says so rather than producing an empty list.
        throw new org.bitext.text.BadInputException(dir, options.corpusDir() != null
                ? "aligning a corpus for terms needs the align stage, which is not in this build"
                : "reading units from an index needs the index stage, which is not in this build");
    }
}
