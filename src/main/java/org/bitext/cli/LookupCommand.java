package org.bitext.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.bitext.Bitext;
import org.bitext.format.TmExport;
import org.bitext.format.TmJson;
import org.bitext.index.TmAnalysis;
import org.bitext.index.DateRange;
import org.bitext.index.TmRequest;
import org.bitext.index.TmResult;
import org.bitext.text.BadInputException;
import org.bitext.text.OutputFile;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bitext lookup}: translation-memory lookup of a sentence, or the CAT analysis of a new document. */
@Command(name = "lookup", description = {
    "Translation-memory lookup: the aligned units whose source is most similar to TEXT (English or Chinese),",
    "with match %, the differences marked ([-deleted-]{+inserted+}) and the stored translation, numbers and",
    "symbols carried over. With --file: segments the document, looks every sentence up and prints the",
    "analysis table (segments and words per match band); --format tmx|csv writes the best matches."})
final class LookupCommand implements Callable<Integer> {

    /** Output formats. */

    @Parameters(arity = "0..*", paramLabel = "TEXT", description = "The sentence or paragraph to look up.")
    List<String> text = new ArrayList<>();

    @Option(names = "--file", paramLabel = "FILE",
            description = "Analyse this document (.txt, .pdf, .docx, .doc) instead of TEXT.")
    Path file;

    @Mixin
    CorpusIndexOptions corpusIndex;

    @Option(names = "--min", defaultValue = "70", description = "Lowest match %% shown (default: ${DEFAULT-VALUE}).")
    int min;

    @Option(names = "--limit", defaultValue = "5", description = "Matches shown at most (default: ${DEFAULT-VALUE}).")
    int limit;

    @Mixin
    UnitFilterOptions units;

    @Option(names = "--format", defaultValue = "text", paramLabel = "text|json|tmx|csv",
            description = "Output format (default: ${DEFAULT-VALUE}).")
    ResultFormat format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE",
            description = "Write tmx/csv/json here (a new file; an existing one is not overwritten) instead of stdout.")
    Path output;

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (file == null && text.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "Missing TEXT (or --file FILE)");
        }
        if (file != null && !text.isEmpty()) {
            throw new ParameterException(spec.commandLine(), "Give TEXT or --file, not both");
        }
        DateRange dates = units.dates();
        TmRequest settings;
        try {
            settings = new TmRequest(file == null ? String.join(" ", text) : "", min, limit, units.level,
                    units.doc, dates);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage());
        }
        if (output != null && Files.exists(output)) {
            throw new BadInputException(output, "already exists; not overwriting it");
        }
        if (output != null && file != null) {
            OutputFile.checkNotInput(output, file);
        }
        if (file != null && !Files.isRegularFile(file)) {
            throw new BadInputException(file, Files.exists(file) ? "not a regular file" : "file not found");
        }
        corpusIndex.update(err, err);
        try (Bitext b = Bitext.open(corpusIndex.index())) {
            List<TmResult> results;
            if (file != null) {
                TmAnalysis a = b.analyse(file, settings);
                new LookupText(err, false).printAnalysis(a);
                err.flush();
                results = a.best(min);
                if (format == ResultFormat.TEXT) {
                    for (TmResult r : results) {
                        out.println(r.query());
                        new LookupText(out, Terminal.colour()).print(r);
                    }
                    out.flush();
                    return 0;
                }
            } else {
                TmResult r;
                try {
                    r = b.lookup(settings);
                } catch (IllegalArgumentException e) {
                    throw new BadInputException(null, e.getMessage());
                }
                if (format == ResultFormat.TEXT) {
                    new LookupText(out, Terminal.colour()).print(r);
                    out.flush();
                    return 0;
                }
                results = List.of(r);
            }
            write(results, out);
        }
        return 0;
    }

    private void write(List<TmResult> results, PrintWriter stdout) throws IOException {
        if (output == null) {
            write(results, (Writer) stdout);
        } else {
            OutputFile.writeText(output, w -> write(results, w)); // complete or absent
        }
    }

    private void write(List<TmResult> results, Writer w) throws IOException {
        switch (format) {
            case JSON -> w.write((results.size() == 1 && file == null ? TmJson.toJson(results.get(0))
                    : TmJson.toJson(results)) + "\n");
            case TMX -> TmExport.lookupTmx(results, w);
            case CSV -> TmExport.lookupCsv(results, w);
            default -> throw new IllegalStateException(format.toString());
        }
        w.flush();
    }
}
