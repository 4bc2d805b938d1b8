package org.bitext.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The language helpers every stage shares: script tests, the Traditional→Simplified transform, names, lists. */
class LanguageHelpersTest {

    @Test
    void hanByScript() {
        for (int cp : new int[] {'禁', '產', '〇', 0x20000, 0x2A6A5, 0xF900, 0x2E80}) {
            assertTrue(Scripts.isHan(cp), Integer.toHexString(cp));
        }
        for (int cp : new int[] {'A', 'é', 'ひ', 'カ', '한', '。', '（', '１', 'Ｆ'}) {
            assertFalse(Scripts.isHan(cp), Integer.toHexString(cp));
        }
        assertTrue(Scripts.hasHan("FMCT（禁产条约）"));
        assertFalse(Scripts.hasHan("FMCT (CD/1299)"));
    }

    /** The tokenizer's block test covers every BMP Han ideograph, and no radical, kana or hangul. */
    @Test
    void hanUnitCoversTheHanOfTheBmp() {
        for (char c = 0x3400; c < 0xD800; c++) {
            if (Scripts.isHan(c)) {
                assertTrue(Scripts.isHanUnit(c), Integer.toHexString(c));
            }
        }
        for (char c = 0xF900; c < 0xFB00; c++) {
            if (Scripts.isHan(c)) {
                assertTrue(Scripts.isHanUnit(c), Integer.toHexString(c));
            }
        }
        for (char c : new char[] {'ひ', 'カ', '한', '。', 'A', '１', '\u3000', '\u2E80', '々'}) {
            assertFalse(Scripts.isHanUnit(c), Integer.toHexString(c));
        }
        assertTrue(Scripts.isHanUnit('〇'));
        assertTrue(Scripts.isHanUnit("\uD840\uDC00".charAt(0)) && Scripts.isHanUnit("\uD840\uDC00".charAt(1)));
    }

    /** The character table gives what the transliterator gives, character by character and on a sentence. */
    @Test
    void simplifyAgreesWithTheSharedTransliterator() {
        int changed = 0;
        for (char c = 0; c < 0xD800; c++) {
            String s = String.valueOf(c);
            String t = TraditionalChinese.toSimplified().transliterate(s);
            assertEquals(t, TraditionalChinese.simplify(s), Integer.toHexString(c));
            assertEquals(!t.equals(s), TraditionalChinese.changes(c), Integer.toHexString(c));
            changed += t.equals(s) ? 0 : 1;
        }
        assertTrue(changed > 2000, "Traditional characters the transform changes: " + changed);
        String tw = "我們呼籲所有核武器國家……直到《禁產條約》談判締結和生效。";
        assertEquals(TraditionalChinese.toSimplified().transliterate(tw), TraditionalChinese.simplify(tw));
        assertEquals("我们呼吁所有核武器国家……直到《禁产条约》谈判缔结和生效。", TraditionalChinese.simplify(tw));
    }

    @Test
    void documentNames() {
        assertEquals("CD-1937", DocumentNames.of(Path.of("corpus", "CD-1937.zh.txt")));
        assertEquals("CD-1937", DocumentNames.of(Path.of("CD-1937.en.txt")));
        assertEquals("A-66-L.1", DocumentNames.of("A-66-L.1.ZH-CN.TXT"));
        assertEquals("notes", DocumentNames.of("notes.text"));
        assertEquals("sub/CD-1299", DocumentNames.of("sub/CD-1299.zh.txt"), "a corpus key keeps its folder");
        assertEquals("report", DocumentNames.of("report.pdf"), "PDF and Word files are documents too");
        assertEquals("CD-1937", DocumentNames.of("CD-1937.en.docx"));
        assertEquals("A_RES_66_44", DocumentNames.of("A_RES_66_44-ZH.pdf"), "the UN's download names");
        assertEquals("report.odt", DocumentNames.of("report.odt"));
        assertEquals(".txt", DocumentNames.of(".txt"), "nothing but the suffix: kept whole");
    }

    @Test
    void everyWordListLoadsCleanAndSaysWhatItIsFor() {
        for (WordList list : WordList.values()) {
            assertFalse(list.words().isEmpty(), list.name());
            for (String w : list.words()) {
                assertEquals(w.strip(), w, list.name());
                if (list.name().startsWith("EN_")) {
                    assertEquals(w.toLowerCase(Locale.ROOT), w, list + ": English lists are lower case");
                }
            }
            assertTrue(list.contains(list.name().startsWith("EN_") ? "the" : "的"), list.name());
        }
        // Why the term lists are their own: they also stop a term at common verbs, which is evidence when
        // aligning sentences.
        assertTrue(WordList.EN_TERM_EDGE_STOPWORDS.words().size() > WordList.EN_ALIGNMENT_STOPWORDS.words().size());
    }
}
