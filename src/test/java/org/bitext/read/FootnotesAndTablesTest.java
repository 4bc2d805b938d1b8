package org.bitext.read;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bitext.read.fixture.DocxFixture;
import org.bitext.read.fixture.Item;
import org.bitext.read.fixture.PdfFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Footnotes and a two-column table, in PDF and DOCX: notes after the body, cells one a line in reading order. */
public class FootnotesAndTablesTest {

    @TempDir
    Path dir;

    public static final List<Item> ITEMS = List.of(
            Item.of(Item.Kind.MASTHEAD, "General Assembly"),
            Item.of(Item.Kind.MASTHEAD, "A/66/123"),
            new Item(Item.Kind.NUMBERED, "1.", "The Committee considered the reports of the Secretary-General on the"
                    + " implementation of the programme of work for the biennium and took note of them.", 0),
            new Item(Item.Kind.NUMBERED, "2.", "The Committee recalled its earlier decisions on the matter and the"
                    + " views expressed by delegations during the general debate on this agenda item", 0),
            Item.of(Item.Kind.FOOTNOTE, "Official Records of the General Assembly, Sixty-sixth Session."),
            Item.of(Item.Kind.TABLE_ROW, "Member State\tContribution"),
            Item.of(Item.Kind.TABLE_ROW, "Australia\t1.93 per cent"),
            Item.of(Item.Kind.TABLE_ROW, "Canada\t3.21 per cent"),
            new Item(Item.Kind.NUMBERED, "3.", "The Committee decided to continue its consideration of the item.", 0),
            Item.of(Item.Kind.FOOTNOTE, "See A/66/7, para. 12."));

    public static final String BODY = """
            General Assembly
            A/66/123
            1.\tThe Committee considered the reports of the Secretary-General on the implementation of the \
            programme of work for the biennium and took note of them.
            2.\tThe Committee recalled its earlier decisions on the matter and the views expressed by delegations \
            during the general debate on this agenda item1
            Member State
            Contribution
            Australia
            1.93 per cent
            Canada
            3.21 per cent
            3.\tThe Committee decided to continue its consideration of the item.2
            1 Official Records of the General Assembly, Sixty-sixth Session.
            2 See A/66/7, para. 12.
            """;

    @Test
    void docx() throws IOException {
        Path docx = dir.resolve("a.docx");
        DocxFixture.write(docx, ITEMS, List.of(new DocxFixture.Level("decimal", "%1.", "tab")), "A/66/123");
        check(DocumentReader.read(docx, null));
    }

    /** The same document as .doc (made from the DOCX by LibreOffice: src/test/resources/doc/README.md). */
    @Test
    void doc() {
        ExtractedText t = DocumentReader.read(Path.of("src/test/resources/doc/notes-table.doc"), null);
        assertEquals("doc", t.format());
        check(t);
    }

    @Test
    void pdf() throws IOException {
        Path pdf = dir.resolve("a.pdf");
        PdfFixture.write(pdf, ITEMS, "A/66/123", "11-12345 (E)\t*1112345*", false);
        ExtractedText t = DocumentReader.read(pdf, null);
        // A PDF holds no tab: the number and its text are set apart by space only.
        assertEquals(BODY.replace('\t', ' '), t.text());
        checkHints(t);
    }

    private static void check(ExtractedText t) {
        assertEquals(BODY, t.text());
        checkHints(t);
    }

    private static void checkHints(ExtractedText t) {
        List<String> cells = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        for (BlockHint h : t.hints()) {
            String s = t.text().substring(h.span().start(), h.span().end());
            if (h.role() == BlockRole.TABLE_CELL) {
                cells.add(s);
            } else if (h.role() == BlockRole.FOOTNOTE) {
                notes.add(s);
            }
        }
        assertEquals(List.of("Member State", "Contribution", "Australia", "1.93 per cent", "Canada", "3.21 per cent"),
                cells);
        assertEquals(List.of("1 Official Records of the General Assembly, Sixty-sixth Session.", "2 See A/66/7, para. 12."),
                notes);
    }
}
