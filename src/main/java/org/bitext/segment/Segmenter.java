package org.bitext.segment;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bitext.read.DocumentReader;
import org.bitext.read.ExtractedText;
import org.bitext.text.DocumentNames;
import org.bitext.text.Language;
import org.bitext.text.Span;
import org.bitext.text.TextLoader;

/**
 * Segments a UN document extracted from PDF into a {@link Document}: removes page furniture, finds the
 * front matter and the numbered paragraphs (or, without numbers, the paragraphs), unwraps hard-wrapped
 * lines and splits sentences. Footnotes found at page breaks follow the body as unnumbered paragraphs.
 * Stateless and thread-safe.
 */
public final class Segmenter {

    private Segmenter() {
    }

    /**
     * Reads (PDF, Word or text, by content: {@link DocumentReader}) and segments {@code file}; the language
     * is detected by script when null. The readers' warnings (an extension that lies) are kept.
     */
    public static Document segment(Path file, Language languageOrNull, Charset encodingOrNull) {
        ExtractedText read = DocumentReader.read(file, encodingOrNull);
        Document d = segment(DocumentNames.of(file), read.text(), languageOrNull);
        if (read.warnings().isEmpty()) {
            return d;
        }
        List<String> warnings = new ArrayList<>(read.warnings());
        warnings.addAll(d.warnings());
        return new Document(d.id(), d.language(), d.text(), d.frontMatter(), d.paragraphs(), warnings);
    }

    /** Segments already decoded text (LF line ends). */
    public static Document segment(String id, String text, Language languageOrNull) {
        Language language = languageOrNull != null ? languageOrNull : TextLoader.detectLanguage(text);
        SegmentRules rules = SegmentRules.get();
        Footnotes.Split split = Footnotes.split(text, LineScanner.scan(text, language == Language.ZH), rules);
        List<Line> lines = split.text();
        Layout layout = new Layout(text, lines);
        FrontMatter frontMatter = new FrontMatter(layout, rules);
        int bodyStart = firstParagraph(lines);
        List<String> warnings = new ArrayList<>();
        TextAssembler out = new TextAssembler(text, language == Language.ZH);
        SentenceSplitter splitter = SentenceSplitter.forLanguage(language);
        List<Block> blocks = new ArrayList<>();
        List<Paragraph> paragraphs = new ArrayList<>();

        List<FrontMatter.Piece> pieces;
        List<Line> body;
        if (bodyStart >= 0) {
            pieces = frontMatter.pieces(lines.subList(0, bodyStart));
            body = withoutSymbols(lines.subList(bodyStart, lines.size()), rules);
        } else {
            int end = unnumberedFrontMatterEnd(lines, layout, frontMatter);
            pieces = frontMatter.pieces(lines.subList(0, end));
            body = withoutSymbols(lines.subList(end, lines.size()), rules);
            if (!body.isEmpty()) {
                warnings.add("no numbered paragraphs found; segmented into unnumbered paragraphs");
            }
        }
        for (FrontMatter.Piece piece : pieces) {
            Span span = out.appendJoined(piece.lines(), piece.lines().get(0).start(), piece.lineBreaksAreSpaces());
            List<Span> sentences = new ArrayList<>();
            if (piece.kind() == BlockKind.LETTER || piece.kind() == BlockKind.OTHER) {
                splitter.split(out.buffer(), span.start(), span.end(), sentences);
            } else {
                SentenceSplitter.addTrimmed(out.buffer(), span.start(), span.end(), sentences);
            }
            blocks.add(new Block(piece.kind(), span, toSentences(sentences)));
            out.appendRaw("\n\n");
        }
        if (bodyStart >= 0) {
            numbered(body, layout, out, splitter, paragraphs, warnings);
        } else {
            for (List<Line> group : layout.group(body)) {
                paragraphs.add(paragraph(null, group, group.get(0).start(), out, splitter));
            }
        }
        for (List<Line> note : split.notes()) {
            paragraphs.add(paragraph(null, note, note.get(0).start(), out, splitter));
        }
        if (blocks.isEmpty() && paragraphs.isEmpty()) {
            warnings.add(PAGE_FURNITURE_ONLY);
        }
        return new Document(id, language, out.text(), blocks, paragraphs, warnings);
    }

    /** The warning of a document whose every line was page furniture: it has text, but none to align. */
    public static final String PAGE_FURNITURE_ONLY = "only page furniture (document symbols, page numbers, job"
            + " numbers, language lines) and no text";

    private static void numbered(List<Line> body, Layout layout, TextAssembler out, SentenceSplitter splitter,
            List<Paragraph> paragraphs, List<String> warnings) {
        int current = body.get(0).number();
        List<Line> group = new ArrayList<>();
        group.add(body.get(0));
        for (int i = 1; i < body.size(); i++) {
            Line line = body.get(i);
            int n = line.number();
            boolean starts = n == current + 1;
            if (!starts && n >= 0 && layout.endsClause(body.get(i - 1))) {
                // Out-of-sequence numbers start a paragraph only after a sentence end: a skip of a few
                // numbers or a repeat is a numbering slip, anything else is text that begins with a number.
                if (n > current + 1 && n <= current + 4) {
                    warnings.add("paragraph numbering skips from " + current + " to " + n);
                    starts = true;
                } else if (n == current) {
                    warnings.add("paragraph number " + n + " is repeated");
                    starts = true;
                }
            }
            if (!starts && n >= 0 && n < current && layout.endsClause(body.get(i - 1))) {
                // A number that goes back (1, 2, 5, 4): kept as text of the paragraph before, but said.
                warnings.add("paragraph number " + n + ". after paragraph " + current + " is out of order; its text"
                        + " is kept in paragraph " + current);
            }
            if (starts) {
                flush(group, current, layout, out, splitter, paragraphs);
                group = new ArrayList<>();
                current = n;
            }
            group.add(line);
        }
        flush(group, current, layout, out, splitter, paragraphs);
    }

    /** Emits a numbered paragraph, splitting off trailing heading lines as unnumbered paragraphs. */
    private static void flush(List<Line> group, int number, Layout layout, TextAssembler out,
            SentenceSplitter splitter, List<Paragraph> paragraphs) {
        int cut = group.size();
        while (cut > 1 && isHeading(group.get(cut - 1), layout) && layout.endsSentence(group.get(cut - 2))) {
            cut--;
        }
        // Only the lines after the last sentence end can be headings, and all of them must look like one.
        for (int k = cut; k < group.size(); k++) {
            if (!isHeading(group.get(k), layout)) {
                cut = group.size();
                break;
            }
        }
        Line first = group.get(0);
        out.appendVerbatim(first.start(), labelEnd(out, first));
        out.appendRaw(" ");
        paragraphs.add(paragraph(number, group.subList(0, cut), first.bodyStart(), out, splitter));
        for (Line heading : group.subList(cut, group.size())) {
            paragraphs.add(paragraph(null, List.of(heading), heading.start(), out, splitter));
        }
    }

    private static int labelEnd(TextAssembler out, Line first) {
        int e = first.bodyStart();
        while (e > first.start() && LineScanner.isSpace(out.source().charAt(e - 1))) {
            e--;
        }
        return e;
    }

    /** A short line that ends no clause and holds a word ("B. Nuclear testing"; not a lone quote mark). */
    private static boolean isHeading(Line line, Layout layout) {
        if (!layout.isShort(line) || layout.endsClause(line) || line.number() >= 0) {
            return false;
        }
        for (int i = line.start(); i < line.end(); i++) {
            if (Character.isLetter(layout.source.charAt(i))) {
                return true;
            }
        }
        return false;
    }

    private static Paragraph paragraph(Integer number, List<Line> lines, int firstStart, TextAssembler out,
            SentenceSplitter splitter) {
        Span span = out.appendJoined(lines, firstStart, false);
        List<Span> sentences = new ArrayList<>();
        splitter.split(out.buffer(), span.start(), span.end(), sentences);
        out.appendRaw("\n\n");
        return new Paragraph(number, span, toSentences(sentences));
    }

    private static List<Sentence> toSentences(List<Span> spans) {
        List<Sentence> out = new ArrayList<>(spans.size());
        for (Span s : spans) {
            out.add(new Sentence(s));
        }
        return out;
    }

    /** Candidate "1." lines examined; the body starts at the one followed by the longest 1, 2, 3 ... run. */
    private static final int MAX_FIRST_CANDIDATES = 20;

    /**
     * Index of the line starting paragraph 1, or -1: of the "1." lines, the one after which the numbers
     * 2, 3, ... run longest (a numbered list in a covering letter loses to the statement's 24 paragraphs).
     */
    private static int firstParagraph(List<Line> lines) {
        int best = -1;
        int bestRun = 0;
        int candidates = 0;
        for (int i = 0; i < lines.size() && candidates < MAX_FIRST_CANDIDATES; i++) {
            if (lines.get(i).number() != 1) {
                continue;
            }
            candidates++;
            int run = 1;
            for (int j = i + 1; j < lines.size(); j++) {
                int n = lines.get(j).number();
                if (n == run + 1) {
                    run++;
                } else if (n == 1) {
                    break; // the next candidate starts here
                }
            }
            if (run > bestRun) {
                best = i;
                bestRun = run;
            }
        }
        return best;
    }

    /**
     * Without numbered paragraphs, the front matter is the header and the title-like blocks after it: up to
     * eight leading blocks of at most three lines that do not end with a sentence.
     */
    private static int unnumberedFrontMatterEnd(List<Line> lines, Layout layout, FrontMatter frontMatter) {
        int end = 0;
        int seen = 0;
        int anchor = frontMatter.headerAnchor(lines);
        for (List<Line> block : layout.group(lines)) {
            Line last = block.get(block.size() - 1);
            boolean header = anchor >= 0 && block.contains(lines.get(anchor));
            if (!header && (block.size() > 3 || layout.endsSentence(last) || ++seen > 8)) {
                break;
            }
            end += block.size();
        }
        return end == lines.size() ? 0 : end;
    }

    /** Bare symbol lines in the body are running page headers. */
    private static List<Line> withoutSymbols(List<Line> lines, SegmentRules rules) {
        List<Line> out = new ArrayList<>(lines.size());
        for (Line l : lines) {
            if (l.key() == null || !rules.matches("symbol", l.key())) {
                out.add(l);
            }
        }
        return out;
    }
}
