package org.bitext.format;

import java.io.IOException;
import java.nio.file.Path;
import org.bitext.text.OutputFile;
import java.util.List;
import org.apache.commons.text.StringEscapeUtils;
import org.bitext.terms.ExtractedTerm;
import org.bitext.terms.TermPair;

/**
 * Writes term pairs as CSV (UTF-8 with a byte-order mark so that spreadsheet programs show Chinese, RFC 4180
 * quoting by Commons Text, CRLF line ends) or TSV (UTF-8, no BOM, cells escaped as {@link Tsv#cell} does).
 * Columns: zh, en, kind, frequency, score, method, examples, zh_context, en_context.
 */
public final class TermListWriter {

    private static final List<String> HEADER = List.of("zh", "en", "kind", "frequency", "score", "method",
            "confidence", "examples", "zh_context", "en_context");

    private TermListWriter() {
    }

    /** Writes {@code file} completely or not at all ({@link OutputFile}). */
    public static void writeCsv(List<ExtractedTerm> terms, Path file) throws IOException {
        OutputFile.writeText(file, w -> {
            w.write('\uFEFF');
            writeRow(w, HEADER, true);
            for (ExtractedTerm t : terms) {
                writeRow(w, fields(t), true);
            }
        });
    }

    /** Writes {@code file} completely or not at all ({@link OutputFile}). */
    public static void writeTsv(List<ExtractedTerm> terms, Path file) throws IOException {
        OutputFile.writeText(file, w -> {
            writeRow(w, HEADER, false);
            for (ExtractedTerm t : terms) {
                writeRow(w, fields(t), false);
            }
        });
    }

    private static List<String> fields(ExtractedTerm t) {
        TermPair p = t.pair();
        return List.of(p.zh(), p.en(), p.kind().label(), Integer.toString(p.frequency()),
                Double.toString(p.score()), p.method(), Double.toString(p.confidence()),
                String.join(" ", p.examples()), t.zhContext(), t.enContext());
    }

    private static void writeRow(java.io.Writer w, List<String> fields, boolean csv) throws IOException {
        for (int i = 0; i < fields.size(); i++) {
            if (i > 0) {
                w.write(csv ? ',' : '\t');
            }
            String f = fields.get(i);
            w.write(csv ? StringEscapeUtils.escapeCsv(f) : Tsv.cell(f));
        }
        w.write(csv ? "\r\n" : "\n");
    }
}
