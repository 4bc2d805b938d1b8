package org.bitext.format;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.ParserConfigurationException;
import javax.xml.parsers.SAXParserFactory;
import org.bitext.align.AlignedPair;
import org.bitext.align.Level;
import org.bitext.text.BadInputException;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXException;
import org.xml.sax.SAXParseException;
import org.xml.sax.XMLReader;

class TmxTest {

    private static List<AlignedPair> gold;

    @TempDir
    Path dir;

    @BeforeAll
    static void loadGold() throws IOException {
        gold = GoldPairs.load();
    }

    /** Validates {@code tmx} against the TMX 1.4b DTD shipped as a test resource; throws on any error. */
    static void validate(Path tmx) throws IOException, SAXException, ParserConfigurationException {
        SAXParserFactory f = SAXParserFactory.newInstance();
        f.setValidating(true);
        f.setNamespaceAware(false);
        XMLReader reader = f.newSAXParser().getXMLReader();
        reader.setEntityResolver((publicId, systemId) -> {
            if (systemId == null || !systemId.endsWith("tmx14.dtd")) {
                throw new SAXException("unexpected external entity " + systemId);
            }
            InputStream dtd = TmxTest.class.getResourceAsStream("tmx14.dtd");
            if (dtd == null) {
                throw new SAXException("missing test resource org/bitext/format/tmx14.dtd");
            }
            InputSource src = new InputSource(dtd);
            src.setSystemId(systemId);
            return src;
        });
        reader.setErrorHandler(new ErrorHandler() {
            @Override
            public void warning(SAXParseException e) {
                // warnings (e.g. about the DTD itself) do not make a document invalid
            }

            @Override
            public void error(SAXParseException e) throws SAXException {
                throw e;
            }

            @Override
            public void fatalError(SAXParseException e) throws SAXException {
                throw e;
            }
        });
        reader.parse(new InputSource(tmx.toUri().toString()));
    }

    private List<AlignedPair> withOneSided() {
        List<AlignedPair> pairs = new ArrayList<>(gold);
        pairs.add(3, new AlignedPair("CD-1937", Level.SENTENCE, "0", 7, "English only.", "", 0.5));
        pairs.add(new AlignedPair("CD-1937", Level.SENTENCE, "24", 9, "", "只有中文。", 0.4));
        return pairs;
    }

    @Test
    void goldAlignmentOfCd1937ValidatesAgainstTheTmx14Dtd() throws Exception {
        Path tmx = dir.resolve("CD-1937.tmx");
        Tmx.Report report = Tmx.write(withOneSided(), Level.SENTENCE, 0.8, tmx);
        assertEquals(gold.size(), report.written());
        assertEquals(2, report.oneSided().size());
        assertEquals("English only.", report.oneSided().get(0).en());
        assertEquals(List.of(), report.warnings());
        validate(tmx);

        String xml = Files.readString(tmx, StandardCharsets.UTF_8);
        assertTrue(xml.contains("creationtool=\"bitext\"") && xml.contains("segtype=\"sentence\"")
                && xml.contains("srclang=\"en\"") && xml.contains("datatype=\"plaintext\"")
                && xml.contains("adminlang=\"en\"") && xml.contains("o-tmf=\""), xml.substring(0, 400));
        assertEquals(gold.size(), count(xml, "<tuv xml:lang=\"zh-CN\">"));
        assertEquals(gold.size(), count(xml, "<tuv xml:lang=\"en\">"));
        assertFalse(xml.contains("English only.") || xml.contains("只有中文"));
        long weak = gold.stream().filter(p -> p.confidence() < 0.8).count();
        assertTrue(weak > 0);
        assertEquals(weak, count(xml, "<prop type=\"x-review\">yes</prop>"));
        assertTrue(xml.contains("<seg>我们坚决促进《不扩散条约》的普遍加入"), "Chinese is written as text");
    }

    @Test
    void validatorRejectsAnInvalidTmx() throws IOException {
        // Proves the validation above can fail: a tu without tuv and a header without srclang are invalid.
        Path bad = dir.resolve("bad.tmx");
        Files.writeString(bad, "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n" + Tmx.DOCTYPE + "\n<tmx version=\"1.4\">"
                + "<header creationtool=\"x\" creationtoolversion=\"1\" segtype=\"sentence\" o-tmf=\"x\""
                + " adminlang=\"en\" datatype=\"plaintext\"/><body><tu></tu></body></tmx>\n", StandardCharsets.UTF_8);
        assertThrows(SAXParseException.class, () -> validate(bad));
    }

    @Test
    void paragraphLevelTmxValidatesAndRoundTrips() throws Exception {
        List<AlignedPair> paragraphs = List.of(
                new AlignedPair("CD-1937", Level.PARAGRAPH, "1", 1, gold.get(6).en(), gold.get(6).zh(), 0.97),
                new AlignedPair("CD-1937", Level.PARAGRAPH, "2", 1, "A & B < C > \"D\" 'E'", "甲＆乙 <丙>", 1.0));
        Path tmx = dir.resolve("p.tmx");
        Tmx.write(paragraphs, Level.PARAGRAPH, 0.0, tmx);
        validate(tmx);
        assertTrue(Files.readString(tmx, StandardCharsets.UTF_8).contains("segtype=\"paragraph\""));
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        Tmx.write(paragraphs, Level.PARAGRAPH, 0.0, bytes);
        assertEquals(Files.readString(tmx, StandardCharsets.UTF_8), bytes.toString(StandardCharsets.UTF_8));
        assertEquals(paragraphs, Tmx.read(tmx));
    }

    @Test
    void roundTripGivesTheSamePairs() throws IOException {
        Path tmx = dir.resolve("rt.tmx");
        Tmx.write(withOneSided(), Level.SENTENCE, 0.8, tmx);
        assertEquals(gold, Tmx.read(tmx));
        List<String> warnings = new ArrayList<>();
        assertEquals(gold, Tmx.read(tmx, warnings));
        assertEquals(List.of(), warnings);
    }

    @Test
    void xmlForbiddenCharactersAreReplacedAndReported() throws Exception {
        List<AlignedPair> pairs = List.of(new AlignedPair("D", Level.SENTENCE, "3", 1, "Bell\u0007 here.\r\nNext",
                "响铃\u0007。\uD800", 0.9));
        StringWriter w = new StringWriter();
        Tmx.Report r = Tmx.write(pairs, Level.SENTENCE, 0.5, w);
        assertEquals(1, r.warnings().size(), r.warnings().toString());
        assertTrue(r.warnings().get(0).contains("paragraph 3"), r.warnings().get(0));
        Path tmx = dir.resolve("ctl.tmx");
        Files.writeString(tmx, w.toString(), StandardCharsets.UTF_8);
        validate(tmx);
        AlignedPair back = Tmx.read(tmx).get(0);
        assertEquals("Bell\uFFFD here.\r\nNext", back.en());
        assertEquals("响铃\uFFFD。\uFFFD", back.zh());
    }

    private static int count(String s, String needle) {
        int n = 0;
        for (int i = s.indexOf(needle); i >= 0; i = s.indexOf(needle, i + 1)) {
            n++;
        }
        return n;
    }

    // --- hostile input ------------------------------------------------------------------------------

    private Path file(String name, String content) throws IOException {
        Path p = dir.resolve(name);
        Files.writeString(p, content, StandardCharsets.UTF_8);
        return p;
    }

    private static final String HEAD = "<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<tmx version=\"1.4\">\n"
            + "<header creationtool=\"t\" creationtoolversion=\"1\" segtype=\"sentence\" o-tmf=\"t\" adminlang=\"en\""
            + " srclang=\"en\" datatype=\"plaintext\"/>\n<body>\n";

    private static BadInputException bad(Path p) {
        return assertThrows(BadInputException.class, () -> Tmx.read(p));
    }

    @Test
    void truncatedFileIsBadInputNamingFileAndLine() throws IOException {
        Path full = dir.resolve("full.tmx");
        Tmx.write(gold, Level.SENTENCE, 0, full);
        String xml = Files.readString(full, StandardCharsets.UTF_8);
        Path cut = file("cut.tmx", xml.substring(0, xml.length() / 2));
        BadInputException e = bad(cut);
        assertEquals(cut, e.file());
        assertTrue(e.getMessage().startsWith(cut + ": line "), e.getMessage());
        assertTrue(e.getMessage().contains("malformed"), e.getMessage());
    }

    @Test
    void badXmlMissingLangAndOneSidedUnits() throws IOException {
        BadInputException e = bad(file("tags.tmx", HEAD + "<tu><tuv xml:lang=\"en\"><seg>a</tuv></tu></body></tmx>"));
        assertTrue(e.getMessage().contains("line 5:"), e.getMessage());

        e = bad(file("nolang.tmx", HEAD + "<tu>\n<tuv><seg>a</seg></tuv>\n<tuv xml:lang=\"zh\"><seg>甲</seg></tuv></tu>"
                + "</body></tmx>"));
        assertTrue(e.getMessage().contains("line 6:") && e.getMessage().contains("xml:lang"), e.getMessage());

        Path oneTuv = file("one.tmx", HEAD + "<tu><tuv xml:lang=\"en-GB\"><seg>Alone</seg></tuv></tu>\n"
                + "<tu><tuv xml:lang=\"EN-US\"><seg>Press <bpt i=\"1\">&lt;b&gt;</bpt>OK<ept i=\"1\">&lt;/b&gt;</ept>"
                + "</seg></tuv><tuv xml:lang=\"zh-TW\"><seg>按<ph>&lt;br/&gt;</ph>確定</seg></tuv></tu></body></tmx>");
        e = bad(oneTuv);
        assertTrue(e.getMessage().contains("line 5:") && e.getMessage().contains("no Chinese"), e.getMessage());
        List<String> warnings = new ArrayList<>();
        List<AlignedPair> pairs = Tmx.read(oneTuv, warnings);
        assertEquals(1, pairs.size());
        assertEquals("Press OK", pairs.get(0).en());
        assertEquals("按確定", pairs.get(0).zh());
        assertEquals("one", pairs.get(0).document());
        assertEquals("2", pairs.get(0).paragraph());
        assertEquals(1, warnings.size());
        assertTrue(warnings.get(0).contains("line 5:"), warnings.get(0));
    }

    @Test
    void notTmxEmptyMissingAndHostileEntities() throws IOException {
        assertTrue(bad(file("page.tmx", "<html><body/></html>")).getMessage().contains("not a TMX file"));
        assertTrue(bad(file("empty.tmx", "")).getMessage().contains("malformed"));
        assertTrue(bad(dir.resolve("absent.tmx")).getMessage().contains("not found"));
        assertEquals(List.of(), Tmx.read(file("none.tmx", HEAD + "</body></tmx>")));
        // An external entity must never be fetched into the text (XXE), nor an entity bomb expanded.
        Path secret = file("secret.txt", "TOP SECRET");
        Path xxe = file("xxe.tmx", "<?xml version=\"1.0\"?>\n<!DOCTYPE tmx [<!ENTITY x SYSTEM \"" + secret.toUri()
                + "\">]>\n<tmx version=\"1.4\"><body><tu><tuv xml:lang=\"en\"><seg>&x;</seg></tuv>"
                + "<tuv xml:lang=\"zh\"><seg>甲</seg></tuv></tu></body></tmx>");
        BadInputException e = bad(xxe);
        assertFalse(e.getMessage().contains("TOP SECRET"));
        Path badConfidence = file("conf.tmx", HEAD + "<tu><prop type=\"x-confidence\">1.5</prop>"
                + "<tuv xml:lang=\"en\"><seg>a</seg></tuv><tuv xml:lang=\"zh\"><seg>甲</seg></tuv></tu></body></tmx>");
        assertTrue(bad(badConfidence).getMessage().contains("x-confidence"));
    }
}
