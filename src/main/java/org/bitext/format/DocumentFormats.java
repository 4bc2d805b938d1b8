package org.bitext.format;

import java.util.List;
import java.util.Locale;
import org.bitext.segment.Block;
import org.bitext.segment.Document;
import org.bitext.segment.FootnoteMark;
import org.bitext.segment.Paragraph;
import org.bitext.segment.Sentence;
import org.bitext.segment.StructureKind;
import org.bitext.text.Span;

/**
 * Renders a segmented {@link Document} for people (an indented outline) and for programs (JSON with the
 * cleaned text and every span with its covered text), as printed by {@code bitext segment}.
 */
public final class DocumentFormats {

    private DocumentFormats() {
    }

    /** An outline: one line per front-matter block and paragraph, one indented line per sentence. */
    public static String toText(Document d) {
        StringBuilder sb = new StringBuilder();
        int sentences = d.paragraphs().stream().mapToInt(p -> p.sentences().size()).sum();
        long numbered = d.paragraphs().stream().filter(p -> p.number() != null).count();
        sb.append("# ").append(d.id()).append(" (").append(d.language().code()).append("): ")
                .append(d.frontMatter().size()).append(" front-matter blocks, ")
                .append(d.paragraphs().size()).append(" paragraphs (").append(numbered).append(" numbered), ")
                .append(sentences).append(" body sentences\n");
        sb.append("# layout: ").append(d.layout().description()).append('\n');
        if (!d.symbol().isEmpty()) {
            sb.append("# symbol: ").append(d.symbol()).append('\n');
        }
        for (String w : d.warnings()) {
            sb.append("# warning: ").append(w).append('\n');
        }
        for (Block b : d.frontMatter()) {
            sb.append('[').append(b.kind()).append("]\n");
            appendSentences(sb, d, b.sentences());
        }
        for (Paragraph p : d.paragraphs()) {
            sb.append(p.number() == null ? "[¶]" : "[" + p.number() + "]");
            boolean plain = p.kind() == StructureKind.TEXT && p.address().isEmpty()
                    || p.kind() == StructureKind.NUMBERED && p.address().equals("¶" + p.number());
            if (!plain) {
                sb.append(' ').append(p.kind().name().toLowerCase(Locale.ROOT));
                if (!p.address().isEmpty()) {
                    sb.append(' ').append(p.address());
                }
            }
            sb.append('\n');
            appendSentences(sb, d, p.sentences());
        }
        return sb.toString();
    }

    private static void appendSentences(StringBuilder sb, Document d, List<Sentence> sentences) {
        for (Sentence s : sentences) {
            sb.append("    ").append(d.text(s.span())).append('\n');
        }
    }

    /** JSON: {@code {id, language, text, frontMatter:[...], paragraphs:[...], warnings:[...]}}. */
    public static String toJson(Document d) {
        JsonWriter w = new JsonWriter(new StringBuilder(d.text().length() * 3 + 256)).beginObject()
                .field("id", d.id())
                .field("language", d.language().code())
                .field("layout", d.layout().name())
                .field("symbol", d.symbol())
                .field("text", d.text())
                .name("frontMatter").beginArray();
        for (Block b : d.frontMatter()) {
            w.beginObject().field("kind", b.kind().name());
            span(w, d, b.span());
            sentences(w, d, b.sentences());
            w.endObject();
        }
        w.endArray().name("paragraphs").beginArray();
        for (Paragraph p : d.paragraphs()) {
            w.beginObject().name("number");
            if (p.number() == null) {
                w.nullValue();
            } else {
                w.value(p.number());
            }
            w.field("kind", p.kind().name()).field("address", p.address());
            span(w, d, p.span());
            sentences(w, d, p.sentences());
            w.endObject();
        }
        w.endArray().name("footnoteMarks").beginArray();
        for (FootnoteMark m : d.footnoteMarks()) {
            w.beginObject().field("offset", m.offset()).field("label", m.label()).endObject();
        }
        w.endArray().name("warnings").beginArray();
        for (String warning : d.warnings()) {
            w.value(warning);
        }
        return w.endArray().endObject().toJson() + "\n";
    }

    private static void sentences(JsonWriter w, Document d, List<Sentence> sentences) {
        w.name("sentences").beginArray();
        for (Sentence s : sentences) {
            w.beginObject();
            span(w, d, s.span());
            w.endObject();
        }
        w.endArray();
    }

    /** Writes the members {@code "start":..,"end":..,"text":".."} into the open object. */
    private static void span(JsonWriter w, Document d, Span s) {
        w.field("start", s.start()).field("end", s.end()).field("text", d.text(s));
    }
}
