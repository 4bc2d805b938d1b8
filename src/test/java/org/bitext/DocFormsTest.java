package org.bitext;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.bitext.align.AlignOptions;
import org.bitext.read.DocumentReader;
import org.bitext.read.ExtractedText;
import org.bitext.read.UdhrFormsTest;
import org.bitext.segment.Segmenter;
import org.junit.jupiter.api.Test;

/**
 * The committed legacy Word fixtures (src/test/resources/doc, made from the DOCX fixtures by LibreOffice):
 * read with HWPF they give the text's paragraphs, list numbers included, and CD/1937 aligns to the gold.
 */
class DocFormsTest {

    private static final Path DOC = Path.of("src/test/resources/doc");

    @Test
    void udhrDocShowsArticleAndItemNumbersFromItsListTables() throws IOException {
        for (String lang : List.of("en", "zh")) {
            ExtractedText t = DocumentReader.read(DOC.resolve("UDHR." + lang + ".doc"), null);
            assertEquals("doc", t.format());
            UdhrFormsTest.assertLines(UdhrFormsTest.lines("corpus/UDHR." + lang + ".txt"), UdhrFormsTest.textLines(t),
                    lang);
        }
    }

    @Test
    void cd1937DocGivesTheParagraphsOfTheTextAndAlignsToTheGold() throws IOException {
        for (String lang : List.of("en", "zh")) {
            DocumentFormsTest.assertSameParagraphs(Segmenter.segment(Path.of("corpus/CD-1937." + lang + ".txt"), null, null),
                    Segmenter.segment(DOC.resolve("CD-1937." + lang + ".doc"), null, null));
        }
        assertEquals(DocumentFormsTest.goldBeads(), DocumentFormsTest.beads(Bitext.align(DOC.resolve("CD-1937.zh.doc"),
                DOC.resolve("CD-1937.en.doc"), AlignOptions.defaults())));
    }
}
