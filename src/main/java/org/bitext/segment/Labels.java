package org.bitext.segment;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the structural label a line begins with (article, annex, preamble and organ lines, hierarchical
 * numbers, sub-items, section headings) from the patterns of {@code structure.txt}, and the value of a label
 * in any of the numeral systems UN documents use (Arabic, Roman, Chinese, letters, ㈠…㈩).
 */
final class Labels {

    /** What a label says a line is; the plain "12." label is read by {@link LineScanner}. */
    enum Type {
        ARTICLE("article"), ANNEX("annex"), PREAMBLE("preamble"), ORGAN("organ"), HIER("hier"), ITEM("item"),
        ROMAN_HEADING("roman-heading"), LETTER_HEADING("letter-heading"), CJK_HEADING("cjk-heading");

        final String pattern;

        Type(String pattern) {
            this.pattern = pattern;
        }
    }

    /**
     * A label read at a line start.
     *
     * @param value the label's value as printed ("17", "IV", "十七", "a", "ii", "㈠", "1.2"), may be empty
     * @param end   source offset where the paragraph's text starts: after a sub-item's label and its spaces,
     *              the line start for headings (their label is part of their text)
     */
    record Label(Type type, String value, int end) {
    }

    private static final String CJK_DIGITS = "零一二三四五六七八九";
    private static final Type[] ORDER = Type.values();

    private Labels() {
    }

    /** The label {@code line} begins with, or null. */
    static Label read(String source, Line line, SegmentRules rules) {
        char first = source.charAt(line.start());
        for (Type type : ORDER) {
            if (!mayStart(type, first) || line.width() > maxWidth(type)) {
                continue;
            }
            for (Pattern p : rules.structure(type.pattern)) {
                Matcher m = p.matcher(source).region(line.start(), line.end());
                if (m.lookingAt()) {
                    String v = p.namedGroups().containsKey("v") ? m.group("v") : null;
                    // Headings keep their label in their text ("Article 17", "I. Introduction"); a
                    // sub-item's or a sub-paragraph's label is structure, cut off as "12." is.
                    int end = type == Type.HIER || type == Type.ITEM
                            ? skipSpaces(source, m.end(), line.end()) : line.start();
                    return new Label(type, v == null ? "" : v, end);
                }
            }
        }
        return null;
    }

    private static int skipSpaces(String source, int i, int end) {
        while (i < end && LineScanner.isSpace(source.charAt(i))) {
            i++;
        }
        return i;
    }

    /** Whole-line labels (organ, annex, preamble, headings) stand on short lines; others begin any line. */
    private static int maxWidth(Type type) {
        return switch (type) {
            case ORGAN -> 64; // "The Commission on Crime Prevention and Criminal Justice,", "经济及社会理事会，"
            case ANNEX, PREAMBLE -> 40;
            case ARTICLE, ROMAN_HEADING, LETTER_HEADING, CJK_HEADING -> 160;
            case HIER, ITEM -> Integer.MAX_VALUE;
        };
    }

    /**
     * Whether a label of {@code type} can begin with {@code c}: most lines are ruled out by their first
     * character without running a pattern. Must admit every first character the patterns admit.
     */
    private static boolean mayStart(Type type, char c) {
        return switch (type) {
            case ARTICLE -> c == '第' || c == 'A';
            case ANNEX -> c == '附' || c == 'A';
            case PREAMBLE -> c == '序' || c == 'P';
            case CJK_HEADING -> "一二三四五六七八九十".indexOf(c) >= 0;
            case ORGAN -> c >= 0x3400 && c <= 0x9FFF || c == 'T';
            case HIER -> c >= '0' && c <= '9';
            case ITEM -> c == '(' || c == '（' || c >= '\u3220' && c <= '\u3229';
            case ROMAN_HEADING, LETTER_HEADING -> c >= 'A' && c <= 'Z';
        };
    }

    /** True when the text at {@code from} opens with one of {@code openers} followed by a word boundary. */
    static boolean opensWith(CharSequence text, int from, int end, List<String> openers, boolean cjk) {
        int s = from;
        if (cjk && s < end && "又还并也另再亦".indexOf(text.charAt(s)) >= 0) {
            s++; // 又回顾 "Recalling also", 还注意到 "Noting further"
        }
        for (String o : openers) {
            int e = s + o.length();
            if (e <= end && regionEquals(text, s, o)) {
                if (cjk || e == end || !Character.isLetter(text.charAt(e))) {
                    return true;
                }
            }
        }
        return false;
    }

    private static boolean regionEquals(CharSequence text, int s, String o) {
        for (int k = 0; k < o.length(); k++) {
            if (text.charAt(s + k) != o.charAt(k)) {
                return false;
            }
        }
        return true;
    }

    /** The value of an Arabic (also full-width), Roman or Chinese numeral, or of ㈠…㈩; -1 when none. */
    static int number(String v) {
        if (v.isEmpty()) {
            return -1;
        }
        char c0 = v.charAt(0);
        if (c0 >= '\u3220' && c0 <= '\u3229') {
            return c0 - '\u3220' + 1;
        }
        if (Character.isDigit(c0)) {
            int n = 0;
            for (int i = 0; i < v.length(); i++) {
                int d = Character.digit(v.charAt(i), 10);
                if (d < 0) {
                    return -1;
                }
                n = n * 10 + d;
            }
            return n;
        }
        if ("IVXLCivxlc".indexOf(c0) >= 0) {
            return roman(v);
        }
        return chinese(v);
    }

    /** The value of a Roman numeral (either case), or -1. */
    static int roman(String v) {
        int total = 0;
        int previous = 0;
        for (int i = v.length() - 1; i >= 0; i--) {
            int d = switch (Character.toUpperCase(v.charAt(i))) {
                case 'I' -> 1;
                case 'V' -> 5;
                case 'X' -> 10;
                case 'L' -> 50;
                case 'C' -> 100;
                default -> -1;
            };
            if (d < 0) {
                return -1;
            }
            total += d < previous ? -d : d;
            previous = Math.max(previous, d);
        }
        return total;
    }

    /** The value of a Chinese numeral up to 九百九十九 (十七, 二十, 一百零五), or -1. */
    static int chinese(String v) {
        int total = 0;
        int digit = -1;
        for (int i = 0; i < v.length(); i++) {
            char c = v.charAt(i);
            int d = c == '〇' ? 0 : c == '两' ? 2 : CJK_DIGITS.indexOf(c);
            if (d >= 0) {
                digit = d;
            } else if (c == '十' || c == '百') {
                int unit = c == '十' ? 10 : 100;
                total += (digit < 0 ? 1 : digit) * unit;
                digit = -1;
            } else {
                return -1;
            }
        }
        return total + Math.max(digit, 0);
    }

    /** The ordinal of a letter label ("a" 1, "b" 2, "aa" 27), or -1. */
    static int letter(String v) {
        if (v.length() == 1 && Character.isLetter(v.charAt(0)) && v.charAt(0) < 0x80) {
            return Character.toLowerCase(v.charAt(0)) - 'a' + 1;
        }
        if (v.length() == 2 && v.charAt(0) == v.charAt(1) && Character.isLetter(v.charAt(0))) {
            return 26 + Character.toLowerCase(v.charAt(0)) - 'a' + 1;
        }
        return -1;
    }

    /** "a" … "z" for ordinals 1 … 26, then the number itself. */
    static String letterOf(int ordinal) {
        return ordinal >= 1 && ordinal <= 26 ? String.valueOf((char) ('a' + ordinal - 1)) : String.valueOf(ordinal);
    }

    /** Lower-case Roman numeral of 1 … 399. */
    static String romanOf(int n) {
        String[] tens = {"", "x", "xx", "xxx", "xl", "l", "lx", "lxx", "lxxx", "xc"};
        String[] ones = {"", "i", "ii", "iii", "iv", "v", "vi", "vii", "viii", "ix"};
        if (n < 1 || n >= 400) {
            return String.valueOf(n);
        }
        return "c".repeat(n / 100) + tens[(n / 10) % 10] + ones[n % 10];
    }
}
