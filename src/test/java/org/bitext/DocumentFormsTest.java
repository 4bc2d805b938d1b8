package org.bitext;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.stream.Collectors;
import org.bitext.align.AlignOptions;
import org.bitext.align.Bead;
import org.bitext.align.DocumentAlignment;
import org.bitext.align.ParagraphBead;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bitext.read.DocumentReader;
import org.bitext.read.ExtractedText;
import org.bitext.read.fixture.DocxFixture;
import org.bitext.read.fixture.Item;
import org.bitext.read.fixture.PdfFixture;
import org.bitext.segment.Block;
import org.bitext.segment.BlockKind;
import org.bitext.segment.Document;
import org.bitext.segment.Paragraph;
import org.bitext.segment.Segmenter;
import org.bitext.text.Language;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * CD/1937 in every form a user has it: the shipped text files are segmented, written as UN-style PDF and
 * Word files (fixtures built here), read back through {@link Segmenter#segment(Path, Language, java.nio.charset.Charset)},
 * and must give the same paragraphs (after white-space normalisation) and the same alignment.
 */
class DocumentFormsTest {

    @TempDir
    Path dir;

    static final Path ZH = Path.of("corpus/CD-1937.zh.txt");
    static final Path EN = Path.of("corpus/CD-1937.en.txt");

    @Test
    void docxOfCd1937GivesTheParagraphsOfTheText() throws IOException {
        for (Path txt : List.of(EN, ZH)) {
            Document expected = Segmenter.segment(txt, null, null);
            Path docx = dir.resolve(txt.getFileName().toString().replace(".txt", ".docx"));
            DocxFixture.write(docx, items(expected), List.of(new DocxFixture.Level("decimal", "%1.", "tab")),
                    "CD/1937");
            assertEquals(blocks(items(expected)), blocks(DocumentReader.read(docx, null)));
            assertSameParagraphs(expected, Segmenter.segment(docx, null, null));
        }
    }

    @Test
    void pdfOfCd1937GivesTheParagraphsOfTheText() throws IOException {
        for (Path txt : List.of(EN, ZH)) {
            Document expected = Segmenter.segment(txt, null, null);
            Path pdf = dir.resolve(txt.getFileName().toString().replace(".txt", ".pdf"));
            PdfFixture.write(pdf, items(expected), "CD/1937", "GE.12-61234 (E)\t*1261234*", true);
            assertEquals(blocks(items(expected)), blocks(DocumentReader.read(pdf, null)));
            assertSameParagraphs(expected, Segmenter.segment(pdf, null, null));
        }
    }

    @Test
    void pdfAndDocxPairsAlignAsTheTextPair() throws IOException {
        Document zh = Segmenter.segment(ZH, null, null);
        Document en = Segmenter.segment(EN, null, null);
        Path zhPdf = dir.resolve("CD-1937.zh.pdf");
        Path enDocx = dir.resolve("CD-1937.en.docx");
        PdfFixture.write(zhPdf, items(zh), "CD/1937", "GE.12-61234 (C)\t*1261234*", true);
        DocxFixture.write(enDocx, items(en), List.of(new DocxFixture.Level("decimal", "%1.", "tab")), "CD/1937");
        assertEquals(goldBeads(), beads(Bitext.align(zhPdf, enDocx, AlignOptions.defaults())));
        Path enPdf = dir.resolve("CD-1937.en.pdf");
        Path zhDocx = dir.resolve("CD-1937.zh.docx");
        PdfFixture.write(enPdf, items(en), "CD/1937", "GE.12-61234 (E)\t*1261234*", true);
        DocxFixture.write(zhDocx, items(zh), List.of(new DocxFixture.Level("decimal", "%1.", "tab")), "CD/1937");
        assertEquals(goldBeads(), beads(Bitext.align(zhDocx, enPdf, AlignOptions.defaults())));
    }

    @Test
    void textAsUsersSaveItGivesTheSameParagraphsAndAlignment() throws IOException {
        // The shipped files are the hard-wrapped form; Word saved as text gives one paragraph a line, a web
        // page blank-line separated paragraphs.
        for (Path txt : List.of(EN, ZH)) {
            Document expected = Segmenter.segment(txt, null, null);
            for (String sep : List.of("\n", "\n\n")) {
                Path form = dir.resolve((sep.length() == 1 ? "lines-" : "blocks-") + txt.getFileName());
                Files.writeString(form, userText(expected, sep), StandardCharsets.UTF_8);
                assertSameParagraphs(expected, Segmenter.segment(form, null, null));
            }
        }
        assertEquals(goldBeads(), beads(Bitext.align(dir.resolve("blocks-CD-1937.zh.txt"), dir.resolve("lines-CD-1937.en.txt"),
                AlignOptions.defaults())));
    }

    /** The document's blocks and paragraphs (numbers in front) one a line, separated by {@code separator}. */
    static String userText(Document d, String separator) {
        StringBuilder b = new StringBuilder();
        for (Item i : items(d)) {
            b.append(i.label().isEmpty() ? "" : i.label() + " ").append(i.text()).append(separator);
        }
        return b.toString();
    }

    /** The gold sentence beads of paragraphs 1-24 (68 beads), as "[en]:[zh,...]" per paragraph. */
    static Map<String, Set<String>> goldBeads() throws IOException {
        Map<String, Set<String>> gold = new TreeMap<>();
        List<String> lines = Files.readAllLines(Path.of("src/test/resources/corpus/CD-1937.alignment.tsv"),
                StandardCharsets.UTF_8);
        for (String line : lines.subList(1, lines.size())) {
            String[] f = line.split("\t");
            if (!f[0].equals("0")) {
                gold.computeIfAbsent(f[0], k -> new HashSet<>()).add("[" + f[1] + "]:[" + f[2].replace(" ", "") + "]");
            }
        }
        assertEquals(24, gold.size());
        assertEquals(68, gold.values().stream().mapToInt(Set::size).sum());
        return gold;
    }

    static Map<String, Set<String>> beads(DocumentAlignment alignment) {
        Map<String, Set<String>> test = new TreeMap<>();
        for (ParagraphBead p : alignment.paragraphs()) {
            if (!p.label().matches("[1-9]\\d*")) { // numbered paragraphs; front matter is "0"
                continue;
            }
            Set<String> beads = new HashSet<>();
            for (Bead b : p.sentences()) {
                beads.add(b.src().stream().map(x -> Integer.toString(x + 1)).collect(Collectors.joining(",", "[", "]"))
                        + ":" + b.tgt().stream().map(x -> Integer.toString(x + 1)).collect(Collectors.joining(",", "[", "]")));
            }
            test.put(p.label(), beads);
        }
        return test;
    }

    /** The text's blocks as fixture items: the header block as masthead lines, numbered paragraphs by number. */
    static List<Item> items(Document d) {
        List<Item> items = new ArrayList<>();
        for (Block b : d.frontMatter()) {
            String text = d.text().substring(b.span().start(), b.span().end());
            if (b.kind() == BlockKind.HEADER) {
                for (String line : mastheadLines(text)) {
                    items.add(Item.of(Item.Kind.MASTHEAD, line));
                }
            } else {
                items.add(Item.of(Item.Kind.PARAGRAPH, text));
            }
        }
        for (Paragraph p : d.paragraphs()) {
            String text = d.text().substring(p.span().start(), p.span().end());
            items.add(p.number() == null ? Item.of(Item.Kind.PARAGRAPH, text)
                    : new Item(Item.Kind.NUMBERED, p.number() + ".", text, 0));
        }
        return items;
    }

    private static final Pattern SYMBOL = Pattern.compile("\\s*\\b([A-Z]{1,6}(/[A-Z0-9][A-Za-z0-9.\\-]*)+)\\s*");

    /** "Conference on Disarmament CD/1937 24 August 2012" as its three masthead lines. */
    static List<String> mastheadLines(String header) {
        Matcher m = SYMBOL.matcher(header);
        List<String> lines = new ArrayList<>();
        if (m.find()) {
            lines.add(header.substring(0, m.start()));
            lines.add(m.group(1));
            lines.add(header.substring(m.end()));
        } else {
            lines.add(header);
        }
        lines.removeIf(String::isBlank);
        return lines;
    }

    /** What the reader must give: one block a line, the label in front of its text. */
    static List<String> blocks(List<Item> items) {
        List<String> out = new ArrayList<>();
        for (Item i : items) {
            out.add(normal(i.label().isEmpty() ? i.text() : i.text().isEmpty() ? i.label() : i.label() + " " + i.text()));
        }
        return out;
    }

    /** The reader's blocks, one a line (the running header, page numbers and job number must not be there). */
    static List<String> blocks(ExtractedText t) {
        List<String> out = new ArrayList<>();
        for (String line : t.text().split("\n")) {
            out.add(normal(line));
        }
        return out;
    }

    static void assertSameParagraphs(Document expected, Document actual) {
        assertEquals(paragraphs(expected), paragraphs(actual), actual.id());
        assertEquals(frontMatterText(expected), frontMatterText(actual), actual.id());
    }

    private static List<String> paragraphs(Document d) {
        List<String> out = new ArrayList<>();
        for (Paragraph p : d.paragraphs()) {
            out.add(p.label() + " | " + normal(d.text().substring(p.span().start(), p.span().end())));
        }
        return out;
    }

    private static String frontMatterText(Document d) {
        StringBuilder b = new StringBuilder();
        for (Block block : d.frontMatter()) {
            b.append(d.text(), block.span().start(), block.span().end()).append(' ');
        }
        return normal(b.toString());
    }

    /** White space collapsed, and dropped next to Han (PDF line breaks and spacing differ there). */
    static String normal(String s) {
        return s.replaceAll("\\s+", " ").replaceAll(" ?([\\u2E80-\\uFFEF]) ?", "$1").strip();
    }
}
