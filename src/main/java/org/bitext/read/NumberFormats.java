package org.bitext.read;

import com.ibm.icu.text.RuleBasedNumberFormat;
import com.ibm.icu.util.ULocale;
import java.util.Locale;

/**
 * Renders a list counter in one of Word's number formats ({@code w:numFmt}: decimal, lowerLetter,
 * lowerRoman, chineseCounting, ideographTraditional …), as Word shows it. Chinese counting uses ICU's
 * spell-out rules (一, 十一, 二十), not a hand-written table. A format not known here renders as decimal,
 * which the caller reports.
 */
final class NumberFormats {

    private static final String HEAVENLY_STEMS = "甲乙丙丁戊己庚辛壬癸";
    private static final String EARTHLY_BRANCHES = "子丑寅卯辰巳午未申酉戌亥";

    private NumberFormats() {
    }

    /** True when Word shows a number for {@code numFmt} (false for "bullet" and "none"). */
    static boolean isNumber(String numFmt) {
        return !"bullet".equals(numFmt) && !"none".equals(numFmt);
    }

    /** True when {@code numFmt} is rendered by {@link #format} as Word does (else it falls back to decimal). */
    static boolean isKnown(String numFmt) {
        return switch (numFmt) {
            case "decimal", "decimalZero", "upperRoman", "lowerRoman", "upperLetter", "lowerLetter", "ordinal",
                    "decimalFullWidth", "decimalFullWidth2", "decimalHalfWidth", "decimalEnclosedCircle",
                    "decimalEnclosedCircleChinese", "decimalEnclosedParen", "decimalEnclosedFullstop",
                    "chineseCounting", "chineseCountingThousand", "taiwaneseCounting",
                    "taiwaneseCountingThousand", "ideographTraditional", "ideographZodiac",
                    "ideographEnclosedCircle", "chineseLegalSimplified", "ideographLegalTraditional" -> true;
            default -> false;
        };
    }

    /** {@code n} (≥ 0) in Word's format {@code numFmt}. */
    static String format(int n, String numFmt) {
        return switch (numFmt) {
            case "decimalZero" -> n < 10 ? "0" + n : Integer.toString(n);
            case "upperRoman" -> roman(n).toUpperCase(Locale.ROOT);
            case "lowerRoman" -> roman(n);
            case "upperLetter" -> letters(n).toUpperCase(Locale.ROOT);
            case "lowerLetter" -> letters(n);
            case "ordinal" -> n + ordinalSuffix(n);
            case "decimalFullWidth", "decimalFullWidth2" -> fullWidth(Integer.toString(n));
            case "decimalEnclosedCircle", "decimalEnclosedCircleChinese" ->
                    n >= 1 && n <= 20 ? String.valueOf((char) (0x2460 + n - 1)) : Integer.toString(n);
            case "decimalEnclosedParen" ->
                    n >= 1 && n <= 20 ? String.valueOf((char) (0x2474 + n - 1)) : "(" + n + ")";
            case "decimalEnclosedFullstop" ->
                    n >= 1 && n <= 20 ? String.valueOf((char) (0x2488 + n - 1)) : n + ".";
            case "ideographEnclosedCircle" ->
                    n >= 1 && n <= 10 ? String.valueOf((char) (0x3280 + n - 1)) : chinese(n, "zh");
            case "chineseCounting", "chineseCountingThousand" -> chinese(n, "zh");
            case "taiwaneseCounting", "taiwaneseCountingThousand" -> chinese(n, "zh_Hant");
            case "chineseLegalSimplified" -> chineseFinancial(n, "zh");
            case "ideographLegalTraditional" -> chineseFinancial(n, "zh_Hant");
            case "ideographTraditional" -> n >= 1 ? String.valueOf(HEAVENLY_STEMS.charAt((n - 1) % 10))
                    : Integer.toString(n);
            case "ideographZodiac" -> n >= 1 ? String.valueOf(EARTHLY_BRANCHES.charAt((n - 1) % 12))
                    : Integer.toString(n);
            default -> Integer.toString(n);
        };
    }

    /** Word's letters: a … z, then aa … zz, aaa … (the letter repeated, not a base-26 number). */
    static String letters(int n) {
        if (n <= 0) {
            return Integer.toString(n);
        }
        char c = (char) ('a' + (n - 1) % 26);
        return String.valueOf(c).repeat((n - 1) / 26 + 1);
    }

    static String roman(int n) {
        if (n <= 0 || n >= 4000) {
            return Integer.toString(n);
        }
        int[] values = {1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1};
        String[] symbols = {"m", "cm", "d", "cd", "c", "xc", "l", "xl", "x", "ix", "v", "iv", "i"};
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < values.length; i++) {
            while (n >= values[i]) {
                b.append(symbols[i]);
                n -= values[i];
            }
        }
        return b.toString();
    }

    private static String ordinalSuffix(int n) {
        int t = n % 100;
        if (t >= 11 && t <= 13) {
            return "th";
        }
        return switch (n % 10) {
            case 1 -> "st";
            case 2 -> "nd";
            case 3 -> "rd";
            default -> "th";
        };
    }

    private static String fullWidth(String digits) {
        StringBuilder b = new StringBuilder(digits.length());
        for (int i = 0; i < digits.length(); i++) {
            b.append((char) (digits.charAt(i) - '0' + '０'));
        }
        return b.toString();
    }

    /** 一, 十, 十一, 二十一, 一百零一: ICU's Chinese cardinal spell-out (Word writes 十一, not 一十一, and 零). */
    private static String chinese(int n, String locale) {
        RuleBasedNumberFormat f = new RuleBasedNumberFormat(new ULocale(locale), RuleBasedNumberFormat.SPELLOUT);
        return f.format(n, "%spellout-cardinal");
    }

    private static String chineseFinancial(int n, String locale) {
        RuleBasedNumberFormat f = new RuleBasedNumberFormat(new ULocale(locale), RuleBasedNumberFormat.SPELLOUT);
        for (String rule : f.getRuleSetNames()) {
            if (rule.contains("financial")) {
                return f.format(n, rule);
            }
        }
        return f.format(n);
    }
}
