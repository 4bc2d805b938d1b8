package org.bitext.segment;

import com.ibm.icu.text.Normalizer2;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * What the page layout of one document tells about its lines: the full line width, whether blank lines
 * and indentation mark paragraph breaks (in some PDF extractions a blank line stands between most lines),
 * and so where a block of lines ends.
 */
final class Layout {

    /** A line narrower than this share of the full width was ended by hand, not wrapped. */
    private static final double SHORT_SHARE = 0.7;
    private static final String SENTENCE_END = ".。!?！？";
    private static final String CLOSERS = "”’」』）)】〕》〉\"'］]";

    final String source;
    final int fullWidth;
    final boolean blankLinesBreak;
    final boolean indentBreaks;

    Layout(String source, List<Line> all) {
        this.source = source;
        // Lines with wide gaps inside (header columns, centred tables) say nothing about the text width.
        List<Line> lines = all.stream().filter(l -> !hasGap(source, l)).toList();
        this.fullWidth = fullWidth(lines);
        int wrapped = 0;
        int blankInside = 0;
        int indented = 0;
        for (int i = 0; i + 1 < lines.size(); i++) {
            Line a = lines.get(i);
            Line b = lines.get(i + 1);
            if (b.indent() > 0) {
                indented++;
            }
            if (!isShort(a) && !endsSentence(a)) {
                wrapped++;
                if (b.blankBefore()) {
                    blankInside++;
                }
            }
        }
        // Blank lines inside wrapped text (not after a sentence end) mean blank lines carry no structure.
        this.blankLinesBreak = wrapped == 0 || blankInside * 5 < wrapped;
        this.indentBreaks = indented * 3 < Math.max(1, lines.size());
    }

    private static boolean hasGap(String source, Line line) {
        if (line.end() - line.start() > 200) {
            return false; // long lines are running text
        }
        int run = 0;
        for (int i = line.start(); i < line.end(); i++) {
            run = source.charAt(i) == ' ' ? run + 1 : 0;
            if (run >= 3) {
                return true;
            }
        }
        return false;
    }

    private static int fullWidth(List<Line> lines) {
        if (lines.isEmpty()) {
            return 1;
        }
        int[] widths = new int[lines.size()];
        for (int i = 0; i < widths.length; i++) {
            widths[i] = lines.get(i).width();
        }
        Arrays.sort(widths);
        // The 90th percentile: robust to a few overlong lines (tables, URLs).
        return Math.max(20, widths[(int) Math.floor((widths.length - 1) * 0.9)]);
    }

    /** Lines longer than this are never header lines, titles or signatures. */
    private static final int FRONT_KEY_LIMIT = 200;

    /** The NFKC form of a line for pattern matching, or null for a line too long to be front matter. */
    String key(Line line) {
        if (line.key() != null) {
            return line.key();
        }
        if (line.end() - line.start() > FRONT_KEY_LIMIT) {
            return null;
        }
        return Normalizer2.getNFKCInstance().normalize(source.subSequence(line.start(), line.end()));
    }

    boolean isShort(Line line) {
        return line.width() < fullWidth * SHORT_SHARE;
    }

    /** The line ends with a full stop, question or exclamation mark (closing quotes and brackets skipped). */
    boolean endsSentence(Line line) {
        int e = line.end();
        while (e > line.start() && CLOSERS.indexOf(source.charAt(e - 1)) >= 0) {
            e--;
        }
        return e > line.start() && SENTENCE_END.indexOf(source.charAt(e - 1)) >= 0;
    }

    /** Also counts a colon or semicolon: what may precede a new paragraph or list item. */
    boolean endsClause(Line line) {
        char c = source.charAt(line.end() - 1);
        return endsSentence(line) || c == ':' || c == ';' || c == '：' || c == '；';
    }

    /** True when a block (paragraph, title, signature line) ends between consecutive lines a and b. */
    boolean breaksBetween(Line a, Line b) {
        if (isShort(a)) {
            return true;
        }
        if (blankLinesBreak && b.blankBefore()) {
            return true;
        }
        return indentBreaks && b.indent() > 0 && endsSentence(a);
    }

    /** Groups consecutive lines into blocks. */
    List<List<Line>> group(List<Line> lines) {
        List<List<Line>> blocks = new ArrayList<>();
        List<Line> current = new ArrayList<>();
        for (Line line : lines) {
            if (!current.isEmpty() && breaksBetween(current.get(current.size() - 1), line)) {
                blocks.add(current);
                current = new ArrayList<>();
            }
            current.add(line);
        }
        if (!current.isEmpty()) {
            blocks.add(current);
        }
        return blocks;
    }
}
