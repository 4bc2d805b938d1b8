package org.bitext.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bitext.read.fixture.BadFiles;
import org.bitext.read.fixture.DocxFixture;
import org.bitext.read.fixture.Item;
import org.bitext.read.fixture.PdfFixture;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Hostile documents, generated: each is refused by {@code bitext segment} in one line naming the file (exit
 * 2, no stack trace), and a corpus holding all of them beside a good PDF/DOCX pair still indexes the pair.
 */
class BadDocumentsTest {

    @TempDir
    static Path dir;

    /** File → the words its one-line error must hold. */
    static final Map<String, String> BAD = new LinkedHashMap<>();

    @BeforeAll
    static void generate() throws Exception {
        Path good = dir.resolve("good");
        Files.createDirectories(good);
        List<Item> items = List.of(Item.of(Item.Kind.MASTHEAD, "A/66/1"),
                new Item(Item.Kind.NUMBERED, "1.", "The Committee decided to continue its consideration of the item.", 0));
        Path goodPdf = good.resolve("g.pdf");
        Path goodDocx = good.resolve("g.docx");
        PdfFixture.write(goodPdf, items, "A/66/1", null, false);
        DocxFixture.write(goodDocx, items, List.of(new DocxFixture.Level("decimal", "%1.", "tab")), null);
        Path c = dir.resolve("corpus");
        Files.createDirectories(c);
        BadFiles.encryptedPdf(c.resolve("encrypted.zh.pdf"));
        BAD.put("encrypted.zh.pdf", "needs a password");
        BadFiles.scannedPdf(c.resolve("scanned.zh.pdf"), 3);
        BAD.put("scanned.zh.pdf", "no text layer (3 pages of images?); run OCR first");
        BadFiles.hugeImagePdf(c.resolve("huge.zh.pdf"));
        BAD.put("huge.zh.pdf", "no text layer");
        BadFiles.truncated(goodPdf, c.resolve("cut.zh.pdf"));
        BAD.put("cut.zh.pdf", "truncated");
        BadFiles.truncated(goodDocx, c.resolve("cut2.zh.docx"));
        BAD.put("cut2.zh.docx", "damaged zip");
        BadFiles.zipBombDocx(goodDocx, c.resolve("bomb.zh.docx"));
        BAD.put("bomb.zh.docx", "zip bomb");
        BadFiles.passwordDocx(goodDocx, c.resolve("locked.zh.docx"));
        BAD.put("locked.zh.docx", "password-protected");
        BadFiles.binary(c.resolve("picture.zh.pdf"));
        BAD.put("picture.zh.pdf", "named .pdf but is not a PDF");
        for (String bad : BAD.keySet()) {
            Files.copy(Path.of("corpus/CD-1937.en.txt"), c.resolve(bad.substring(0, bad.indexOf('.')) + ".en.txt"));
        }
        // The good pair, one PDF and one Word file.
        Files.copy(goodDocx, c.resolve("good.en.docx"));
        PdfFixture.write(c.resolve("good.zh.pdf"), List.of(Item.of(Item.Kind.MASTHEAD, "A/66/1"),
                new Item(Item.Kind.NUMBERED, "1.", "委员会决定继续审议该项目。", 0)), "A/66/1", null, false);
    }

    @Test
    void eachBadDocumentIsOneLineNamingTheFile() {
        for (Map.Entry<String, String> bad : BAD.entrySet()) {
            Path f = dir.resolve("corpus").resolve(bad.getKey());
            CliRun r = CliRun.of("segment", f.toString());
            assertEquals(2, r.code(), bad.getKey() + ": " + r.err());
            String err = r.err().strip();
            assertEquals(1, err.lines().count(), err);
            assertTrue(err.startsWith("bitext: " + f + ": "), err);
            assertTrue(err.contains(bad.getValue()), err);
        }
    }

    @Test
    void aLyingExtensionWithKnownContentIsReadByContentWithAWarning() throws Exception {
        Path lying = dir.resolve("statement.docx");
        Files.copy(dir.resolve("good").resolve("g.pdf"), lying);
        CliRun r = CliRun.of("segment", lying.toString());
        assertEquals(0, r.code(), r.err());
        assertTrue(r.out().contains("The Committee decided"), r.out());
        assertTrue((r.out() + r.err()).contains("named .docx but holds a PDF file; read as PDF"), r.out() + r.err());
    }

    @Test
    void aCorpusWithBadDocumentsStillIndexesItsGoodPair() {
        Path index = dir.resolve("index");
        CliRun r = CliRun.of("index", dir.resolve("corpus").toString(), "--index", index.toString());
        assertEquals(2, r.code(), r.err());
        for (String bad : BAD.keySet()) {
            assertTrue(r.err().contains(bad), bad + " not reported: " + r.err());
        }
        CliRun s = CliRun.of("search", "Committee", "--index", index.toString(), "--no-update");
        assertEquals(0, s.code(), s.err());
        // The hit names the document by the symbol of its masthead.
        assertTrue(s.out().contains("A/66/1 ¶1") && s.out().contains("决定继续审议该项目"), s.out());
    }
}
