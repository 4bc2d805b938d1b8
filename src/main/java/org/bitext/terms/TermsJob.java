package org.bitext.terms;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.bitext.lexicon.Glossary;
import org.bitext.text.BadInputException;

/**
 * Runs the terms batch job end to end: extraction over a unit source, the optional top-N cut, the output
 * file and the term table in the index folder (which search reads to spot translations). The output file is
 * written by a {@link ListWriter} the caller gives (the facade passes the writers of the format layer, which
 * sits above this one). The review decisions in the index folder ({@link ReviewedTerms}) are applied: kept
 * pairs are anchors, rejected ones are left out.
 */
public final class TermsJob {

    /** Writes the term list to the output file in the format its extension names. */
    @FunctionalInterface
    public interface ListWriter {
        void write(List<ExtractedTerm> terms, Path output, TermsOptions.Format format) throws IOException;
    }

    private TermsJob() {
    }

    /** Runs the job on this machine, within the options' memory budget. */
    public static TermsReport run(TermsOptions options, UnitSource units, Path origin, Consumer<String> progress,
                                  ListWriter writer) {
        try (LocalRunner runner = new LocalRunner(units, options.confidenceFloor(),
                new LocalRunner.Budget(options.memory(), options.workDir()), progress)) {
            return run(options, runner, origin, progress, writer);
        }
    }

    /** Runs the job with {@code runner} doing the per-unit work (this machine or a cluster). */
    public static TermsReport run(TermsOptions options, TermsRunner runner, Path origin, Consumer<String> progress,
                                  ListWriter writer) {
        Glossary user = options.glossary() == null ? Glossary.none() : Glossary.read(options.glossary());
        user.warnings().forEach(progress);
        // The terminologist's decisions in the index folder: kept pairs are known pairs, like glossary entries.
        ReviewedTerms reviewed = options.indexDir() == null ? ReviewedTerms.none()
                : ReviewedTerms.readFrom(options.indexDir());
        Glossary glossary = reviewed.asGlossary(user);
        TermExtractor extractor = new TermExtractor(
                new TermExtractor.Settings(options.minFreq(), options.confidenceFloor(), glossary), progress);
        TermExtractor.Result result = extractor.extract(runner, origin);
        List<ExtractedTerm> terms = result.terms().stream().filter(t -> !reviewed.hides(t.pair())).toList();
        if (options.top() > 0 && terms.size() > options.top()) {
            terms = terms.subList(0, options.top());
        }
        try {
            if (options.output() != null) {
                Path parent = options.output().toAbsolutePath().getParent();
                if (parent != null && !Files.isDirectory(parent)) {
                    throw new BadInputException(options.output(), "output folder does not exist");
                }
                writer.write(terms, options.output(), TermsOptions.format(options.output()));
            }
            Path table = null;
            if (options.indexDir() != null) {
                new TermTable(terms.stream().map(ExtractedTerm::pair).toList()).writeTo(options.indexDir());
                table = options.indexDir().resolve(TermTable.FILE_NAME);
            }
            List<String> warnings = new java.util.ArrayList<>(result.warnings());
            return new TermsReport(terms, Math.toIntExact(result.unitsSeen()), Math.toIntExact(result.unitsUsed()), warnings,
                    options.output(), table);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
