package org.bitext.format;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.apache.commons.text.translate.CharSequenceTranslator;
import org.apache.commons.text.translate.LookupTranslator;
import org.bitext.align.AlignedPair;

/**
 * Tab-separated output of aligned pairs for spreadsheets and scripts: a header line, then
 * {@code en, zh, document, paragraph, confidence, review} per pair. Tabs, line breaks and backslashes
 * inside a cell are written as {@code \t}, {@code \n}, {@code \r} and {@code \\}, so that one pair is always
 * one line. One-sided pairs are kept (with an empty cell), so that no sentence is lost.
 */
public final class Tsv {

    /** Column names, in order. */
    public static final List<String> COLUMNS = List.of("en", "zh", "document", "paragraph", "confidence",
            "review");

    private static final CharSequenceTranslator ESCAPE = new LookupTranslator(Map.of("\\", "\\\\", "\t", "\\t",
            "\n", "\\n", "\r", "\\r"));

    private Tsv() {
    }

    /**
     * Writes {@code pairs}; a pair whose confidence is below {@code minConfidence} gets "review" in the last
     * column (empty otherwise).
     */
    public static void write(List<AlignedPair> pairs, double minConfidence, Writer out) throws IOException {
        out.write(String.join("\t", COLUMNS));
        out.write('\n');
        for (AlignedPair p : pairs) {
            out.write(cell(p.en()));
            out.write('\t');
            out.write(cell(p.zh()));
            out.write('\t');
            out.write(cell(p.document()));
            out.write('\t');
            out.write(cell(p.paragraph()));
            out.write('\t');
            out.write(confidence(p.confidence()));
            out.write('\t');
            out.write(p.confidence() < minConfidence ? "review" : "");
            out.write('\n');
        }
    }

    /** {@code s} with tabs, line breaks and backslashes escaped. */
    public static String cell(String s) {
        return ESCAPE.translate(s);
    }

    /** A confidence as every output format writes it: four decimals at most, '.' as decimal separator. */
    static String confidence(double c) {
        String s = String.format(Locale.ROOT, "%.4f", c);
        int end = s.length();
        while (s.charAt(end - 1) == '0' && s.charAt(end - 2) != '.') {
            end--;
        }
        return s.substring(0, end);
    }
}
