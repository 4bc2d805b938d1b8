package org.bitext.segment;

import com.ibm.icu.text.Normalizer2;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.bitext.text.TextLayout;

/**
 * What the page layout of one document tells about its lines: the {@link TextLayout} (decided from the
 * text unless the user or the reader fixed it), the full line width, whether blank lines and indentation
 * mark paragraph breaks (in some PDF extractions a blank line stands between most lines), and so where a
 * block of lines ends.
 *
 * <p>The layout is decided from three things: the line width against the typical right margin (the 90th
 * percentile width) and how many lines stop near it, how the lines that reach the margin end (a wrapped line stops mid-sentence, on a word
 * or an ideograph; a paragraph saved one a line ends with punctuation), and the rhythm of blank lines (after
 * nearly every line; or also between wrapped lines of one paragraph, as in the CD/1937 Chinese extraction).
 */
final class Layout {

    /** A line narrower than this share of the full width was ended by hand, not wrapped. */
    private static final double SHORT_SHARE = 0.7;
    /** No page is this wide: text whose lines are mostly longer was never wrapped, one line per paragraph. */
    private static final int UNWRAPPED_WIDTH = 240;
    private static final String SENTENCE_END = ".。!?！？";
    private static final String CLOSERS = "”’」』）)】〕》〉\"'］]";

    /** Of the lines that reach the margin, at least this share stops mid-sentence in hard-wrapped text. */
    private static final double OPEN_END_SHARE = 0.25;
    /** A line this close to the margin (share of the full width) was wrapped there, or reached it by chance. */
    private static final double MARGIN_SHARE = 0.88;
    /** In hard-wrapped text most lines stop at the margin; lines saved one paragraph each rarely do. */
    private static final double CLUSTER_SHARE = 0.4;
    /** Blank lines after at least this share of lines make unwrapped text blank-line separated. */
    private static final double BLANK_RHYTHM = 0.5;

    final String source;
    final TextLayout textLayout;
    final int fullWidth;
    final boolean blankLinesBreak;
    final boolean indentBreaks;

    /** The layout of {@code all} (the document's lines), detected when {@code forcedOrNull} is null. */
    Layout(String source, List<Line> all, TextLayout forcedOrNull) {
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
        boolean spaced = !(wrapped == 0 || blankInside * 5 < wrapped);
        this.indentBreaks = indented * 3 < Math.max(1, lines.size());
        this.textLayout = forcedOrNull != null ? forcedOrNull : detect(lines, spaced);
        this.blankLinesBreak = textLayout != TextLayout.HARD_WRAPPED_SPACED;
    }

    private TextLayout detect(List<Line> lines, boolean spaced) {
        int reaching = 0;
        int open = 0;
        int blankAfter = 0;
        int atMargin = 0;
        for (int i = 0; i + 1 < lines.size(); i++) {
            Line a = lines.get(i);
            if (a.width() >= fullWidth * MARGIN_SHARE) {
                atMargin++;
            }
            if (lines.get(i + 1).blankBefore()) {
                blankAfter++;
            }
            if (fullWidth <= UNWRAPPED_WIDTH && !isShort(a)) {
                reaching++;
                if (endsOpen(a)) {
                    open++;
                }
            }
        }
        // Too few lines reach the margin to tell (a short text): read it as wrapped, which also ends a
        // paragraph at every short line.
        boolean unknown = fullWidth <= UNWRAPPED_WIDTH && reaching < 3;
        boolean clustered = reaching >= 3 && atMargin >= (lines.size() - 1) * CLUSTER_SHARE;
        if (unknown || clustered || reaching >= 3 && open >= reaching * OPEN_END_SHARE) {
            return spaced ? TextLayout.HARD_WRAPPED_SPACED : TextLayout.HARD_WRAPPED;
        }
        return blankAfter >= (lines.size() - 1) * BLANK_RHYTHM && blankAfter > 0
                ? TextLayout.BLANK_LINE_BLOCKS : TextLayout.PARAGRAPH_PER_LINE;
    }

    /** The line stops where no paragraph ends: on a letter, digit, ideograph or hyphen. */
    private boolean endsOpen(Line line) {
        int c = source.codePointBefore(line.end());
        return Character.isLetterOrDigit(c) || c == '-';
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

    /** True for the layouts whose line ends are not paragraph ends (text wrapped at a margin). */
    boolean wrapped() {
        return textLayout == TextLayout.HARD_WRAPPED || textLayout == TextLayout.HARD_WRAPPED_SPACED;
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
        if (textLayout == TextLayout.PARAGRAPH_PER_LINE) {
            return true;
        }
        if (textLayout == TextLayout.BLANK_LINE_BLOCKS) {
            // A block's lines are one paragraph only when they read on: a line ending a sentence or clause
            // ends its block even without a blank line (lists and signatures set one item a line).
            return b.blankBefore() || endsClause(a);
        }
        if (fullWidth > UNWRAPPED_WIDTH || isShort(a)) {
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
