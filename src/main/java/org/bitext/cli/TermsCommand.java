package org.bitext.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.bitext.Bitext;
import org.bitext.terms.ExtractedTerm;
import org.bitext.terms.LocalRunner;
import org.bitext.terms.TermPair;
import org.bitext.terms.TermsOptions;
import org.bitext.terms.TermsReport;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code bitext terms}: bilingual term pairs from aligned units to CSV, TSV or TBX, and the index's term table. */
@Command(name = "terms", description = "Extract Chinese-English term pairs (definitions, association, glossary).")
final class TermsCommand implements Callable<Integer> {

    @Parameters(index = "0", arity = "0..1", paramLabel = "CORPUS_DIR",
            description = "Folder of document pairs (aligned on the fly); omit to read --index. Units are read"
                    + " from --index and the term table terms.tsv is stored in it.")
    Path corpus;

    @CommandLine.Mixin
    IndexOption index;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write FILE.csv, FILE.tsv or FILE.tbx.")
    Path output;

    @Option(names = "--min-freq", defaultValue = "2",
            description = "Minimum units per term and pair (default: ${DEFAULT-VALUE}).")
    int minFreq;

    @Option(names = "--top", defaultValue = "0", description = "Keep the N strongest pairs (default: all).")
    int top;

    @Option(names = "--glossary", paramLabel = "FILE.tsv", description = "Known pairs (zh<TAB>en), used as anchors.")
    Path glossary;

    @Option(names = "--min-confidence", defaultValue = "0.5",
            description = "Leave out beads with a lower confidence (default: ${DEFAULT-VALUE}).")
    double floor;

    @Option(names = "--memory", paramLabel = "SIZE", defaultValue = "2g",
            description = "Heap budget of the job, e.g. 2g, 512m (default: ${DEFAULT-VALUE}); counts beyond it"
                    + " spill to disk, so the heap does not grow with the corpus. At most three quarters of the"
                    + " JVM's maximum heap: raise -Xmx through BITEXT_JAVA_OPTS for a bigger budget.")
    String memory;

    @Option(names = "--work-dir", paramLabel = "DIR",
            description = "Folder for the spill files (default: the system temp folder); a folder"
                    + " bitext-terms-spill-* is made in it and removed when the job ends.")
    Path workDir;

    @Option(names = "--reviewed", description = "Export the reviewed list instead of extracting: the pairs"
            + " accepted or edited on the review page of 'bitext serve' (reviewed.tsv in --index), to -o FILE.")
    boolean reviewed;

    @CommandLine.Spec
    CommandLine.Model.CommandSpec spec;

    @Override
    public Integer call() {
        if (reviewed) {
            return exportReviewed();
        }
        TermsOptions options;
        try {
            options = new TermsOptions(corpus, index.dir, output, minFreq, top, glossary, floor,
                    LocalRunner.Budget.parse(memory), workDir);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        PrintWriter err = spec.commandLine().getErr();
        TermsReport report = Bitext.extractTerms(options, line -> {
            err.println(line);
            err.flush();
        });
        report.warnings().forEach(w -> err.println("bitext: warning: " + w));
        if (report.output() == null) {
            PrintWriter out = spec.commandLine().getOut();
            for (ExtractedTerm t : report.terms()) {
                TermPair p = t.pair();
                out.println(p.zh() + "\t" + p.en() + "\t" + p.kind() + "\t" + p.frequency() + "\t" + p.score()
                        + "\t" + p.method() + "\t" + String.join(" ", p.examples()));
            }
            out.flush();
        }
        err.println("terms: " + report.terms().size() + " pairs from " + report.unitsUsed() + " units"
                + (report.output() != null ? " -> " + report.output() : "")
                + (report.table() != null ? "; term table " + report.table() : ""));
        err.flush();
        return 0;
    }

    private int exportReviewed() {
        if (output == null || corpus != null) {
            throw new CommandLine.ParameterException(spec.commandLine(),
                    "--reviewed exports the index's reviewed list: give -o FILE.csv|.tsv|.tbx and no CORPUS_DIR");
        }
        try {
            TermsOptions.format(output);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        int n = Bitext.exportReviewed(index.dir, output);
        PrintWriter err = spec.commandLine().getErr();
        err.println("terms: " + n + " reviewed pairs -> " + output);
        err.flush();
        return 0;
    }
}
