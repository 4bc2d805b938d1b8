package org.bitext.text;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import java.util.BitSet;
import java.util.Collections;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;

/**
 * How two hard-wrapped lines join into one: no space between CJK characters, one space between Latin words,
 * a soft hyphen at the line end removed, a compound's hyphen kept ("non-" + "proliferation"; a pair seen
 * hyphenated, or both halves seen as words, elsewhere in the source). Shared by segmentation (wrapped text
 * files) and the PDF reader (wrapped page lines), so both unwrap alike. The compound prefixes are data
 * ({@code compound-prefixes.en.txt}). One instance per source text; not thread-safe (it caches evidence).
 */
public final class LineJoiner {

    private static final Set<String> COMPOUND_PREFIXES =
            Set.copyOf(DataFiles.lines(LineJoiner.class, "compound-prefixes.en.txt"));

    private final String source;
    private final boolean cjk;
    /** Words and hyphenated pairs seen in the source, built on the first line-end hyphen only. */
    private Set<String> evidence;

    /**
     * @param source the whole wrapped text, lines separated by LF (hyphen evidence is read from it)
     * @param cjk Chinese text: ambiguous-width characters (curly quotes) count as wide
     */
    public LineJoiner(String source, boolean cjk) {
        this.source = source;
        this.cjk = cjk;
    }

    /** True for the white space that separates words on a line, ideographic and no-break spaces included. */
    public static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u3000' || c == '\u00A0' || Character.isWhitespace(c)
                || Character.isSpaceChar(c);
    }

    /**
     * Replaces the line break before source offset {@code next}, where {@code out} ends with the text of the
     * line before it: by nothing, a space, or a removed hyphen.
     */
    public void joinBreak(StringBuilder out, int next) {
        int lastIdx = out.length() - 1;
        char last = out.charAt(lastIdx);
        int first = source.codePointAt(next);
        if (last == '-' && lastIdx > 0 && Character.isLetterOrDigit(out.charAt(lastIdx - 1))) {
            // A hyphen glued to a word ("acknowl-", "non-", "26-") joins without a space; only before a
            // lower-case letter can it be a soft hyphen to remove.
            if (Character.isLetter(out.charAt(lastIdx - 1)) && Character.isLowerCase(first)
                    && !keepHyphen(out, lastIdx, next)) {
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

    private boolean keepHyphen(StringBuilder out, int hyphenIdx, int next) {
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
        if (COMPOUND_PREFIXES.contains(head)) {
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
            while (j < source.length() && isSpace(source.charAt(j))) {
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
                while (i < n && isSpace(source.charAt(i))) {
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
