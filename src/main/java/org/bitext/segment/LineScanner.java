package org.bitext.segment;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.Normalizer2;
import java.util.ArrayList;
import java.util.List;

/** Splits decoded text into its non-blank {@link Line}s and reads each line's paragraph-number label. */
final class LineScanner {

    private LineScanner() {
    }

    static List<Line> scan(String text, boolean wideAmbiguous) {
        Normalizer2 nfkc = Normalizer2.getNFKCInstance();
        List<Line> lines = new ArrayList<>();
        boolean blankBefore = false;
        int n = text.length();
        int pos = 0;
        while (pos < n) {
            int nl = text.indexOf('\n', pos);
            int lineEnd = nl < 0 ? n : nl;
            int s = pos;
            int indent = 0;
            while (s < lineEnd && isSpace(text.charAt(s))) {
                indent += text.charAt(s) == '\t' ? 4 : 1;
                s++;
            }
            int e = lineEnd;
            while (e > s && isSpace(text.charAt(e - 1))) {
                e--;
            }
            if (e == s) {
                blankBefore = !lines.isEmpty();
            } else {
                int width = width(text, s, e, wideAmbiguous);
                String key = null;
                if (width <= Line.KEY_LIMIT) {
                    String content = text.substring(s, e);
                    key = nfkc.isNormalized(content) ? content : nfkc.normalize(content);
                }
                int[] label = label(text, s, e, nfkc);
                lines.add(new Line(s, e, indent, blankBefore, key, width, label[0], label[1]));
                blankBefore = false;
            }
            pos = lineEnd + 1;
        }
        return lines;
    }

    /** {number, bodyStart} for a line starting "12." or "１２．" followed by white space or the line end. */
    private static int[] label(String text, int s, int e, Normalizer2 nfkc) {
        int i = s;
        int value = 0;
        int digits = 0;
        while (i < e && digits < 6) {
            int d = Character.digit(text.charAt(i), 10);
            if (d < 0 || !Character.isDigit(text.charAt(i))) {
                break;
            }
            value = value * 10 + d;
            digits++;
            i++;
        }
        if (digits == 0 || i >= e) {
            return new int[] {-1, s};
        }
        String dot = nfkc.normalize(String.valueOf(text.charAt(i)));
        if (!dot.equals(".")) {
            return new int[] {-1, s};
        }
        boolean fullWidthDot = text.charAt(i) != '.';
        i++;
        // "66/44" or "1.5" is a number, not a label; Chinese typesetting may set "１．" without a space.
        if (i < e && !isSpace(text.charAt(i)) && !(fullWidthDot && text.charAt(i) >= 0x2E80)) {
            return new int[] {-1, s};
        }
        while (i < e && isSpace(text.charAt(i))) {
            i++;
        }
        return new int[] {value, i};
    }

    static boolean isSpace(char c) {
        return c == ' ' || c == '\t' || c == '\u3000' || c == '\u00A0' || Character.isWhitespace(c)
                || Character.isSpaceChar(c);
    }

    /** Display width in columns: wide and full-width characters count 2 (ambiguous ones too in CJK text). */
    static int width(String text, int s, int e, boolean wideAmbiguous) {
        int w = 0;
        for (int i = s; i < e; ) {
            char ch = text.charAt(i);
            if (ch < 0x80) {
                w++;
                i++;
                continue;
            }
            int c = text.codePointAt(i);
            i += Character.charCount(c);
            if ((c >= 0x4E00 && c <= 0x9FFF) || (c >= 0x3000 && c <= 0x303F) || (c >= 0xFF01 && c <= 0xFF60)) {
                w += 2; // the common CJK ranges, without a property lookup
                continue;
            }
            int ea = UCharacter.getIntPropertyValue(c, UProperty.EAST_ASIAN_WIDTH);
            boolean wide = ea == UCharacter.EastAsianWidth.WIDE || ea == UCharacter.EastAsianWidth.FULLWIDTH
                    || (wideAmbiguous && ea == UCharacter.EastAsianWidth.AMBIGUOUS);
            w += wide ? 2 : 1;
        }
        return w;
    }
}
