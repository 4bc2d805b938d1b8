package org.bitext.format;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.bitext.align.AlignedPair;
import org.bitext.align.Level;
import org.bitext.read.TmxReader;
import org.bitext.read.TmxUnit;
import org.bitext.text.Language;

/**
 * TMX 1.4b, the translation-memory format every CAT tool imports: {@link #write} produces a file valid
 * against the TMX 1.4b DTD (English is the source language, Chinese is {@code zh-CN}); {@link #read} turns
 * any TMX with English and Chinese variants back into aligned pairs.
 *
 * <p>Each two-sided pair becomes one {@code tu} with {@code prop}s {@code x-document}, {@code x-paragraph},
 * {@code x-address} (the paragraph's structural address, {@code art. 17 ¶2}, when it has one), {@code x-unit},
 * {@code x-confidence} (and {@code x-review} when below the review threshold). One-sided
 * (1-0, 0-1) pairs are not translation units: they are returned in the {@link Report}.
 */
public final class Tmx {

    /** The DOCTYPE written at the top of every file. */
    public static final String DOCTYPE = "<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">";

    /** The structural address of the unit's paragraph ({@code art. 17 ¶2}), written when it has one. */
    static final String PROP_ADDRESS = "x-address";

    private Tmx() {
    }

    /**
     * What a write did.
     *
     * @param written  number of translation units written
     * @param oneSided the 1-0 and 0-1 pairs, not written as units (list them for the user)
     * @param warnings characters XML 1.0 cannot carry (control characters, lone surrogates) that were
     *                 replaced by U+FFFD, one message per affected pair
     */
    public record Report(int written, List<AlignedPair> oneSided, List<String> warnings) {
        public Report {
            if (written < 0) {
                throw new IllegalArgumentException("written must be >= 0, was " + written);
            }
            oneSided = List.copyOf(oneSided);
            warnings = List.copyOf(warnings);
        }
    }

    /**
     * Writes TMX as UTF-8 to {@code out} (standard output, say), flushing but not closing it; see
     * {@link #write(List, Level, double, Writer)}.
     */
    public static Report write(List<AlignedPair> pairs, Level segtype, double minConfidence, OutputStream out)
            throws IOException {
        Writer w = new BufferedWriter(new OutputStreamWriter(out, StandardCharsets.UTF_8));
        Report r = write(pairs, segtype, minConfidence, w);
        w.flush();
        return r;
    }

    /** Writes a TMX file (UTF-8); see {@link #write(List, Level, double, Writer)}. */
    public static Report write(List<AlignedPair> pairs, Level segtype, double minConfidence, Path file)
            throws IOException {
        Report[] report = new Report[1];
        org.bitext.text.OutputFile.writeText(file, w -> report[0] = write(pairs, segtype, minConfidence, w));
        return report[0];
    }

    /**
     * Writes {@code pairs} as TMX 1.4b to {@code out}, which must encode UTF-8 (the XML declaration says so).
     *
     * @param segtype       the header's segtype: sentence or paragraph
     * @param minConfidence pairs below it get {@code <prop type="x-review">yes</prop>}
     */
    public static Report write(List<AlignedPair> pairs, Level segtype, double minConfidence, Writer out)
            throws IOException {
        Objects.requireNonNull(segtype, "segtype");
        List<AlignedPair> oneSided = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        int written = 0;
        try {
            XMLStreamWriter x = start(out, segtype.code(), Language.EN);
            for (AlignedPair p : pairs) {
                if (!p.isTwoSided()) {
                    oneSided.add(p);
                    continue;
                }
                x.writeCharacters("\n    ");
                x.writeStartElement("tu");
                prop(x, TmxReader.PROP_DOCUMENT, xmlSafe(p.document(), p, warnings));
                prop(x, TmxReader.PROP_PARAGRAPH, xmlSafe(p.paragraph(), p, warnings));
                if (!p.address().isEmpty()) {
                    prop(x, PROP_ADDRESS, xmlSafe(p.address(), p, warnings));
                }
                prop(x, TmxReader.PROP_UNIT, Integer.toString(p.unit()));
                prop(x, TmxReader.PROP_CONFIDENCE, Tsv.confidence(p.confidence()));
                if (p.confidence() < minConfidence) {
                    prop(x, TmxReader.PROP_REVIEW, "yes");
                }
                tuv(x, Language.EN, xmlSafe(p.en(), p, warnings));
                tuv(x, Language.ZH, xmlSafe(p.zh(), p, warnings));
                x.writeCharacters("\n    ");
                x.writeEndElement();
                written++;
            }
            end(x);
        } catch (XMLStreamException e) {
            throw failure(e);
        }
        out.flush();
        return new Report(written, oneSided, warnings);
    }

    /**
     * Starts a TMX 1.4b document on {@code out}: the XML declaration, the DOCTYPE, {@code <tmx>}, the header
     * (with {@code segtype} and {@code srclang}) and an open {@code <body>}; {@link #end} closes it.
     */
    static XMLStreamWriter start(Writer out, String segtype, Language srclang) throws XMLStreamException {
        XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out);
        x.writeStartDocument("UTF-8", "1.0");
        x.writeCharacters("\n");
        x.writeDTD(DOCTYPE);
        x.writeCharacters("\n");
        x.writeStartElement("tmx");
        x.writeAttribute("version", "1.4");
        x.writeCharacters("\n  ");
        x.writeEmptyElement("header");
        x.writeAttribute("creationtool", "bitext");
        x.writeAttribute("creationtoolversion", toolVersion());
        x.writeAttribute("segtype", segtype);
        x.writeAttribute("o-tmf", "bitext");
        x.writeAttribute("adminlang", "en");
        x.writeAttribute("srclang", srclang.tmxCode());
        x.writeAttribute("datatype", "plaintext");
        x.writeCharacters("\n  ");
        x.writeStartElement("body");
        return x;
    }

    /** Closes {@code <body>} and {@code <tmx>}, ends the document and closes the writer (not the stream under it). */
    static void end(XMLStreamWriter x) throws XMLStreamException {
        x.writeCharacters("\n  ");
        x.writeEndElement();
        x.writeCharacters("\n");
        x.writeEndElement();
        x.writeCharacters("\n");
        x.writeEndDocument();
        x.flush();
        x.close();
    }

    /**
     * Why a TMX writer failed: the {@link IOException} under {@code e} is thrown as is; anything else comes back
     * as an {@link UncheckedIOException} for the caller to throw.
     */
    static UncheckedIOException failure(XMLStreamException e) throws IOException {
        if (e.getCause() instanceof IOException io) {
            throw io;
        }
        return new UncheckedIOException(new IOException("Cannot write TMX: " + e.getMessage(), e));
    }

    static void prop(XMLStreamWriter x, String type, String value) throws XMLStreamException {
        x.writeCharacters("\n      ");
        x.writeStartElement("prop");
        x.writeAttribute("type", type);
        x.writeCharacters(value);
        x.writeEndElement();
    }

    static void tuv(XMLStreamWriter x, Language lang, String text) throws XMLStreamException {
        x.writeCharacters("\n      ");
        x.writeStartElement("tuv");
        x.writeAttribute("xml", XMLConstants.XML_NS_URI, "lang", lang.tmxCode());
        x.writeStartElement("seg");
        // A CR would come back as LF from any XML parser (end-of-line handling); keep it as a reference.
        int from = 0;
        for (int i = text.indexOf('\r'); i >= 0; i = text.indexOf('\r', from)) {
            x.writeCharacters(text.substring(from, i));
            x.writeEntityRef("#13");
            from = i + 1;
        }
        x.writeCharacters(text.substring(from));
        x.writeEndElement();
        x.writeEndElement();
    }

    /** {@code s} with characters that XML 1.0 forbids replaced by U+FFFD (reported in {@code warnings}). */
    static String xmlSafe(String s, AlignedPair p, List<String> warnings) {
        StringBuilder sb = null;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            int n = Character.charCount(cp);
            boolean ok = cp == 0x9 || cp == 0xA || cp == 0xD || (cp >= 0x20 && cp <= 0xD7FF)
                    || (cp >= 0xE000 && cp <= 0xFFFD) || (cp >= 0x10000 && cp <= 0x10FFFF);
            if (!ok && sb == null) {
                sb = new StringBuilder(s.length()).append(s, 0, i);
            }
            if (sb != null) {
                if (ok) {
                    sb.appendCodePoint(cp);
                } else {
                    sb.append('\uFFFD');
                }
            }
            i += n;
        }
        if (sb == null) {
            return s;
        }
        String warning = String.format(Locale.ROOT,
                "%s paragraph %s unit %d: characters not allowed in XML replaced by U+FFFD",
                p.document(), p.paragraph(), p.unit());
        if (warnings.isEmpty() || !warnings.get(warnings.size() - 1).equals(warning)) {
            warnings.add(warning);
        }
        return sb.toString();
    }

    /** bitext's version from the jar manifest, or "dev" when running from classes. */
    static String toolVersion() {
        String v = Tmx.class.getPackage().getImplementationVersion();
        return v == null || v.isBlank() ? "dev" : v;
    }

    /**
     * Reads the English–Chinese pairs of a TMX file; see {@link TmxReader}.
     *
     * @throws org.bitext.text.BadInputException naming the file and line for malformed XML, a file that is
     *                                           not TMX, a {@code tuv} without {@code xml:lang}, or a
     *                                           {@code tu} lacking an English or a Chinese variant
     */
    public static List<AlignedPair> read(Path file) {
        return pairs(TmxReader.read(file, null));
    }

    /**
     * Like {@link #read(Path)}, but a {@code tu} lacking an English or a Chinese variant (common in
     * multilingual memories) is skipped and reported in {@code warningsOut} by line number.
     */
    public static List<AlignedPair> read(Path file, List<String> warningsOut) {
        return pairs(TmxReader.read(file, Objects.requireNonNull(warningsOut, "warningsOut")));
    }

    private static List<AlignedPair> pairs(List<TmxUnit> units) {
        List<AlignedPair> out = new ArrayList<>(units.size());
        for (TmxUnit u : units) {
            out.add(new AlignedPair(u.document(), u.paragraphLevel() ? Level.PARAGRAPH : Level.SENTENCE,
                    u.paragraph(), u.unit(), u.en(), u.zh(), u.confidence()));
        }
        return out;
    }
}
