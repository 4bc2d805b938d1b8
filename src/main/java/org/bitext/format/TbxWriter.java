package org.bitext.format;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Path;
import org.bitext.text.OutputFile;
import java.util.List;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.bitext.terms.ExtractedTerm;
import org.bitext.terms.TermPair;

/**
 * Writes term pairs as TBX (ISO 30042:2019, TBX-Basic dialect, DCA style): one {@code conceptEntry} per pair
 * with a {@code langSec} per language, each holding a {@code termSec} with the term, its
 * {@code termNote type="termType"} and a context sentence. Escaping is left to the StAX writer.
 */
public final class TbxWriter {

    private static final String NS = "urn:iso:std:iso:30042:ed-2";
    private static final String XML_NS = "http://www.w3.org/XML/1998/namespace";

    private TbxWriter() {
    }

    /** Writes {@code file} completely or not at all ({@link OutputFile}). */
    public static void write(List<ExtractedTerm> terms, Path file) throws IOException {
        OutputFile.write(file, out -> {
            try {
                write(terms, out);
            } catch (XMLStreamException e) {
                throw new IOException(e.getMessage(), e);
            }
        });
    }

    private static void write(List<ExtractedTerm> terms, OutputStream out) throws IOException, XMLStreamException {
        {
            XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
            x.writeStartDocument("UTF-8", "1.0");
            x.writeCharacters("\n");
            x.writeStartElement("tbx");
            x.writeDefaultNamespace(NS);
            x.writeAttribute("type", "TBX-Basic");
            x.writeAttribute("style", "dca");
            x.writeAttribute("xml", XML_NS, "lang", "en");
            x.writeStartElement("tbxHeader");
            x.writeStartElement("fileDesc");
            x.writeStartElement("sourceDesc");
            element(x, "p", "Term pairs extracted by bitext terms from aligned Chinese-English units.");
            x.writeEndElement();
            x.writeEndElement();
            x.writeEndElement();
            x.writeStartElement("text");
            x.writeStartElement("body");
            int id = 0;
            for (ExtractedTerm t : terms) {
                TermPair p = t.pair();
                x.writeCharacters("\n");
                x.writeStartElement("conceptEntry");
                x.writeAttribute("id", "c" + (++id));
                element(x, "note", "method=" + p.method() + "; frequency=" + p.frequency() + "; score="
                        + p.score() + "; examples=" + String.join(" ", p.examples()));
                langSec(x, "zh", p.zh(), zhType(p), t.zhContext());
                langSec(x, "en", p.en(), enType(p), t.enContext());
                x.writeEndElement();
            }
            x.writeCharacters("\n");
            x.writeEndElement();
            x.writeEndElement();
            x.writeEndElement();
            x.writeEndDocument();
            x.close();
        }
    }

    /**
     * TBX-Basic termType of the Chinese side, or null for a plain term (no termType note): the Chinese of an
     * acronym or abbreviation pair is itself an abbreviation (禁产条约 for FMCT); of a full-form pair, the full
     * form.
     */
    static String zhType(TermPair p) {
        return switch (p.kind()) {
            case ACRONYM, ABBREVIATION -> "abbreviation";
            case FULL_FORM -> "fullForm";
            case TERM -> null;
        };
    }

    /** TBX-Basic termType of the English side, or null for a plain term. */
    static String enType(TermPair p) {
        return switch (p.kind()) {
            case ACRONYM -> "acronym";
            case ABBREVIATION -> "abbreviation";
            case FULL_FORM -> "fullForm";
            case TERM -> null;
        };
    }

    private static void langSec(XMLStreamWriter x, String lang, String term, String type, String context)
            throws XMLStreamException {
        x.writeStartElement("langSec");
        x.writeAttribute("xml", XML_NS, "lang", lang);
        x.writeStartElement("termSec");
        element(x, "term", term);
        if (type != null) {
            x.writeStartElement("termNote");
            x.writeAttribute("type", "termType");
            x.writeCharacters(type);
            x.writeEndElement();
        }
        x.writeStartElement("descrip");
        x.writeAttribute("type", "context");
        x.writeCharacters(context);
        x.writeEndElement();
        x.writeEndElement();
        x.writeEndElement();
    }

    private static void element(XMLStreamWriter x, String name, String text) throws XMLStreamException {
        x.writeStartElement(name);
        x.writeCharacters(text);
        x.writeEndElement();
    }
}
