package org.bitext.read;

import java.io.IOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.bitext.text.BadInputException;

/**
 * Reads a PDF (Apache PDFBox) from its text positions: glyphs become lines with their position, font size
 * and weight, page by page (the document is opened with a temp-file stream cache, and each page's glyphs
 * are turned into lines and dropped when the page ends, so memory holds the text, not the pages);
 * {@link PdfLayout} then removes page furniture, keeps footnotes apart and rebuilds paragraphs. Images are
 * never decoded: a PDF whose pages are only images (a scan) is reported as having no text layer.
 */
final class PdfReader {

    /** A glyph run further right of the previous glyph than this many font sizes starts a new piece. */
    private static final float PIECE_GAP = 1.2f;
    /** A gap wider than this many font sizes without a space glyph is a word space. */
    private static final float WORD_GAP = 0.18f;

    /** Chinese punctuation that typesetting keeps off the start of a line. */
    private static final String NO_LINE_START = "，。、；：！？）》」』”’,.;:!?)";

    private PdfReader() {
    }

    static ExtractedText read(Path file) {
        requireEnd(file);
        try (PDDocument doc = Loader.loadPDF(file.toFile(), IOUtils.createTempFileOnlyStreamCache())) {
            if (doc.isEncrypted() && !doc.getCurrentAccessPermission().canExtractContent()) {
                throw new BadInputException(file, "an encrypted PDF that forbids copying its text");
            }
            if (doc.getNumberOfPages() == 0) {
                throw new BadInputException(file, "a PDF without pages");
            }
            PdfLayout layout = new PdfLayout();
            Stripper stripper = new Stripper(layout);
            stripper.writeText(doc, Writer.nullWriter());
            if (stripper.glyphs == 0) {
                throw new BadInputException(file, "no text layer (" + doc.getNumberOfPages()
                        + (doc.getNumberOfPages() == 1 ? " page" : " pages") + " of images?); run OCR first");
            }
            return layout.finish(file);
        } catch (InvalidPasswordException e) {
            throw new BadInputException(file, "an encrypted PDF that needs a password; save it without one first", e);
        } catch (IOException | RuntimeException e) {
            if (e instanceof BadInputException b) {
                throw b;
            }
            throw new BadInputException(file, "a damaged PDF: " + e.getMessage(), e);
        }
    }

    /** How far from the end of a PDF its {@code %%EOF} marker may stand (writers append line ends, padding). */
    private static final int EOF_WINDOW = 2048;

    /**
     * A PDF ends with {@code %%EOF}. PDFBox would rebuild a truncated file from the objects it finds and
     * read part of the text without a word; a cut-off download is refused instead, as nothing of it may be
     * lost silently.
     */
    private static void requireEnd(Path file) {
        try (var ch = java.nio.file.Files.newByteChannel(file)) {
            long size = ch.size();
            int n = (int) Math.min(size, EOF_WINDOW);
            java.nio.ByteBuffer tail = java.nio.ByteBuffer.allocate(n);
            ch.position(size - n);
            while (tail.hasRemaining() && ch.read(tail) > 0) {
                // read the whole tail
            }
            String s = new String(tail.array(), 0, tail.position(), java.nio.charset.StandardCharsets.ISO_8859_1);
            if (!s.contains("%%EOF")) {
                throw new BadInputException(file, "a truncated or damaged PDF (no %%EOF marker at its end)");
            }
        } catch (IOException e) {
            throw new BadInputException(file, "cannot read: " + e.getMessage(), e);
        }
    }

    /** Collects the glyphs of one page at a time into lines and hands each finished page to the layout. */
    private static final class Stripper extends PDFTextStripper {
        private final PdfLayout layout;
        private final List<TextPosition> page = new ArrayList<>();
        private long glyphs;

        Stripper(PdfLayout layout) {
            this.layout = layout;
            setSortByPosition(false);
        }

        @Override
        protected void startPage(PDPage p) {
            page.clear();
        }

        @Override
        protected void processTextPosition(TextPosition text) {
            String u = text.getUnicode();
            if (u != null && !u.isEmpty()) {
                page.add(text);
            }
        }

        @Override
        protected void endPage(PDPage p) {
            glyphs += page.size();
            layout.addPage(lines(page), p.getMediaBox().getHeight());
            page.clear();
        }
    }

    /**
     * Glyphs in content order to lines: a new line where the baseline moves by more than half a font size
     * or the text goes back left; within a line, a wide gap starts a new piece (a table cell, a paragraph
     * number set apart by a tab) and a narrower one inserts a word space.
     */
    static List<PdfLayout.Line> lines(List<TextPosition> glyphs) {
        List<PdfLayout.Line> out = new ArrayList<>();
        LineBuilder current = null;
        for (TextPosition g : glyphs) {
            float size = size(g);
            float x = g.getXDirAdj();
            float y = g.getYDirAdj();
            if (current == null || Math.abs(y - current.y) > 0.6f * Math.max(size, current.size)
                    || x < current.endX - 0.5f * size) {
                if (current != null) {
                    out.add(current.build());
                }
                current = new LineBuilder(y, size);
            } else if (x - current.endX > PIECE_GAP * size && !current.text.isEmpty()) {
                current.newPiece();
            } else if (x - current.endX > WORD_GAP * size && !current.endsWithSpace()) {
                current.wordEnds();
                current.text.append(' ');
            }
            current.add(g, size);
        }
        if (current != null) {
            out.add(current.build());
        }
        return out;
    }

    private static float size(TextPosition g) {
        float s = g.getFontSizeInPt();
        return s > 0.5f ? s : Math.max(1f, g.getHeightDir());
    }

    static boolean isBold(PDFont font) {
        if (font == null) {
            return false;
        }
        PDFontDescriptor d = font.getFontDescriptor();
        if (d != null && (d.isForceBold() || d.getFontWeight() >= 600)) {
            return true;
        }
        String name = font.getName();
        return name != null && name.toLowerCase(Locale.ROOT).contains("bold");
    }

    private static final class LineBuilder {
        final float y;
        float size;
        float startX = Float.NaN;
        float endX = Float.NEGATIVE_INFINITY;
        final StringBuilder text = new StringBuilder();
        final List<PdfLayout.Piece> pieces = new ArrayList<>();
        float pieceStart = Float.NaN;
        float firstWordEnd = Float.NaN;
        boolean afterFirstHan;
        int boldChars;
        int chars;
        float sizeSum;

        LineBuilder(float y, float size) {
            this.y = y;
            this.size = size;
        }

        boolean endsWithSpace() {
            return !text.isEmpty() && text.charAt(text.length() - 1) == ' ';
        }

        void newPiece() {
            wordEnds();
            pieces.add(new PdfLayout.Piece(pieceStart, endX, text.toString().strip()));
            text.setLength(0);
            pieceStart = Float.NaN;
        }

        /** Records where the first word ends (a line's first word decides whether it fit on the line before). */
        void wordEnds() {
            if (Float.isNaN(firstWordEnd)) {
                firstWordEnd = endX;
            }
        }

        void add(TextPosition g, float s) {
            String u = g.getUnicode();
            if (u.isBlank() && !Float.isNaN(startX)) {
                wordEnds();
            }
            if (Float.isNaN(startX)) {
                startX = g.getXDirAdj();
            }
            if (Float.isNaN(pieceStart)) {
                pieceStart = g.getXDirAdj();
            }
            text.append(u);
            endX = Math.max(endX, g.getXDirAdj() + g.getWidthDirAdj());
            if (afterFirstHan && NO_LINE_START.indexOf(u.charAt(0)) >= 0) {
                firstWordEnd = endX; // "要。": punctuation that may not begin a line goes with the character before
            }
            afterFirstHan = false;
            if (u.charAt(0) >= 0x2E80 && Float.isNaN(firstWordEnd)) {
                wordEnds(); // Han breaks after any character
                afterFirstHan = true;
            }
            size = Math.max(size, s);
            int n = g.getUnicode().length();
            chars += n;
            sizeSum += s * n;
            if (isBold(g.getFont())) {
                boldChars += n;
            }
        }

        PdfLayout.Line build() {
            if (!text.isEmpty()) {
                newPiece();
            }
            float mean = chars == 0 ? size : sizeSum / chars;
            wordEnds();
            return new PdfLayout.Line(y, startX, endX, firstWordEnd - startX, mean, boldChars * 2 > chars,
                    List.copyOf(pieces));
        }
    }
}
