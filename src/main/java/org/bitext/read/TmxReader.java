package org.bitext.read;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.xml.XMLConstants;
import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;
import org.bitext.text.BadInputException;

/**
 * Streaming TMX reader (StAX; no DTD processing and no external entities, so a hostile file cannot make it
 * fetch URLs or expand entity bombs). Inline codes ({@code bpt}, {@code ept}, {@code it}, {@code ph},
 * {@code ut}) hold the original format's markup, not text, and are left out of the pair's text. It hands
 * out {@link TmxUnit}s; {@code format.Tmx} turns them into aligned pairs and writes the props named here.
 */
public final class TmxReader {

    /** Property types bitext writes on each {@code tu} and reads back. */
    public static final String PROP_DOCUMENT = "x-document";
    public static final String PROP_PARAGRAPH = "x-paragraph";
    public static final String PROP_UNIT = "x-unit";
    public static final String PROP_CONFIDENCE = "x-confidence";
    public static final String PROP_REVIEW = "x-review";

    private static final Set<String> NATIVE_CODE = Set.of("bpt", "ept", "it", "ph", "ut");

    private TmxReader() {
    }

    /** One tu being read. */
    private static final class Unit {
        final int line;
        String document;
        String paragraph;
        Integer unit;
        Double confidence;
        String en;
        String zh;

        Unit(int line) {
            this.line = line;
        }
    }

    /**
     * Reads the English–Chinese units of a TMX file.
     *
     * @param warnings where a {@code tu} lacking an English or a Chinese variant is reported (and skipped);
     *                 null to make such a unit bad input
     * @throws BadInputException naming the file and line for malformed XML, a file that is not TMX, a
     *                           {@code tuv} without {@code xml:lang}, or (without {@code warnings}) a
     *                           {@code tu} lacking a variant
     */
    public static List<TmxUnit> read(Path file, List<String> warnings) {
        XMLInputFactory f = XMLInputFactory.newFactory();
        f.setProperty(XMLInputFactory.SUPPORT_DTD, false);
        f.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
        f.setProperty(XMLInputFactory.IS_COALESCING, true);
        String defaultDocument = file.getFileName() == null ? "tmx"
                : file.getFileName().toString().replaceFirst("(?i)\\.tmx$", "");
        List<TmxUnit> pairs = new ArrayList<>();
        XMLStreamReader x = null;
        org.bitext.text.InputFiles.check(file, "TMX");
        try (InputStream in = Files.newInputStream(file)) {
            x = f.createXMLStreamReader(in);
            // Skip the prolog (comments, processing instructions, the DOCTYPE) up to the root element.
            while (x.getEventType() != XMLStreamConstants.START_ELEMENT) {
                x.next();
            }
            if (!"tmx".equals(x.getLocalName())) {
                throw new BadInputException(file, "line " + line(x) + ": not a TMX file (root element <"
                        + x.getLocalName() + ">, expected <tmx>)");
            }
            boolean paragraphLevel = false;
            Unit unit = null;
            int tus = 0;
            while (x.hasNext()) {
                int event = x.next();
                if (event != XMLStreamConstants.START_ELEMENT) {
                    if (event == XMLStreamConstants.END_ELEMENT && "tu".equals(x.getLocalName()) && unit != null) {
                        TmxUnit p = finish(file, unit, paragraphLevel, defaultDocument, ++tus, warnings);
                        if (p != null) {
                            pairs.add(p);
                        }
                        unit = null;
                    }
                    continue;
                }
                switch (x.getLocalName()) {
                    case "header" -> {
                        String segtype = x.getAttributeValue(null, "segtype");
                        paragraphLevel = "paragraph".equals(segtype);
                    }
                    case "tu" -> unit = new Unit(line(x));
                    case "prop" -> {
                        if (unit != null) {
                            prop(file, x, unit);
                        }
                    }
                    case "tuv" -> {
                        if (unit != null) {
                            tuv(file, x, unit);
                        }
                    }
                    default -> {
                        // note, ude, map and unknown extensions carry nothing we use
                    }
                }
            }
        } catch (XMLStreamException e) {
            int line = e.getLocation() != null ? e.getLocation().getLineNumber() : -1;
            throw new BadInputException(file, (line > 0 ? "line " + line + ": " : "") + "malformed TMX (XML): "
                    + cleanMessage(e), e);
        } catch (NoSuchFileException e) {
            throw new BadInputException(file, "file not found");
        } catch (IOException e) {
            throw new BadInputException(file, "cannot read: " + e.getMessage(), e);
        } finally {
            if (x != null) {
                try {
                    x.close();
                } catch (XMLStreamException ignored) {
                    // closing a reader that already failed; the first error is the one reported
                }
            }
        }
        return pairs;
    }

    private static void prop(Path file, XMLStreamReader x, Unit unit) throws XMLStreamException {
        String type = x.getAttributeValue(null, "type");
        int line = line(x);
        String value = x.getElementText().strip();
        if (type == null) {
            return;
        }
        switch (type) {
            case PROP_DOCUMENT -> unit.document = value;
            case PROP_PARAGRAPH -> unit.paragraph = value;
            case PROP_UNIT -> unit.unit = parseInt(file, line, type, value);
            case PROP_CONFIDENCE -> {
                try {
                    unit.confidence = Double.parseDouble(value);
                } catch (NumberFormatException e) {
                    throw new BadInputException(file, "line " + line + ": " + type + " is not a number: '"
                            + value + "'");
                }
                if (!(unit.confidence >= 0 && unit.confidence <= 1)) {
                    throw new BadInputException(file, "line " + line + ": " + type + " must be in [0,1], was "
                            + value);
                }
            }
            default -> {
                // other tools' properties
            }
        }
    }

    private static Integer parseInt(Path file, int line, String type, String value) {
        try {
            int n = Integer.parseInt(value);
            if (n >= 1) {
                return n;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new BadInputException(file, "line " + line + ": " + type + " must be a number >= 1, was '" + value
                + "'");
    }

    private static void tuv(Path file, XMLStreamReader x, Unit unit) throws XMLStreamException {
        int line = line(x);
        String lang = x.getAttributeValue(XMLConstants.XML_NS_URI, "lang");
        if (lang == null) {
            lang = x.getAttributeValue(null, "lang"); // TMX 1.1-1.2 attribute, deprecated but still met
        }
        if (lang == null || lang.isBlank()) {
            throw new BadInputException(file, "line " + line + ": <tuv> without xml:lang");
        }
        String text = seg(x);
        String l = lang.strip().toLowerCase(Locale.ROOT);
        if ((l.equals("en") || l.startsWith("en-") || l.startsWith("en_")) && unit.en == null) {
            unit.en = text;
        } else if ((l.equals("zh") || l.startsWith("zh-") || l.startsWith("zh_")) && unit.zh == null) {
            unit.zh = text;
        }
    }

    /** Reads to the end of the current tuv and returns its seg's text without inline codes. */
    private static String seg(XMLStreamReader x) throws XMLStreamException {
        StringBuilder sb = new StringBuilder();
        int depth = 1;
        boolean inSeg = false;
        int codeDepth = 0;
        while (depth > 0) {
            int event = x.next();
            switch (event) {
                case XMLStreamConstants.START_ELEMENT -> {
                    depth++;
                    String name = x.getLocalName();
                    if (name.equals("seg")) {
                        inSeg = true;
                    } else if (inSeg && (codeDepth > 0 || NATIVE_CODE.contains(name))) {
                        codeDepth++;
                    }
                }
                case XMLStreamConstants.END_ELEMENT -> {
                    depth--;
                    if (x.getLocalName().equals("seg")) {
                        inSeg = false;
                    } else if (codeDepth > 0) {
                        codeDepth--;
                    }
                }
                case XMLStreamConstants.CHARACTERS, XMLStreamConstants.CDATA, XMLStreamConstants.SPACE -> {
                    if (inSeg && codeDepth == 0) {
                        sb.append(x.getText());
                    }
                }
                default -> {
                    // comments and processing instructions are not text
                }
            }
        }
        return sb.toString().strip();
    }

    private static TmxUnit finish(Path file, Unit u, boolean paragraphLevel, String defaultDocument, int ordinal,
                                      List<String> warnings) {
        if (u.en == null || u.zh == null) {
            String problem = "line " + u.line + ": <tu> has no " + (u.en == null ? "English (en)" : "Chinese (zh)")
                    + " <tuv>";
            if (warnings == null) {
                throw new BadInputException(file, problem);
            }
            warnings.add(file + ": " + problem + "; unit skipped");
            return null;
        }
        return new TmxUnit(u.document != null && !u.document.isEmpty() ? u.document : defaultDocument,
                u.paragraph != null && !u.paragraph.isEmpty() ? u.paragraph : Integer.toString(ordinal),
                u.unit != null ? u.unit : 1, u.confidence != null ? u.confidence : 1.0, paragraphLevel, u.en, u.zh,
                u.line);
    }

    private static int line(XMLStreamReader x) {
        return x.getLocation() == null ? -1 : x.getLocation().getLineNumber();
    }

    /** The JDK prefixes messages with "ParseError at [row,col]:[..]\nMessage: "; the line is reported apart. */
    private static String cleanMessage(XMLStreamException e) {
        String m = String.valueOf(e.getMessage());
        int i = m.indexOf("Message: ");
        return (i >= 0 ? m.substring(i + "Message: ".length()) : m).strip();
    }
}
