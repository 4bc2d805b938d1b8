package org.bitext.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bitext.read.fixture.DocxFixture;
import org.bitext.read.fixture.Item;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Pairing of language versions in a folder: dotted names, UN download names, job numbers by masthead symbol. */
class DocumentPairsTest {

    @TempDir
    Path dir;

    private Path touch(String name, String text) throws IOException {
        Path f = dir.resolve(name);
        Files.writeString(f, text, StandardCharsets.UTF_8);
        return f;
    }

    @Test
    void dottedAndUnNamesPairInAnyMixOfFormats() throws IOException {
        List<Path> files = List.of(touch("CD-1937.zh.pdf", "x"), touch("CD-1937.en.docx", "x"),
                touch("A_RES_66_44-ZH.pdf", "x"), touch("A_RES_66_44-EN.doc", "x"),
                touch("S_2012_123_C.txt", "x"), touch("S_2012_123_E.txt", "x"), touch("lonely.en.txt", "x"));
        List<String> warnings = new ArrayList<>();
        List<DocumentPairs.Pair> pairs = DocumentPairs.pair(files, "", warnings);
        assertEquals(List.of("A/RES/66/44 A_RES_66_44-ZH.pdf A_RES_66_44-EN.doc", "CD-1937 CD-1937.zh.pdf CD-1937.en.docx",
                "S/2012/123 S_2012_123_C.txt S_2012_123_E.txt"), pairs.stream()
                .map(p -> p.name() + " " + p.zh().getFileName() + " " + p.en().getFileName()).toList());
        assertEquals(1, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).contains("lonely.en.txt: no Chinese counterpart"), warnings.toString());
    }

    @Test
    void aSecondFileForOneSideIsReportedAndTheFirstPaired() throws IOException {
        List<Path> files = List.of(touch("X.zh.pdf", "x"), touch("X.zh.txt", "x"), touch("X.en.txt", "x"),
                touch("y.ZH.TXT", "x"), touch("y.zh.txt", "x"), touch("Y.en.txt", "x"));
        List<String> warnings = new ArrayList<>();
        assertEquals(List.of("X X.zh.pdf", "y y.ZH.TXT"), DocumentPairs.pair(files, "", warnings).stream()
                .map(p -> p.name() + " " + p.zh().getFileName()).toList());
        assertEquals(2, warnings.size(), warnings.toString());
        assertTrue(warnings.get(0).contains("X.zh.txt: same document name as") && warnings.get(0).contains("X.zh.pdf"),
                warnings.toString());
        assertTrue(warnings.get(1).contains("y.zh.txt: same document name as") && warnings.get(1).contains("but for case"),
                warnings.toString());
    }

    @Test
    void jobNumberNamesPairByTheSymbolInTheirMasthead() throws IOException {
        Path en = dir.resolve("N1146236.docx");
        Path zh = dir.resolve("N1146240.docx");
        Path other = dir.resolve("N1146999.docx");
        DocxFixture.write(en, List.of(Item.of(Item.Kind.MASTHEAD, "United Nations"),
                Item.of(Item.Kind.MASTHEAD, "A/RES/66/44"),
                Item.of(Item.Kind.PARAGRAPH, "The General Assembly, recalling its resolutions, decides as follows.")),
                List.of(), null);
        DocxFixture.write(zh, List.of(Item.of(Item.Kind.MASTHEAD, "联合国"), Item.of(Item.Kind.MASTHEAD, "A/RES/66/44"),
                Item.of(Item.Kind.PARAGRAPH, "大会，回顾其各项决议，决定如下。")), List.of(), null);
        DocxFixture.write(other, List.of(Item.of(Item.Kind.PARAGRAPH, "A text without any masthead at all.")),
                List.of(), null);
        List<String> warnings = new ArrayList<>();
        List<DocumentPairs.Pair> pairs = DocumentPairs.pair(List.of(en, zh, other), "sub/", warnings);
        assertEquals(List.of(new DocumentPairs.Pair("sub/A/RES/66/44", zh, en)), pairs);
        assertTrue(warnings.get(0).contains("N1146999.docx: named by job number and no document symbol"), warnings.toString());
    }

    @Test
    void contentDecidesTheFormatAndALieIsReported() throws IOException {
        Path docx = dir.resolve("real.docx");
        DocxFixture.write(docx, List.of(Item.of(Item.Kind.PARAGRAPH, "Some text.")), List.of(), null);
        Path lying = dir.resolve("lying.pdf");
        Files.copy(docx, lying);
        assertEquals(DocumentReader.Format.DOCX, DocumentReader.detect(lying));
        ExtractedText t = DocumentReader.read(lying, null);
        assertEquals("docx", t.format());
        assertTrue(t.warnings().get(0).contains("named .pdf but holds a DOCX file; read as DOCX"), t.warnings().toString());
        Path txt = touch("plain.txt", "Plain text.\n");
        assertEquals("txt", DocumentReader.read(txt, null).format());
        assertEquals(null, DocumentReader.read(txt, null).layoutOrNull());
    }
}
