package org.bitext.bench;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.bitext.read.DocumentReader;
import org.bitext.read.ExtractedText;
import org.bitext.segment.Document;
import org.bitext.segment.Paragraph;
import org.bitext.segment.Segmenter;
import org.bitext.text.Language;

/**
 * {@code bitext bench read}: PDF and DOCX reading speed (pages/s, MB/s, one thread) and peak heap, on
 * documents generated from the English CD/1937 paragraphs repeated to a page count (a UN page layout: running
 * header, page number, 11 pt text, about 480 words a page). The DOCX holds the same text as the PDF of that
 * many pages. Run at two page counts to show that memory does not grow with the page count.
 */
public final class ReadBench {

    /** One read: format, pages, file size, wall and CPU seconds, peak heap in MB, characters read. */
    public record Result(String format, int pages, long bytes, double seconds, double cpuSeconds, double peakHeapMb,
            int chars) {
        public double pagesPerSecond() {
            return pages / cpuSeconds;
        }

        public double megabytesPerSecond() {
            return bytes / 1e6 / cpuSeconds;
        }
    }

    private static final float LEFT = 72;
    private static final float RIGHT = 523;
    private static final float SIZE = 11;
    private static final float LEADING = 14;

    private ReadBench() {
    }

    /** Reads a generated PDF and DOCX of each page count in {@code pageCounts}, after one warm-up round. */
    public static List<Result> run(Path corpusDir, List<Integer> pageCounts, Path workDir) {
        try {
            Document en = Segmenter.segment(corpusDir.resolve("CD-1937.en.txt"), Language.EN, null);
            List<String> paragraphs = new ArrayList<>();
            for (Paragraph p : en.paragraphs()) {
                paragraphs.add(p.number() + ".  " + en.text().substring(p.span().start(), p.span().end()));
            }
            Path warmPdf = workDir.resolve("warm.pdf");
            List<String> warmText = writePdf(warmPdf, paragraphs, 50);
            Path warmDocx = workDir.resolve("warm.docx");
            writeDocx(warmDocx, warmText);
            for (int i = 0; i < 3; i++) {
                DocumentReader.read(warmPdf, null);
                DocumentReader.read(warmDocx, null);
            }
            List<Result> out = new ArrayList<>();
            for (int pages : pageCounts) {
                Path pdf = workDir.resolve("bench-" + pages + ".pdf");
                List<String> text = writePdf(pdf, paragraphs, pages);
                Path docx = workDir.resolve("bench-" + pages + ".docx");
                writeDocx(docx, text);
                try {
                    out.add(measure("pdf", pages, pdf));
                    out.add(measure("docx", pages, docx));
                } finally {
                    Files.delete(pdf);
                    Files.delete(docx);
                }
            }
            Files.delete(warmPdf);
            Files.delete(warmDocx);
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Result measure(String format, int pages, Path file) throws IOException {
        System.gc();
        List<MemoryPoolMXBean> heap = new ArrayList<>();
        for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
            if (pool.getType() == MemoryType.HEAP) {
                pool.resetPeakUsage();
                heap.add(pool);
            }
        }
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        long cpu0 = threads.getCurrentThreadCpuTime();
        long t0 = System.nanoTime();
        ExtractedText t = DocumentReader.read(file, null);
        double seconds = (System.nanoTime() - t0) / 1e9;
        double cpu = (threads.getCurrentThreadCpuTime() - cpu0) / 1e9;
        long peak = 0;
        for (MemoryPoolMXBean pool : heap) {
            peak += pool.getPeakUsage().getUsed();
        }
        return new Result(format, pages, Files.size(file), seconds, cpu, peak / 1e6, t.text().length());
    }

    /** Lays the paragraphs, repeated, on {@code pages} pages; returns the paragraphs placed (for the DOCX). */
    static List<String> writePdf(Path out, List<String> paragraphs, int pages) throws IOException {
        List<String> placed = new ArrayList<>();
        try (PDDocument doc = new PDDocument()) {
            PDType1Font font = new PDType1Font(Standard14Fonts.FontName.TIMES_ROMAN);
            int next = 0;
            String carry = null;
            for (int page = 1; page <= pages; page++) {
                PDPage p = new PDPage(PDRectangle.A4);
                doc.addPage(p);
                float top = p.getMediaBox().getHeight();
                try (PDPageContentStream cs = new PDPageContentStream(doc, p)) {
                    show(cs, font, 10, LEFT, top - 50, "CD/1937");
                    show(cs, font, 10, RIGHT - 10, top - 800, Integer.toString(page));
                    float y = top - 80;
                    while (y > 90) {
                        String para = carry != null ? carry : shuffled(paragraphs.get(next % paragraphs.size()), next++);
                        if (carry == null) {
                            placed.add(para);
                        }
                        carry = null;
                        String[] words = para.split(" ");
                        StringBuilder line = new StringBuilder();
                        int w = 0;
                        while (w < words.length && y > 90) {
                            String candidate = line.isEmpty() ? words[w] : line + " " + words[w];
                            if (font.getStringWidth(candidate) / 1000 * SIZE > RIGHT - LEFT && !line.isEmpty()) {
                                show(cs, font, SIZE, LEFT, y, line.toString());
                                y -= LEADING;
                                line.setLength(0);
                            } else {
                                line.setLength(0);
                                line.append(candidate);
                                w++;
                            }
                        }
                        if (w < words.length) {
                            // The page is full: the rest of the paragraph continues on the next page.
                            carry = line + (line.isEmpty() ? "" : " ") + String.join(" ", List.of(words).subList(w, words.length));
                        } else {
                            show(cs, font, SIZE, LEFT, y, line.toString());
                            y -= LEADING + 6;
                        }
                    }
                }
            }
            doc.save(out.toFile());
        }
        return placed;
    }

    /**
     * The paragraph's words in an order fixed by {@code seed}: the text must not repeat, or the files would
     * compress like no real document (and Word's zip-bomb guard would refuse the DOCX).
     */
    static String shuffled(String paragraph, int seed) {
        List<String> words = new ArrayList<>(List.of(paragraph.split(" ")));
        java.util.Collections.shuffle(words.subList(1, words.size()), new java.util.Random(seed));
        return String.join(" ", words);
    }

    private static void show(PDPageContentStream cs, PDType1Font font, float size, float x, float y, String s)
            throws IOException {
        cs.beginText();
        cs.setFont(font, size);
        cs.newLineAtOffset(x, y);
        cs.showText(s);
        cs.endText();
    }

    static void writeDocx(Path out, List<String> paragraphs) throws IOException {
        try (XWPFDocument doc = new XWPFDocument(); OutputStream os = Files.newOutputStream(out)) {
            for (String p : paragraphs) {
                doc.createParagraph().createRun().setText(p);
            }
            doc.write(os);
        }
    }
}
