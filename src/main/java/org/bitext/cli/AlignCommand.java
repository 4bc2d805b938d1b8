package org.bitext.cli;

import java.io.BufferedWriter;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.io.IOException;
import org.bitext.text.OutputFile;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.bitext.Bitext;
import org.bitext.align.AlignOptions;
import org.bitext.align.AlignedPair;
import org.bitext.align.DocumentAlignment;
import org.bitext.align.Level;
import org.bitext.format.AlignmentRow;
import org.bitext.format.Beads;
import org.bitext.format.JsonLines;
import org.bitext.format.Tmx;
import org.bitext.format.Tsv;
import org.bitext.text.Language;
import org.bitext.text.TextLayout;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code bitext align}: aligns a Chinese translation with its English original (or two pre-segmented files). */
@Command(name = "align", description = "Align a Chinese document with its English original "
        + "(paragraphs by number, then sentences), or two pre-segmented files (--presegmented).")
final class AlignCommand implements Callable<Integer> {

    enum Format { TMX, TSV, JSONL, BEADS }

    @Spec
    CommandSpec spec;

    @Parameters(arity = "2", paramLabel = "FILE", description = "ZH EN, or SRC TGT with --presegmented.")
    List<Path> files;

    @Option(names = "--presegmented", description = "Inputs hold one sentence per line; prints beads.")
    boolean presegmented;

    @Option(names = "--src-lang", defaultValue = "en", converter = LanguageConverter.class,
            description = "Language of SRC with --presegmented: en|zh.")
    Language srcLang;

    @Option(names = "--level", defaultValue = "sentence", description = "sentence|paragraph (default sentence).")
    Level level;

    @Option(names = "--format", defaultValue = "tsv", description = "tmx|tsv|jsonl|beads (default tsv).")
    Format format;

    @Option(names = {"-o", "--output"}, paramLabel = "FILE", description = "Write here instead of standard output.")
    Path output;

    @Option(names = "--min-confidence", defaultValue = "0", paramLabel = "X",
            description = "Mark beads below this confidence for review (0-1).")
    double minConfidence;

    @Option(names = "--glossary", paramLabel = "FILE.tsv", description = "Your own term pairs: zh<TAB>en per line.")
    Path glossary;

    @Option(names = "--layout", defaultValue = "auto", converter = LayoutOption.class,
            paramLabel = LayoutOption.NAMES,
            description = "How lines make paragraphs in both files; auto decides per file (default: ${DEFAULT-VALUE}).")
    TextLayout layout;

    @Override
    public Integer call() throws Exception {
        PrintWriter err = spec.commandLine().getErr();
        OutputFile.checkNotInput(output, files.toArray(Path[]::new));
        OutputFile.checkNotInput(output, glossary);
        if (presegmented) {
            PresegmentedShortcut.write(files.get(0), files.get(1), srcLang, output, System.out);
            return 0;
        }
        DocumentAlignment a = Bitext.align(files.get(0), files.get(1), new AlignOptions(glossary, minConfidence, layout));
        for (String w : a.warnings()) {
            err.println("bitext: warning: " + w);
        }
        List<AlignedPair> pairs = a.pairs(level);
        switch (format) {
            case TMX -> write(out -> {
                Tmx.Report r = Tmx.write(pairs, level, minConfidence, out);
                for (AlignedPair p : r.oneSided()) {
                    err.println("bitext: one-sided (not a TMX unit): paragraph " + p.paragraph() + ": "
                            + (p.en().isEmpty() ? "zh: " + p.zh() : "en: " + p.en()));
                }
                r.warnings().forEach(w -> err.println("bitext: warning: " + w));
            });
            case TSV -> write(out -> Tsv.write(pairs, minConfidence, out));
            case JSONL -> write(out -> JsonLines.write(a.units(level).stream().map(u -> new AlignmentRow(u.pair(),
                    u.enSentences(), u.zhSentences(), u.enSpans(), u.zhSpans())).toList(), minConfidence, out));
            case BEADS -> write(out -> out.write(Beads.format(a.documentBeads())));
            default -> throw new IllegalStateException("format " + format);
        }
        err.flush();
        return 0;
    }

    private interface Body {
        void accept(Writer out) throws Exception;
    }

    private void write(Body body) throws Exception {
        if (output != null) {
            OutputFile.writeText(output, w -> {
                try {
                    body.accept(w);
                } catch (IOException | RuntimeException e) {
                    throw e;
                } catch (Exception e) {
                    throw new IOException(e.getMessage(), e);
                }
            });
            return;
        }
        OutputStream stdout = System.out;
        Writer w = new BufferedWriter(new OutputStreamWriter(stdout, StandardCharsets.UTF_8));
        body.accept(w);
        w.flush();
        StandardOutput.check();
    }

    /** Accepts en, zh and their regional forms (zh-CN, en-GB); anything else is a usage error (exit 2). */
    static final class LanguageConverter implements picocli.CommandLine.ITypeConverter<Language> {
        @Override
        public Language convert(String value) {
            return Language.parse(value);
        }
    }
}
