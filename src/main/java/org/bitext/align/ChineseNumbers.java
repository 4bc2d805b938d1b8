package org.bitext.align;

/**
 * Values of Chinese numerals (三十, 一百三十, 二〇一二, 两千) so that they agree with digits and English
 * number words. ICU's spell-out rules format numbers but do not parse these forms reliably and cheaply, so
 * this small parser does it.
 */
final class ChineseNumbers {

    static final String CHARS = "零〇一二两三四五六七八九十百千万亿";

    private ChineseNumbers() {
    }

    static boolean isNumeral(char c) {
        return CHARS.indexOf(c) >= 0;
    }

    /** The value of a run of numeral characters, or -1 when it is not a well-formed number. */
    static long parse(CharSequence s) {
        if (s.isEmpty()) {
            return -1;
        }
        boolean positional = true;
        for (int k = 0; k < s.length(); k++) {
            if (digit(s.charAt(k)) < 0) {
                positional = false;
                break;
            }
        }
        if (positional && s.length() > 1) {
            long v = 0;
            for (int k = 0; k < s.length(); k++) {
                v = v * 10 + digit(s.charAt(k));
            }
            return v;
        }
        long total = 0;
        long section = 0;
        long number = -1;
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            int d = digit(c);
            if (d >= 0) {
                number = d;
                continue;
            }
            long unit = switch (c) {
                case '十' -> 10;
                case '百' -> 100;
                case '千' -> 1000;
                case '万' -> 10_000;
                case '亿' -> 100_000_000;
                default -> -1;
            };
            if (unit < 0) {
                return -1;
            }
            if (unit >= 10_000) {
                section += Math.max(number, 0);
                total += (section == 0 ? 1 : section) * unit;
                section = 0;
            } else {
                section += (number < 0 ? 1 : number) * unit;
            }
            number = -1;
        }
        return total + section + Math.max(number, 0);
    }

    private static int digit(char c) {
        return switch (c) {
            case '零', '〇' -> 0;
            case '一' -> 1;
            case '二', '两' -> 2;
            case '三' -> 3;
            case '四' -> 4;
            case '五' -> 5;
            case '六' -> 6;
            case '七' -> 7;
            case '八' -> 8;
            case '九' -> 9;
            default -> -1;
        };
    }
}
