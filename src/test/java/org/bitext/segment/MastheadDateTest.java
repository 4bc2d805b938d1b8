package org.bitext.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import org.bitext.text.IsoDates;
import org.bitext.text.Language;
import org.junit.jupiter.api.Test;

/** The document's date, read from its masthead: what the index files units under for date filters. */
class MastheadDateTest {

    @Test
    void cd1937IsDatedInBothLanguagesAlike() {
        Document en = Segmenter.segment(Path.of("corpus/CD-1937.en.txt"), Language.EN, null);
        Document zh = Segmenter.segment(Path.of("corpus/CD-1937.zh.txt"), Language.ZH, null);
        assertEquals("CD/1937", en.symbol());
        assertEquals("2012-08-24", en.date(), "the masthead's 24 August 2012, not the letter's 22 August");
        assertEquals(en.date(), zh.date());
    }

    @Test
    void aChineseMastheadDateIsRead() {
        String text = "联合国\n\nCD/1937\n\n2012年8月24日\n\n1. 我们，澳大利亚、加拿大外交部长会晤。\n";
        Document d = Segmenter.segment("d", text, Language.ZH);
        assertEquals("2012-08-24", d.date());
    }

    @Test
    void aBodyDateIsNotTheDocumentsAndNoMastheadMeansNoDate() {
        Document d = Segmenter.segment("d", "1. The meeting on 16 June 2012 adopted a statement.\n", Language.EN);
        assertEquals("", d.date());
    }

    @Test
    void impossibleDatesAreNotRead() {
        assertEquals("", IsoDates.fromMasthead("31 June 2012"));
        assertEquals("", IsoDates.fromMasthead("2012年2月30日"));
        assertEquals("2012-06-16", IsoDates.fromMasthead("16  June 2012"));
        assertEquals("2012-06-16", IsoDates.fromMasthead("2012年 6月 16日"));
    }
}
