package org.bitext.text;

/**
 * Which writing system a character belongs to: the one home of "is this character Han?" for every stage
 * (language detection, tokenizers, query parsing, spotting, glossary checks).
 */
public final class Scripts {

    private Scripts() {
    }

    /** True for a Han (Chinese) character by the Unicode Script property (so also 〇 and the radicals). */
    public static boolean isHan(int cp) {
        return Character.UnicodeScript.of(cp) == Character.UnicodeScript.HAN;
    }

    /** True when {@code s} holds at least one Han character. */
    public static boolean hasHan(CharSequence s) {
        return s.codePoints().anyMatch(Scripts::isHan);
    }

    /**
     * True for a UTF-16 unit of a Han ideograph by block ranges, without a property lookup (the aligner's
     * tokenizer asks once per character of a long input): CJK Extension A and the Unified Ideographs
     * U+3400–U+9FFF, 〇 U+3007, the compatibility ideographs U+F900–U+FAFF, and every surrogate (above the BMP,
     * what Chinese text holds is nearly always Han). Unlike {@link #isHan}, the radicals and the Han-script
     * marks among the CJK symbols (々, the Suzhou numerals) are not counted: they make no words.
     */
    public static boolean isHanUnit(char c) {
        return c >= 0x2E80 && (c < 0xA000 ? c >= 0x3400 || c == 0x3007 : Character.isSurrogate(c)
                || (c >= 0xF900 && c < 0xFB00));
    }
}
