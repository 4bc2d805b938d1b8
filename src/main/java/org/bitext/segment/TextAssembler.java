package org.bitext.segment;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.bitext.text.Span;

/**
 * Builds the cleaned text of a {@link Document}: joins hard-wrapped lines (no space between CJK
 * characters, one space between Latin words, soft hyphens removed, compound hyphens kept) and returns the
 * span of every piece it appends.
 */
final class TextAssembler {

    private final String source;
    private final boolean cjk;
    private final SegmentRules rules;
    private final StringBuilder out;
    private final boolean sourceHasTabs;
    private final List<FootnoteMark> marks = new ArrayList<>();
    /** Words and hyphenated pairs seen in the source, built on the first line-end hyphen only. */
    private Set<String> evidence;

    TextAssembler(String source, boolean cjk, SegmentRules rules) {
        this.source = source;
        this.cjk = cjk;
        this.rules = rules;
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
                    joinBreak(from);
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

    /** Replaces the line break before source offset {@code next}: by nothing, a space, or a removed hyphen. */
    private void joinBreak(int next) {
        int lastIdx = out.length() - 1;
        char last = out.charAt(lastIdx);
        int first = source.codePointAt(next);
        if (last == '-' && lastIdx > 0 && Character.isLetterOrDigit(out.charAt(lastIdx - 1))) {
            // A hyphen glued to a word ("acknowl-", "non-", "26-") joins without a space; only before a
            // lower-case letter can it be a soft hyphen to remove.
            if (Character.isLetter(out.charAt(lastIdx - 1)) && Character.isLowerCase(first)
                    && !keepHyphen(lastIdx, next)) {
                out.setLength(lastIdx);
            }
            return;
        }
        if ((last == '/' || last == '–') && lastIdx > 0 && !Character.isWhitespace(out.charAt(lastIdx - 1))) {
            return; // "A/66/" + "L.1", "2010–" + "2015": a symbol or range broken at the line end
        }
        int lastCp = Character.isLowSurrogate(last) && lastIdx > 0 ? out.codePointAt(lastIdx - 1) : last;
        if (!isWide(lastCp) && !isWide(first)) {
            out.append(' ');
        }
    }

    private boolean keepHyphen(int hyphenIdx, int next) {
        int a = hyphenIdx;
        while (a > 0 && Character.isLetter(out.charAt(a - 1))) {
            a--;
        }
        String head = out.substring(a, hyphenIdx).toLowerCase(Locale.ROOT);
        int b = next;
        while (b < source.length() && Character.isLetter(source.charAt(b))) {
            b++;
        }
        String tail = source.substring(next, b).toLowerCase(Locale.ROOT);
        if (rules.compoundPrefixes.contains(head)) {
            return true;
        }
        Set<String> seen = evidence();
        if (seen.contains(head + "-" + tail)) {
            return true;
        }
        if (seen.contains(head + tail)) {
            return false;
        }
        // Two words that each stand alone elsewhere form a compound ("nuclear-" + "weapon"); a fragment
        // such as "acknowl" never stands alone, so its hyphen was a soft one.
        return head.length() >= 3 && tail.length() >= 3 && seen.contains(head) && seen.contains(tail);
    }

    /**
     * The forms that decide line-end hyphens ("head-tail", "headtail", "head", "tail" for every hyphen at a
     * line end) that occur as words in the source. One pass over the source, hashing tokens in place, so
     * that large documents pay no allocation per word.
     */
    private Set<String> evidence() {
        if (evidence != null) {
            return evidence;
        }
        Set<String> queries = new HashSet<>();
        for (int i = source.indexOf('-'); i >= 0; i = source.indexOf('-', i + 1)) {
            int j = i + 1;
            while (j < source.length() && (source.charAt(j) == ' ' || source.charAt(j) == '\t')) {
                j++;
            }
            if (j >= source.length() || source.charAt(j) != '\n') {
                continue;
            }
            int a = i;
            while (a > 0 && Character.isLetter(source.charAt(a - 1))) {
                a--;
            }
            while (j < source.length() && LineScanner.isSpace(source.charAt(j))) {
                j++;
            }
            int b = j;
            while (b < source.length() && Character.isLetter(source.charAt(b))) {
                b++;
            }
            String head = source.substring(a, i).toLowerCase(Locale.ROOT);
            String tail = source.substring(j, b).toLowerCase(Locale.ROOT);
            Collections.addAll(queries, head, tail, head + tail, head + "-" + tail);
        }
        Set<Integer> hashes = new HashSet<>();
        int maxLength = 0;
        BitSet firstChars = new BitSet();
        for (String q : queries) {
            hashes.add(q.hashCode());
            maxLength = Math.max(maxLength, q.length());
            if (!q.isEmpty()) {
                firstChars.set(q.charAt(0));
            }
        }
        evidence = new HashSet<>();
        int n = source.length();
        int i = 0;
        while (i < n) {
            if (!isLetter(source.charAt(i))) {
                i++;
                continue;
            }
            // A token: letters, and hyphens between letters; a hyphen at a line end is not part of it.
            int j = i;
            int partStart = i;
            int previousPart = -1;
            while (j < n) {
                char c = source.charAt(j);
                if (isLetter(c)) {
                    j++;
                } else if (c == '-' && j + 1 < n && isLetter(source.charAt(j + 1))) {
                    if (previousPart >= 0) {
                        check(hashes, queries, previousPart, j); // "a-b" inside "a-b-c"
                    }
                    previousPart = partStart;
                    partStart = j + 1;
                    j++;
                } else {
                    break;
                }
            }
            boolean lineEndHyphen = j < n && source.charAt(j) == '-';
            if (!lineEndHyphen) {
                if (j - i <= maxLength && firstChars.get(lower(source.charAt(i)))) {
                    check(hashes, queries, i, j);
                }
                if (previousPart >= 0 && previousPart != i) {
                    check(hashes, queries, previousPart, j);
                }
            }
            i = j;
            if (lineEndHyphen) {
                // Skip the word continued on the next line: "edged" after "acknowl-" is no evidence.
                i = j + 1;
                while (i < n && LineScanner.isSpace(source.charAt(i))) {
                    i++;
                }
                while (i < n && isLetter(source.charAt(i))) {
                    i++;
                }
            }
        }
        return evidence;
    }

    private static char lower(char c) {
        return c >= 'A' && c <= 'Z' ? (char) (c + 32) : c < 0x80 ? c : Character.toLowerCase(c);
    }

    private static boolean isLetter(char c) {
        return c < 0x80 ? ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') : Character.isLetter(c);
    }

    /** Records {@code source[s, e)} (lower-cased) when it is one of the queries. */
    private void check(Set<Integer> hashes, Set<String> queries, int s, int e) {
        int hash = 0;
        for (int k = s; k < e; k++) {
            hash = 31 * hash + lower(source.charAt(k));
        }
        if (hashes.contains(hash)) {
            String word = source.substring(s, e).toLowerCase(Locale.ROOT);
            if (queries.contains(word)) {
                evidence.add(word);
            }
        }
    }

    /** Wide (CJK) characters need no space between them; in Chinese text curly quotes count as wide too. */
    private boolean isWide(int c) {
        if (c < 0x1100) {
            return false;
        }
        int ea = UCharacter.getIntPropertyValue(c, UProperty.EAST_ASIAN_WIDTH);
        return ea == UCharacter.EastAsianWidth.WIDE || ea == UCharacter.EastAsianWidth.FULLWIDTH
                || (cjk && ea == UCharacter.EastAsianWidth.AMBIGUOUS);
    }
}
