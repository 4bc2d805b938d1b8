package org.bitext.terms;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import javax.xml.XMLConstants;
import javax.xml.parsers.DocumentBuilder;
import javax.xml.parsers.DocumentBuilderFactory;
import org.bitext.Bitext;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

/** CSV, TSV and TBX files and the term table, written by the job on the CD/1937 pairs and read back. */
class TermOutputTest {

    private static TermsReport run(Path dir, String output) {
        TermsOptions options = new TermsOptions(null, dir.resolve("index"), dir.resolve(output), 2, 60, null, 0.5);
        return Bitext.extractTerms(options, GoldUnits.source(), m -> { });
    }

    @Test
    void csvHasBomHeaderAndRfc4180Quoting(@TempDir Path dir) throws IOException {
        TermsReport report = run(dir, "terms.csv");
        byte[] bytes = Files.readAllBytes(dir.resolve("terms.csv"));
        assertArrayEquals(new byte[] {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF}, Arrays.copyOf(bytes, 3));
        String text = new String(bytes, 3, bytes.length - 3, StandardCharsets.UTF_8);
        assertTrue(text.startsWith("zh,en,kind,frequency,score,method,confidence,examples,zh_context,en_context\r\n"));
        // Context sentences hold commas and quotes, so they must be quoted with doubled quotes.
        assertTrue(text.contains(",\"We, the Foreign Ministers of Australia, Canada,"), text.substring(0, 400));
        List<String> records = parseCsv(text);
        assertEquals(1 + report.terms().size(), records.size() / 10);
        assertEquals(report.terms().get(0).pair().zh(), records.get(10));
        // The kind in words, and the Chinese contexts as written: full-width commas stay full-width.
        for (int r = 1; r < records.size() / 10; r++) {
            assertTrue(List.of("term", "acronym", "abbreviation", "full form").contains(records.get(r * 10 + 2)),
                    records.get(r * 10 + 2));
        }
        long fullWidth = text.chars().filter(c -> c == '，').count();
        assertTrue(fullWidth > 0, "no full-width comma in the contexts");
    }

    @Test
    void tsvHasNoBomAndOneLinePerPair(@TempDir Path dir) throws IOException {
        TermsReport report = run(dir, "terms.tsv");
        List<String> lines = Files.readAllLines(dir.resolve("terms.tsv"), StandardCharsets.UTF_8);
        assertFalse(lines.get(0).startsWith("\uFEFF"));
        assertEquals(report.terms().size() + 1, lines.size());
        for (String line : lines) {
            assertEquals(10, line.split("\t", -1).length, line);
        }
    }

    @Test
    void tbxIsWellFormedTbxBasic(@TempDir Path dir) throws Exception {
        TermsReport report = run(dir, "terms.tbx");
        DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
        f.setNamespaceAware(true);
        f.setFeature(XMLConstants.FEATURE_SECURE_PROCESSING, true);
        DocumentBuilder b = f.newDocumentBuilder();
        Document doc = b.parse(dir.resolve("terms.tbx").toFile());
        Element root = doc.getDocumentElement();
        assertEquals("tbx", root.getLocalName());
        assertEquals("urn:iso:std:iso:30042:ed-2", root.getNamespaceURI());
        assertEquals("TBX-Basic", root.getAttribute("type"));
        NodeList concepts = doc.getElementsByTagNameNS("*", "conceptEntry");
        assertEquals(report.terms().size(), concepts.getLength());
        boolean sawFmct = false;
        for (int i = 0; i < concepts.getLength(); i++) {
            Element c = (Element) concepts.item(i);
            NodeList langs = c.getElementsByTagNameNS("*", "langSec");
            assertEquals(2, langs.getLength());
            assertEquals("zh", ((Element) langs.item(0)).getAttributeNS(XMLConstants.XML_NS_URI, "lang"));
            assertEquals("en", ((Element) langs.item(1)).getAttributeNS(XMLConstants.XML_NS_URI, "lang"));
            for (int l = 0; l < 2; l++) {
                Element termSec = (Element) ((Element) langs.item(l)).getElementsByTagNameNS("*", "termSec").item(0);
                String term = termSec.getElementsByTagNameNS("*", "term").item(0).getTextContent();
                Element note = (Element) termSec.getElementsByTagNameNS("*", "termNote").item(0);
                String kind = report.terms().get(i).pair().kind().name();
                if (kind.equals("TERM")) {
                    // A plain term has no termType: TBX-Basic's values all name a form of another term.
                    assertEquals(null, note, term);
                    continue;
                }
                assertEquals("termType", note.getAttribute("type"));
                assertTrue(List.of("fullForm", "acronym", "abbreviation").contains(note.getTextContent()));
                Element context = (Element) termSec.getElementsByTagNameNS("*", "descrip").item(0);
                assertEquals("context", context.getAttribute("type"));
                assertFalse(context.getTextContent().isBlank());
                if (term.equals("FMCT")) {
                    sawFmct = true;
                    assertEquals("acronym", note.getTextContent());
                    assertTrue(context.getTextContent().contains("(FMCT)"));
                }
                if (term.equals("禁产条约")) {
                    assertEquals("abbreviation", note.getTextContent());
                }
            }
        }
        assertTrue(sawFmct);
    }

    @Test
    void termTableIsStoredInTheIndexFolderForSearch(@TempDir Path dir) {
        TermsReport report = run(dir, "terms.tsv");
        assertEquals(dir.resolve("index").resolve(TermTable.FILE_NAME), report.table());
        Optional<TermTable> table = TermTable.readFrom(dir.resolve("index"));
        assertTrue(table.isPresent());
        assertEquals(60, table.get().pairs().size());
        assertEquals("FMCT", table.get().byZh("禁产条约").get(0).en());
        assertEquals("禁产条约", table.get().byEn("fmct").get(0).zh());
    }

    /** A minimal RFC 4180 reader (test only) returning all fields in order. */
    private static List<String> parseCsv(String text) {
        List<String> fields = new java.util.ArrayList<>();
        StringBuilder f = new StringBuilder();
        boolean quoted = false;
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (quoted) {
                if (c == '"' && i + 1 < text.length() && text.charAt(i + 1) == '"') {
                    f.append('"');
                    i++;
                } else if (c == '"') {
                    quoted = false;
                } else {
                    f.append(c);
                }
            } else if (c == '"') {
                quoted = true;
            } else if (c == ',') {
                fields.add(f.toString());
                f.setLength(0);
            } else if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
                fields.add(f.toString());
                f.setLength(0);
                i++;
            } else {
                f.append(c);
            }
        }
        return fields;
    }
}
