package org.bitext.segment;

import java.util.ArrayList;
import java.util.List;
import org.bitext.text.LineJoiner;
import org.bitext.text.Span;

/**
 * Builds the cleaned text of a {@link Document}: joins hard-wrapped lines (no space between CJK
 * characters, one space between Latin words, soft hyphens removed, compound hyphens kept) and returns the
 * span of every piece it appends. How a line break is joined is {@link LineJoiner}'s rule, shared with the
 * PDF and Word readers.
 */
final class TextAssembler {

    private final String source;
    private final StringBuilder out;
    private final boolean sourceHasTabs;
    private final LineJoiner joiner;
    private final boolean cjk;
    private final List<FootnoteMark> marks = new ArrayList<>();

    TextAssembler(String source, boolean cjk) {
        this.source = source;
        this.cjk = cjk;
        this.joiner = new LineJoiner(source, cjk);
        this.out = new StringBuilder(source.length() + 16);
        this.sourceHasTabs = source.indexOf('\t') >= 0;
    }

    /** Appends a separator between pieces (a blank line, or a label and a space); returns nothing to index. */
    void appendRaw(String s) {
        out.append(s);
    }

    /** Appends source text {@code [start, end)} verbatim and returns its span in the output. */
    Span appendVerbatim(int start, int end) {
        int s = out.length();
        out.append(source, start, end);
        return new Span(s, out.length());
    }

    /**
     * Appends the unwrapped text of {@code lines} (the first one from {@code firstStart}); with
     * {@code lineBreaksAreSpaces} every line break becomes one space (signature and header blocks, whose
     * lines are separate items rather than a wrapped paragraph).
     */
    Span appendJoined(List<Line> lines, int firstStart, boolean lineBreaksAreSpaces) {
        int s = out.length();
        for (int k = 0; k < lines.size(); k++) {
            Line line = lines.get(k);
            int from = k == 0 ? firstStart : line.start();
            if (from >= line.end()) {
                continue;
            }
            if (out.length() > s) {
                if (lineBreaksAreSpaces) {
                    out.append(' ');
                } else {
                    joiner.joinBreak(out, from);
                }
            }
            appendLine(from, line.end());
        }
        return new Span(s, out.length());
    }

    /**
     * Copies a line; a tab inside it (after "(a)", in a table) becomes one space in the cleaned text. In
     * Chinese text, the spaces a PDF extraction puts between an ideograph and a digit or Latin letter
     * ({@code 2012 年 8 月}, {@code 第 66/44 号}, {@code CD/1299 号}) are dropped: the official text has none.
     * Footnote marks are taken out and kept ({@link #marks()}).
     */
    private void appendLine(int from, int end) {
        int start = out.length();
        out.append(source, from, end);
        if (cjk) {
            dropSpacesBesideHan(start);
        }
        takeFootnoteMarks(start);
        if (!sourceHasTabs) {
            return;
        }
        // Only this line is searched: a document-wide indexOf per line would make large files quadratic.
        for (int i = start; i < out.length(); i++) {
            if (out.charAt(i) == '\t') {
                out.setCharAt(i, ' ');
            }
        }
    }

    private static final String SUPERSCRIPTS = "⁰¹²³⁴⁵⁶⁷⁸⁹";
    /** Punctuation a footnote mark may follow ("Action,1"); not "." ("Rev.1", "L.1" are symbols). */
    private static final String MARK_AFTER = ",;:)”’\"，；：。）”";

    /** Footnote marks taken out of the text so far, in order. */
    List<FootnoteMark> marks() {
        return marks;
    }

    /**
     * Takes footnote reference marks out of the line appended from {@code start}: superscript digits after a
     * letter or punctuation, and in English one to three digits glued to a lower-case word or to the
     * punctuation after a word ("Secretary-General,1 and", "resolution 66/44;12"), followed by a space, the
     * line end or punctuation; in Chinese only superscripts, since digits glued to ideographs are text there
     * (第1条) and a wrapped Chinese line may break inside a number.
     */
    private void takeFootnoteMarks(int start) {
        int n = out.length();
        for (int i = start + 1; i < n; i++) {
            char c = out.charAt(i);
            boolean superscript = SUPERSCRIPTS.indexOf(c) >= 0;
            if (!superscript && !(c >= '0' && c <= '9')) {
                continue;
            }
            int e = i;
            while (e < n && (superscript ? SUPERSCRIPTS.indexOf(out.charAt(e)) >= 0 : Character.isDigit(out.charAt(e)))) {
                e++;
            }
            if (isMark(start, i, e, superscript)) {
                marks.add(new FootnoteMark(i, out.substring(i, e)));
                out.delete(i, e);
                n = out.length();
                i--;
                continue;
            }
            i = e - 1;
        }
    }

    private boolean isMark(int start, int i, int e, boolean superscript) {
        char before = out.charAt(i - 1);
        boolean afterWord = Character.isLetter(before) || MARK_AFTER.indexOf(before) >= 0;
        if (superscript) {
            return afterWord;
        }
        int n = out.length();
        if (e - i > 3 || Character.isDigit(before)) {
            return false;
        }
        if (cjk) {
            return false; // a Chinese line may break inside a number ("”1" + "540号"): superscripts only
        }
        boolean wordBefore = Character.isLowerCase(before)
                || MARK_AFTER.indexOf(before) >= 0 && i - 2 >= start && Character.isLetter(out.charAt(i - 2));
        if (!wordBefore || Character.isLowerCase(before) && i - 2 >= start && !Character.isLetter(out.charAt(i - 2))) {
            return false; // "a2", "km2"-like one-letter tokens and non-words are not marks
        }
        char after = e < n ? out.charAt(e) : ' ';
        return after == ' ' || after == '\t' || ",;:.)".indexOf(after) >= 0;
    }

    private void dropSpacesBesideHan(int start) {
        int w = start;
        int n = out.length();
        for (int r = start; r < n; r++) {
            char c = out.charAt(r);
            if (c == ' ' && w > start) {
                int e = r;
                while (e < n && out.charAt(e) == ' ') {
                    e++;
                }
                if (e < n && betweenHanAndLatin(out.charAt(w - 1), out.charAt(e))) {
                    r = e - 1; // skip the run
                    continue;
                }
            }
            out.setCharAt(w++, c);
        }
        out.setLength(w);
    }

    /** An ideograph or CJK punctuation on one side, an ASCII letter or digit (or the other) on the other. */
    private static boolean betweenHanAndLatin(char a, char b) {
        return isHanSide(a) && (isAsciiAlnum(b) || isHanSide(b)) || isAsciiAlnum(a) && isHanSide(b);
    }

    private static boolean isHanSide(char c) {
        return c >= 0x3000 && c <= 0x303F || c >= 0x3400 && c <= 0x9FFF || c >= 0xFF01 && c <= 0xFF60;
    }

    private static boolean isAsciiAlnum(char c) {
        return c < 0x80 && Character.isLetterOrDigit(c);
    }

    /** The text assembled so far (live view; sentence splitting reads it in place). */
    CharSequence buffer() {
        return out;
    }

    String source() {
        return source;
    }

    String text() {
        return out.toString();
    }

    int length() {
        return out.length();
    }

}
