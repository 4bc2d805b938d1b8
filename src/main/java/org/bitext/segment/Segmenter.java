package org.bitext.segment;

import java.nio.charset.Charset;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import org.bitext.read.BlockHint;
import org.bitext.read.BlockRole;
import org.bitext.read.DocumentReader;
import org.bitext.read.ExtractedText;
import org.bitext.text.DocumentNames;
import org.bitext.text.IsoDates;
import org.bitext.text.Language;
import org.bitext.text.Span;
import org.bitext.text.TextLayout;
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
        return segment(file, languageOrNull, encodingOrNull, null);
    }

    /**
     * Reads (PDF, Word or text, by content: {@link DocumentReader}) and segments {@code file} in the layout
     * given, else the one the reader fixed, else the one detected from the text; the reader's headings and
     * footnotes are taken as such and its warnings (an extension that lies) kept.
     */
    public static Document segment(Path file, Language languageOrNull, Charset encodingOrNull,
            TextLayout layoutOrNull) {
        ExtractedText read = DocumentReader.read(file, encodingOrNull);
        TextLayout layout = layoutOrNull != null ? layoutOrNull : read.layoutOrNull();
        Document d = segment(DocumentNames.of(file), read.text(), languageOrNull, layout, read.hints());
        if (read.warnings().isEmpty()) {
            return d;
        }
        List<String> warnings = new ArrayList<>(read.warnings());
        warnings.addAll(d.warnings());
        return new Document(d.id(), d.language(), d.text(), d.frontMatter(), d.paragraphs(), warnings, d.layout(),
                d.footnoteMarks(), d.symbol(), d.date());
    }

    /** Segments already decoded text (LF line ends), its layout detected from the text. */
    public static Document segment(String id, String text, Language languageOrNull) {
        return segment(id, text, languageOrNull, null, List.of());
    }

    /**
     * Segments what a format reader extracted: in {@code overrideOrNull}'s layout when given, else in the
     * layout the reader fixed, else in the one detected from the text; headings and footnotes the reader
     * marked are taken as such.
     */
    public static Document segment(ExtractedText extracted, Language languageOrNull, TextLayout overrideOrNull) {
        String id = extracted.file() == null ? extracted.format() : DocumentNames.of(extracted.file());
        TextLayout layout = overrideOrNull != null ? overrideOrNull : extracted.layoutOrNull();
        return segment(id, extracted.text(), languageOrNull, layout, extracted.hints());
    }

    private static Document segment(String id, String text, Language languageOrNull, TextLayout layoutOrNull,
            List<BlockHint> hints) {
        Language language = languageOrNull != null ? languageOrNull : TextLoader.detectLanguage(text);
        boolean cjk = language == Language.ZH;
        SegmentRules rules = SegmentRules.get();
        Footnotes.Split split = Footnotes.split(text, LineScanner.scan(text, cjk), rules);
        Hints roles = new Hints(hints);
        List<Line> lines = new ArrayList<>();
        List<List<Line>> notes = new ArrayList<>(split.notes());
        roles.separate(split.text(), lines, notes);
        Layout layout = new Layout(text, lines, layoutOrNull);
        FrontMatter frontMatter = new FrontMatter(layout, rules);
        int bodyStart = bodyStart(text, lines, layout, rules, cjk);
        List<String> warnings = new ArrayList<>();
        TextAssembler out = new TextAssembler(text, cjk);
        SentenceSplitter splitter = SentenceSplitter.forLanguage(language);
        List<Block> blocks = new ArrayList<>();
        List<Paragraph> paragraphs = new ArrayList<>();

        List<FrontMatter.Piece> pieces;
        List<Line> body;
        if (bodyStart >= 0) {
            pieces = frontMatter.pieces(lines.subList(0, bodyStart));
            body = withoutSymbols(text, lines, bodyStart, rules);
        } else {
            int end = unnumberedFrontMatterEnd(lines, layout, frontMatter);
            pieces = frontMatter.pieces(lines.subList(0, end));
            body = withoutSymbols(text, lines, end, rules);
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
        Labels.Label[] labels = new Labels.Label[body.size()];
        boolean[] headings = new boolean[body.size()];
        for (int i = 0; i < body.size(); i++) {
            labels[i] = label(text, body.get(i), rules);
            headings[i] = roles.isHeading(body.get(i));
        }
        for (Structure.Unit u : Structure.scan(text, layout, rules, cjk, body, labels, headings, warnings)) {
            Line first = u.lines().get(0);
            if (u.textStart() > first.start()) {
                // The label ("12.", "(a)") stays in the text before the paragraph's span, which starts after it.
                out.appendVerbatim(first.start(), labelEnd(out, first, u.textStart()));
                out.appendRaw(" ");
            }
            paragraphs.add(paragraph(u.number(), u.lines(), u.textStart(), out, splitter, u.kind(), u.address()));
        }
        for (List<Line> note : notes) {
            paragraphs.add(paragraph(null, note, note.get(0).start(), out, splitter, StructureKind.FOOTNOTE, ""));
        }
        if (blocks.isEmpty() && paragraphs.isEmpty()) {
            warnings.add(PAGE_FURNITURE_ONLY);
        }
        return new Document(id, language, out.text(), blocks, paragraphs, warnings, layout.textLayout,
                out.marks(), symbol(out.text(), blocks, rules), date(out.text(), blocks, rules));
    }

    /** The warning of a document whose every line was page furniture: it has text, but none to align. */
    public static final String PAGE_FURNITURE_ONLY = "only page furniture (document symbols, page numbers, job"
            + " numbers, language lines) and no text";

    /** The first document symbol in the masthead (the header block), or "". */
    private static String symbol(String text, List<Block> blocks, SegmentRules rules) {
        for (Block b : blocks) {
            if (b.kind() == BlockKind.HEADER) {
                java.util.regex.Matcher m = rules.pattern("symbol-token").matcher(text).region(b.span().start(), b.span().end());
                if (m.find()) {
                    return m.group();
                }
            }
        }
        return "";
    }

    /**
     * The first date in the masthead (the header block) in ISO form, or "": the day the document was issued,
     * which the index files its units under. Dates in the body (meetings, letters) are not the document's.
     */
    private static String date(String text, List<Block> blocks, SegmentRules rules) {
        for (Block b : blocks) {
            if (b.kind() == BlockKind.HEADER) {
                Matcher m = rules.pattern("masthead-date").matcher(text).region(b.span().start(), b.span().end());
                while (m.find()) {
                    String iso = IsoDates.fromMasthead(m.group());
                    if (!iso.isEmpty()) {
                        return iso;
                    }
                }
            }
        }
        return "";
    }

    /** Which lines the reader marked as headings or footnotes. */
    private static final class Hints {
        private final TreeMap<Integer, BlockHint> byStart = new TreeMap<>();

        Hints(List<BlockHint> hints) {
            for (BlockHint h : hints) {
                byStart.put(h.span().start(), h);
            }
        }

        private BlockHint at(Line line) {
            Map.Entry<Integer, BlockHint> e = byStart.floorEntry(line.start());
            return e != null && e.getValue().span().end() > line.start() ? e.getValue() : null;
        }

        boolean isHeading(Line line) {
            BlockHint h = at(line);
            return h != null && h.role() == BlockRole.HEADING;
        }

        /** Footnote lines go to {@code notes} (one note per hint), the others to {@code text}. */
        void separate(List<Line> all, List<Line> text, List<List<Line>> notes) {
            BlockHint current = null;
            for (Line l : all) {
                BlockHint h = byStart.isEmpty() ? null : at(l);
                if (h != null && h.role() == BlockRole.FOOTNOTE) {
                    if (h != current) {
                        notes.add(new ArrayList<>());
                        current = h;
                    }
                    notes.get(notes.size() - 1).add(l);
                } else {
                    text.add(l);
                }
            }
        }
    }

    /** The structural label of a line, read only for lines whose first character can start one. */
    private static Labels.Label label(String text, Line line, SegmentRules rules) {
        char c = text.charAt(line.start());
        if (c < 0x80 ? !(Character.isUpperCase(c) || Character.isDigit(c) || c == '(') : c < 0x2E80) {
            return null;
        }
        return Labels.read(text, line, rules);
    }

    /**
     * Index of the line where the body starts, or -1: the first article heading, preamble heading or organ
     * line of a resolution (followed by a preambular or a first numbered paragraph), or the line starting
     * paragraph 1, whichever comes first.
     */
    private static int bodyStart(String text, List<Line> lines, Layout layout, SegmentRules rules, boolean cjk) {
        int first = firstParagraph(lines);
        int limit = first < 0 ? lines.size() : first;
        for (int i = 0; i < limit; i++) {
            Labels.Label l = label(text, lines.get(i), rules);
            if (l == null) {
                continue;
            }
            boolean structural = switch (l.type()) {
                case ARTICLE -> Structure.isArticleHeading(layout, lines.get(i));
                case PREAMBLE -> true;
                case ORGAN -> i + 1 < lines.size() && (lines.get(i + 1).number() == 1 || Labels.opensWith(text,
                        lines.get(i + 1).start(), lines.get(i + 1).end(), rules.preambleOpeners.get(cjk ? "zh" : "en"),
                        cjk));
                default -> false;
            };
            if (structural) {
                return i;
            }
        }
        return first;
    }

    private static int labelEnd(TextAssembler out, Line first, int textStart) {
        int e = textStart;
        while (e > first.start() && LineScanner.isSpace(out.source().charAt(e - 1))) {
            e--;
        }
        return e;
    }

    private static Paragraph paragraph(Integer number, List<Line> lines, int firstStart, TextAssembler out,
            SentenceSplitter splitter, StructureKind kind, String address) {
        Span span = out.appendJoined(lines, firstStart, false);
        List<Span> sentences = new ArrayList<>();
        splitter.split(out.buffer(), span.start(), span.end(), sentences);
        out.appendRaw("\n\n");
        return new Paragraph(number, span, toSentences(sentences), kind, address);
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

    /**
     * The body ({@code lines} from {@code bodyStart}) without its running page headers: bare symbol lines
     * whose symbol the masthead names, that recur, or that stand beside removed page furniture (a page
     * break). A wrapped line of running text can look like a symbol ("D/1299CD/1299" after a wrap inside
     * "CD/1299CD/1299"); seen once, named nowhere else and inside running text, it is text.
     */
    private static List<Line> withoutSymbols(String text, List<Line> lines, int bodyStart, SegmentRules rules) {
        Map<String, Integer> bare = new HashMap<>();
        for (Line l : lines) {
            if (l.key() != null && rules.matches("symbol", l.key())) {
                bare.merge(l.key(), 1, Integer::sum);
            }
        }
        if (bare.isEmpty()) {
            return lines.subList(bodyStart, lines.size());
        }
        Set<String> named = new HashSet<>();
        if (bodyStart > 0) {
            Matcher m = rules.pattern("symbol-token").matcher(text)
                    .region(lines.get(0).start(), lines.get(bodyStart - 1).end());
            while (m.find()) {
                named.add(m.group());
            }
        }
        List<Line> out = new ArrayList<>(lines.size() - bodyStart);
        for (int i = bodyStart; i < lines.size(); i++) {
            Line l = lines.get(i);
            Integer seen = l.key() == null ? null : bare.get(l.key());
            if (seen == null || (seen < 2 && !named.contains(l.key()) && !besidePageBreak(text, lines, i))) {
                out.add(l);
            }
        }
        return out;
    }

    /** Whether something other than blank lines (furniture, footnotes) was removed next to line {@code i}. */
    private static boolean besidePageBreak(String text, List<Line> lines, int i) {
        int before = i == 0 ? 0 : lines.get(i - 1).end();
        int after = i + 1 == lines.size() ? text.length() : lines.get(i + 1).start();
        return !text.substring(before, lines.get(i).start()).isBlank()
                || !text.substring(lines.get(i).end(), after).isBlank();
    }
}
