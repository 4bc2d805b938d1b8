package org.bitext.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.EncryptedDocumentException;
import org.apache.poi.hwpf.HWPFDocument;
import org.apache.poi.hwpf.model.ListLevel;
import org.apache.poi.hwpf.model.ListTables;
import org.apache.poi.hwpf.usermodel.Paragraph;
import org.apache.poi.hwpf.usermodel.Range;
import org.bitext.text.BadInputException;

/**
 * Reads a legacy Word .doc (Apache POI HWPF) one block a line: paragraphs in order, heading styles as
 * HEADING, table cells one a line (TABLE_CELL), footnotes after the body (FOOTNOTE), and list numbers
 * where the list tables give them (start, number text with level placeholders, number format). Field codes
 * are dropped and their results kept; a footnote reference shows the note's number. Not read: custom
 * footnote marks, list-number overrides (LFO level overrides), text boxes, headers and footers.
 */
final class DocReader {

    /** Word's number format codes (nfc) for the formats {@link NumberFormats} renders. */
    private static final Map<Integer, String> NFC = Map.ofEntries(Map.entry(0, "decimal"),
            Map.entry(1, "upperRoman"), Map.entry(2, "lowerRoman"), Map.entry(3, "upperLetter"),
            Map.entry(4, "lowerLetter"), Map.entry(5, "ordinal"), Map.entry(14, "decimalFullWidth"),
            Map.entry(18, "decimalEnclosedCircle"), Map.entry(22, "decimalZero"), Map.entry(23, "bullet"),
            Map.entry(30, "ideographTraditional"), Map.entry(31, "ideographZodiac"),
            Map.entry(33, "taiwaneseCounting"), Map.entry(37, "chineseCounting"),
            Map.entry(38, "chineseLegalSimplified"), Map.entry(39, "chineseCountingThousand"),
            Map.entry(255, "none"));

    private DocReader() {
    }

    static ExtractedText read(Path file) {
        HWPFDocument doc;
        try (InputStream in = Files.newInputStream(file)) {
            doc = new HWPFDocument(in);
        } catch (EncryptedDocumentException e) {
            throw new BadInputException(file, "a password-protected Word file; save it without a password first", e);
        } catch (IOException | RuntimeException e) {
            throw new BadInputException(file, "a damaged legacy Word (.doc) file: " + e.getMessage(), e);
        }
        BlockWriter out = new BlockWriter();
        Map<Integer, ListCounters> counters = new HashMap<>();
        Range range = doc.getRange();
        StringBuilder cell = new StringBuilder();
        int[] notesSeen = {0};
        for (int i = 0; i < range.numParagraphs(); i++) {
            Paragraph p = range.getParagraph(i);
            String text = clean(p.text(), notesSeen);
            if (p.isInTable()) {
                if (p.isTableRowEnd()) {
                    continue; // the row-end mark holds no text
                }
                // A cell's last paragraph ends with the cell mark (U+0007).
                if (!cell.isEmpty()) {
                    cell.append(' ');
                }
                cell.append(text);
                if (p.text().indexOf('\u0007') >= 0) {
                    out.block(cell.toString(), BlockRole.TABLE_CELL, 0);
                    cell.setLength(0);
                }
                continue;
            }
            int heading = headingLevel(doc, p);
            BlockRole role = heading > 0 ? BlockRole.HEADING : null;
            String label = p.isInList() ? label(doc.getListTables(), p, counters) : null;
            if (label != null && !label.isEmpty()) {
                // A numbered paragraph without text still shows its number ("Article 3" made by numbering).
                out.numbered(label, BlockWriter.oneLine(text).isEmpty() ? "" : "\t", text, role, heading);
            } else {
                out.block(text, role, heading);
            }
        }
        Range notes = doc.getFootnoteRange();
        int n = 0;
        for (int i = 0; i < notes.numParagraphs(); i++) {
            String text = BlockWriter.oneLine(clean(notes.getParagraph(i).text(), null));
            if (!text.isEmpty()) {
                out.footnote(++n + " " + text);
            }
        }
        if (out.isEmpty()) {
            throw new BadInputException(file, "no text in the Word document");
        }
        return out.build(file, "doc");
    }

    private static String label(ListTables lists, Paragraph p, Map<Integer, ListCounters> counters) {
        try {
            int ilvl = p.getIlvl();
            int lsid = lists.getLfo(p.getIlfo()).getLsid();
            ListCounters.Level[] levels = new ListCounters.Level[ListCounters.LEVELS];
            for (int k = 0; k < ListCounters.LEVELS; k++) {
                ListLevel l = lists.getLevel(lsid, k);
                if (l != null) {
                    levels[k] = new ListCounters.Level(l.getStartAt(), NFC.getOrDefault(l.getNumberFormat(), "decimal"),
                            placeholders(l.getNumberText()), l.getRestart() == 0 ? -1 : l.getRestart(), false, "\t");
                }
            }
            if (ilvl < 0 || ilvl >= ListCounters.LEVELS || levels[ilvl] == null
                    || !NumberFormats.isNumber(levels[ilvl].numFmt())) {
                return null;
            }
            return counters.computeIfAbsent(lsid, k -> new ListCounters()).next(ilvl, levels);
        } catch (RuntimeException e) {
            return null; // a list HWPF cannot resolve shows no number rather than a wrong one
        }
    }

    /** HWPF's number text holds level placeholders as characters 0-8; DOCX writes them "%1"-"%9". */
    private static String placeholders(String numberText) {
        if (numberText == null) {
            return null;
        }
        StringBuilder b = new StringBuilder();
        for (int i = 0; i < numberText.length(); i++) {
            char c = numberText.charAt(i);
            if (c < 9) {
                b.append('%').append((char) ('1' + c));
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    private static int headingLevel(HWPFDocument doc, Paragraph p) {
        var style = doc.getStyleSheet().getStyleDescription(p.getStyleIndex());
        String name = style == null || style.getName() == null ? "" : style.getName().toLowerCase(Locale.ROOT);
        if (name.startsWith("heading ") && name.length() == "heading ".length() + 1
                && Character.isDigit(name.charAt(name.length() - 1))) {
            return name.charAt(name.length() - 1) - '0';
        }
        return 0;
    }

    /**
     * Drops field codes (between U+0013 and U+0014, keeping the result up to U+0015) and object marks; an
     * automatically numbered footnote reference (U+0002) in the body becomes the note's number, as Word
     * shows it ({@code notesSeen} counts them; null in the notes themselves, whose own mark is dropped).
     */
    static String clean(String s, int[] notesSeen) {
        StringBuilder b = new StringBuilder(s.length());
        int depth = 0;
        boolean code = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == '\u0013') {
                depth++;
                code = true;
            } else if (c == '\u0014') {
                code = false;
            } else if (c == '\u0015') {
                depth = Math.max(0, depth - 1);
                code = false;
            } else if (!(code && depth > 0)) {
                if (c == '\u0002' && notesSeen != null) {
                    b.append(++notesSeen[0]);
                    continue;
                }
                if (c == '\u0002' || c == '\u0001' || c == '\u0008') {
                    continue; // a note's own mark, picture, drawn object anchors
                }
                b.append(c == '\u0007' || c == '\r' || c == '\u000B' || c == '\u000C' ? ' ' : c);
            }
        }
        return b.toString();
    }
}
