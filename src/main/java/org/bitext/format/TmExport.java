package org.bitext.format;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.List;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.apache.commons.text.StringEscapeUtils;
import org.bitext.align.AlignedPair;
import org.bitext.index.Hit;
import org.bitext.index.SearchResult;
import org.bitext.index.TmMatch;
import org.bitext.index.TmResult;
import org.bitext.read.TmxReader;
import org.bitext.text.Language;

/**
 * What a translator takes away from bitext: translation-memory matches and concordance hits as TMX 1.4b
 * (a project memory OmegaT, Trados or memoQ loads: each unit's stored source and translation, with the match
 * %, the text it matched and where it comes from as {@code prop}s) or as CSV (UTF-8 with a BOM so that
 * spreadsheets show the Chinese, RFC 4180 quoting).
 */
public final class TmExport {

    static final String PROP_MATCH = "x-match";
    static final String PROP_QUERY = "x-query";

    private TmExport() {
    }

    /** One exported unit: the pair, the language its source is in, and extra props. */
    private record Row(AlignedPair unit, Language source, List<String[]> props) {
    }

    /**
     * The matches of {@code results} as TMX; the header's srclang is the language of the first looked-up
     * text (zh-CN or en), each TU holds the stored unit with {@code x-match} and {@code x-query} props.
     */
    public static void lookupTmx(List<TmResult> results, Writer out) throws IOException {
        List<Row> rows = new ArrayList<>();
        Language src = Language.EN;
        boolean first = true;
        for (TmResult r : results) {
            if (first && r.language() != null) {
                src = r.language();
                first = false;
            }
            for (TmMatch m : r.matches()) {
                rows.add(new Row(m.unit(), m.language(), List.of(
                        new String[] {PROP_MATCH, Integer.toString(m.percent())},
                        new String[] {PROP_QUERY, r.query()})));
            }
        }
        tmx(rows, src, out);
    }

    /** The hits shown of a search as TMX (English as srclang, as the aligner writes it). */
    public static void searchTmx(SearchResult result, Writer out) throws IOException {
        List<Row> rows = new ArrayList<>();
        for (Hit h : result.hits()) {
            rows.add(new Row(new AlignedPair(h.document(), h.level(), h.paragraph(), h.unit(), h.en(), h.zh(),
                    h.confidence()), Language.EN, List.of()));
        }
        tmx(rows, Language.EN, out);
    }

    /** Matches as CSV: query, match %, source, translation, suggested translation, document, paragraph, unit. */
    public static void lookupCsv(List<TmResult> results, Writer out) throws IOException {
        out.write('\uFEFF');
        row(out, "query", "match", "source", "translation", "suggested", "document", "paragraph", "unit");
        for (TmResult r : results) {
            for (TmMatch m : r.matches()) {
                row(out, r.query(), Integer.toString(m.percent()), m.source(), m.translation(), m.suggested(),
                        m.unit().document(), m.unit().paragraph(), Integer.toString(m.unit().unit()));
            }
        }
        out.flush();
    }

    /** Hits as CSV: document, paragraph, unit, en, zh, spotted translation. */
    public static void searchCsv(SearchResult result, Writer out) throws IOException {
        out.write('\uFEFF');
        row(out, "document", "paragraph", "unit", "en", "zh", "spotted");
        for (Hit h : result.hits()) {
            row(out, h.document(), h.paragraph(), Integer.toString(h.unit()), h.en(), h.zh(),
                    h.spotted() == null ? "" : h.spotted());
        }
        out.flush();
    }

    private static void row(Writer out, String... fields) throws IOException {
        for (int i = 0; i < fields.length; i++) {
            if (i > 0) {
                out.write(',');
            }
            out.write(StringEscapeUtils.escapeCsv(fields[i]));
        }
        out.write("\r\n");
    }

    private static void tmx(List<Row> rows, Language srclang, Writer out) throws IOException {
        List<String> warnings = new ArrayList<>();
        try {
            XMLStreamWriter x = Tmx.start(out, rows.isEmpty() ? "sentence" : rows.get(0).unit().level().code(),
                    srclang);
            for (Row r : rows) {
                AlignedPair p = r.unit();
                x.writeCharacters("\n    ");
                x.writeStartElement("tu");
                Tmx.prop(x, TmxReader.PROP_DOCUMENT, Tmx.xmlSafe(p.document(), p, warnings));
                Tmx.prop(x, TmxReader.PROP_PARAGRAPH, Tmx.xmlSafe(p.paragraph(), p, warnings));
                Tmx.prop(x, TmxReader.PROP_UNIT, Integer.toString(p.unit()));
                for (String[] prop : r.props()) {
                    Tmx.prop(x, prop[0], Tmx.xmlSafe(prop[1], p, warnings));
                }
                Language other = r.source() == Language.EN ? Language.ZH : Language.EN;
                Tmx.tuv(x, r.source(), Tmx.xmlSafe(text(p, r.source()), p, warnings));
                Tmx.tuv(x, other, Tmx.xmlSafe(text(p, other), p, warnings));
                x.writeCharacters("\n    ");
                x.writeEndElement();
            }
            Tmx.end(x);
        } catch (XMLStreamException e) {
            throw Tmx.failure(e);
        }
        out.flush();
    }

    private static String text(AlignedPair p, Language l) {
        return l == Language.EN ? p.en() : p.zh();
    }
}
