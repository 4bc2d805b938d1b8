package org.bitext.read;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.bitext.text.DataFiles;
import org.bitext.text.Language;
import org.bitext.text.LineJoiner;
import org.bitext.text.TextLoader;

/**
 * Rebuilds a PDF's blocks from its positioned lines, page by page:
 * <ul>
 * <li>furniture: lines in the top or bottom margin band of a page that match a furniture pattern
 * ({@code pdf-furniture.txt}: page numbers, job numbers, barcodes), or that repeat (digits aside) in the
 * margin bands of several pages after the first (running headers with the symbol; the first page's masthead
 * is kept);</li>
 * <li>footnotes: the run of lines at the foot of a page in a smaller font than the body, opening with a
 * note mark; each note is a FOOTNOTE block after the body;</li>
 * <li>paragraphs: a new one at a vertical gap wider than the body's line spacing, a change of font size or
 * weight, a line after a short one, a first-line indent, or a paragraph number set apart by a gap; a
 * paragraph broken by a page break continues when the page's last line is full and the next page's first
 * line is neither indented nor numbered. Lines join by {@link LineJoiner} (hyphens, no space between Han);</li>
 * <li>tables: a line of several pieces set apart by wide gaps is a table row, each piece a TABLE_CELL.</li>
 * </ul>
 */
final class PdfLayout {

    /** A part of a line set apart from the rest by a wide gap. */
    record Piece(float x, float endX, String text) {
    }

    /**
     * One line of a page: baseline y (from the top), extent, the width of its first word, mean font size,
     * bold, pieces.
     */
    record Line(float y, float x, float endX, float firstWord, float size, boolean bold, List<Piece> pieces) {
        String text() {
            StringBuilder b = new StringBuilder();
            for (Piece p : pieces) {
                if (!b.isEmpty()) {
                    b.append(' ');
                }
                b.append(p.text());
            }
            return b.toString();
        }
    }

    private static final float MARGIN_BAND = 0.1f;
    private static final Pattern LABEL = Pattern.compile(
            "\\(?(\\d{1,3}|[a-z]{1,2}|[ivxlc]{1,6}|[IVXLC]{1,6}|[A-Z])[.)]|[一二三四五六七八九十]+、|[（(][一二三四五六七八九十]+[)）]"
            + "|[㈠-㈩]|\\d{1,3}．");
    private static final Pattern NOTE_MARK = Pattern.compile("(\\d{1,3}|\\*{1,3}|[¹²³⁴⁵⁶⁷⁸⁹⁰]{1,3})(\\s.*)?");
    private static final List<Pattern> FURNITURE = DataFiles.lines(PdfLayout.class, "pdf-furniture.txt").stream()
            .map(Pattern::compile).toList();

    private final List<List<Line>> pages = new ArrayList<>();
    private final List<Float> heights = new ArrayList<>();

    void addPage(List<Line> lines, float height) {
        pages.add(lines);
        heights.add(height);
    }

    ExtractedText finish(Path file) {
        Map<String, Set<Integer>> marginKeys = new HashMap<>();
        for (int p = 1; p < pages.size(); p++) {
            for (Line l : pages.get(p)) {
                if (inMargin(l, heights.get(p))) {
                    marginKeys.computeIfAbsent(key(l), k -> new HashSet<>()).add(p);
                }
            }
        }
        int repeatAt = Math.max(2, (pages.size() - 1) / 3);
        List<List<Line>> bodies = new ArrayList<>();
        for (int p = 0; p < pages.size(); p++) {
            List<Line> kept = new ArrayList<>();
            for (Line l : pages.get(p)) {
                boolean margin = inMargin(l, heights.get(p));
                boolean repeated = p > 0 && marginKeys.getOrDefault(key(l), Set.of()).size() >= repeatAt;
                if (!(margin && (repeated || isFurniture(l)))) {
                    kept.add(l);
                }
            }
            bodies.add(kept);
        }
        float body = bodySize(bodies);
        List<List<String>> notes = new ArrayList<>();
        List<Line> lines = new ArrayList<>();
        List<Boolean> pageStarts = new ArrayList<>();
        for (List<Line> page : bodies) {
            int cut = footnoteStart(page, body);
            List<String> pageNotes = new ArrayList<>();
            for (Line l : page.subList(cut, page.size())) {
                if (NOTE_MARK.matcher(l.pieces().get(0).text()).matches() || pageNotes.isEmpty()) {
                    pageNotes.add(l.text());
                } else {
                    pageNotes.set(pageNotes.size() - 1, pageNotes.get(pageNotes.size() - 1) + "\n" + l.text());
                }
            }
            notes.add(pageNotes);
            for (int i = 0; i < cut; i++) {
                lines.add(page.get(i));
                pageStarts.add(i == 0);
            }
        }
        return write(file, lines, pageStarts, notes, body);
    }

    private ExtractedText write(Path file, List<Line> lines, List<Boolean> pageStarts, List<List<String>> notes,
            float body) {
        StringBuilder source = new StringBuilder();
        int[] offsets = new int[lines.size()];
        String[] texts = new String[lines.size()];
        for (int i = 0; i < lines.size(); i++) {
            texts[i] = lines.get(i).text(); // a number set apart by a gap is followed by one space
            offsets[i] = source.length();
            source.append(texts[i]).append('\n');
        }
        String src = source.toString();
        LineJoiner joiner = new LineJoiner(src, TextLoader.detectLanguage(src) == Language.ZH);
        float leading = leading(lines, pageStarts, body);
        float right = rightEdge(lines);
        float leftMargin = leftMargin(lines);
        BlockWriter out = new BlockWriter();
        StringBuilder para = new StringBuilder();
        Line first = null;
        Line prev = null;
        for (int i = 0; i < lines.size(); i++) {
            Line l = lines.get(i);
            if (isTableRow(l)) {
                flush(out, para, first, body);
                first = null;
                for (Piece p : l.pieces()) {
                    out.block(p.text(), BlockRole.TABLE_CELL, 0);
                }
                prev = l;
                continue;
            }
            boolean breaks = first == null || startsParagraph(prev, l, first, pageStarts.get(i), leading, right,
                    leftMargin, body);
            if (breaks) {
                flush(out, para, first, body);
                para.setLength(0);
                para.append(texts[i]);
                first = l;
            } else {
                joiner.joinBreak(para, offsets[i]);
                para.append(texts[i]);
            }
            prev = l;
        }
        flush(out, para, first, body);
        for (List<String> page : notes) {
            for (String note : page) {
                out.footnote(note.replace('\n', ' '));
            }
        }
        return out.build(file, "pdf");
    }

    private static void flush(BlockWriter out, StringBuilder para, Line first, float body) {
        if (first == null || para.isEmpty()) {
            return;
        }
        boolean bigger = first.size() > 1.15f * body;
        if (bigger || first.bold()) {
            out.block(para.toString(), BlockRole.HEADING, bigger ? 1 : 2);
        } else {
            out.block(para.toString(), null, 0);
        }
        para.setLength(0);
    }

    private static boolean startsParagraph(Line prev, Line l, Line first, boolean newPage, float leading,
            float right, float leftMargin, float body) {
        boolean labelled = l.pieces().size() > 1 && LABEL.matcher(l.pieces().get(0).text()).matches();
        if (labelled || Math.abs(l.size() - prev.size()) > 0.1f * body || l.bold() != prev.bold()) {
            return true;
        }
        // The line before was full when this line's first word would not have fitted after it: that is why
        // the line broke. A line that stopped with room to spare ended its paragraph.
        boolean full = prev.endX() + 0.25f * body + l.firstWord() > right + 0.5f;
        if (!full) {
            return true;
        }
        // A continuation line starts where the paragraph's text starts (after a hanging number), where its
        // second line started, or, after a first line alone, at the left margin.
        float textStart = first.pieces().size() > 1 && LABEL.matcher(first.pieces().get(0).text()).matches()
                ? first.pieces().get(1).x() : prev != first ? Math.min(first.x(), prev.x()) : leftMargin;
        if (l.x() > textStart + 0.8f * body) {
            return true;
        }
        return !newPage && l.y() - prev.y() > 1.4f * leading;
    }

    private static boolean isTableRow(Line l) {
        return l.pieces().size() > 1 && !(l.pieces().size() == 2 && LABEL.matcher(l.pieces().get(0).text()).matches());
    }

    /** Index of the first footnote line at the foot of a page (the page's size when it has none). */
    private static int footnoteStart(List<Line> page, float body) {
        int i = page.size();
        while (i > 0 && page.get(i - 1).size() < 0.92f * body) {
            i--;
        }
        while (i < page.size() && !NOTE_MARK.matcher(page.get(i).pieces().get(0).text()).matches()) {
            i++; // small print above the first note mark is not a note
        }
        return i == 0 ? page.size() : i;
    }

    /** The font size most characters are set in. */
    private static float bodySize(List<List<Line>> pages) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (List<Line> page : pages) {
            for (Line l : page) {
                counts.merge(Math.round(l.size() * 2), l.text().length(), Integer::sum);
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(e -> e.getKey() / 2f).orElse(10f);
    }

    /** The most common baseline distance between consecutive lines of a page. */
    private static float leading(List<Line> lines, List<Boolean> pageStarts, float body) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (int i = 1; i < lines.size(); i++) {
            float dy = lines.get(i).y() - lines.get(i - 1).y();
            if (!pageStarts.get(i) && dy > 0) {
                counts.merge(Math.round(dy * 2), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(e -> e.getKey() / 2f)
                .orElse(body * 1.2f);
    }

    /** The left edge of the text column: the x where most lines start. */
    private static float leftMargin(List<Line> lines) {
        Map<Integer, Integer> counts = new HashMap<>();
        for (Line l : lines) {
            counts.merge(Math.round(l.x()), 1, Integer::sum);
        }
        return counts.entrySet().stream().max(Map.Entry.comparingByValue()).map(e -> (float) e.getKey()).orElse(0f);
    }

    /** The right edge of the text column: the 90th percentile of line ends. */
    private static float rightEdge(List<Line> lines) {
        if (lines.isEmpty()) {
            return 0;
        }
        float[] ends = new float[lines.size()];
        for (int i = 0; i < ends.length; i++) {
            ends[i] = lines.get(i).endX();
        }
        Arrays.sort(ends);
        return ends[(int) (ends.length * 0.9f)];
    }

    private static boolean inMargin(Line l, float height) {
        return l.y() < MARGIN_BAND * height || l.y() > (1 - MARGIN_BAND) * height;
    }

    /** Furniture when every piece of the line is. */
    private static boolean isFurniture(Line l) {
        for (Piece p : l.pieces()) {
            boolean any = false;
            for (Pattern f : FURNITURE) {
                if (f.matcher(p.text()).matches()) {
                    any = true;
                    break;
                }
            }
            if (!any) {
                return false;
            }
        }
        return true;
    }

    /** A margin line's identity across pages: its text with digits folded and spaces dropped. */
    private static String key(Line l) {
        return l.text().replaceAll("\\d+", "#").replaceAll("\\s+", "");
    }
}
