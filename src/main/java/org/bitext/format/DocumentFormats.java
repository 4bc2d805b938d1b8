package org.bitext.format;

import java.util.List;
import org.apache.commons.text.StringEscapeUtils;
import org.bitext.segment.Block;
import org.bitext.segment.Document;
import org.bitext.segment.Paragraph;
import org.bitext.segment.Sentence;
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
        for (String w : d.warnings()) {
            sb.append("# warning: ").append(w).append('\n');
        }
        for (Block b : d.frontMatter()) {
            sb.append('[').append(b.kind()).append("]\n");
            appendSentences(sb, d, b.sentences());
        }
        for (Paragraph p : d.paragraphs()) {
            sb.append(p.number() == null ? "[¶]" : "[" + p.number() + "]").append('\n');
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
        StringBuilder sb = new StringBuilder(d.text().length() * 3 + 256);
        sb.append("{\"id\":").append(str(d.id()))
                .append(",\"language\":").append(str(d.language().code()))
                .append(",\"text\":").append(str(d.text()))
                .append(",\"frontMatter\":[");
        for (int i = 0; i < d.frontMatter().size(); i++) {
            Block b = d.frontMatter().get(i);
            sb.append(i == 0 ? "" : ",").append("{\"kind\":").append(str(b.kind().name()));
            span(sb, d, b.span());
            sentences(sb, d, b.sentences());
            sb.append('}');
        }
        sb.append("],\"paragraphs\":[");
        for (int i = 0; i < d.paragraphs().size(); i++) {
            Paragraph p = d.paragraphs().get(i);
            sb.append(i == 0 ? "" : ",").append("{\"number\":").append(p.number() == null ? "null" : p.number());
            span(sb, d, p.span());
            sentences(sb, d, p.sentences());
            sb.append('}');
        }
        sb.append("],\"warnings\":[");
        for (int i = 0; i < d.warnings().size(); i++) {
            sb.append(i == 0 ? "" : ",").append(str(d.warnings().get(i)));
        }
        return sb.append("]}\n").toString();
    }

    private static void sentences(StringBuilder sb, Document d, List<Sentence> sentences) {
        sb.append(",\"sentences\":[");
        for (int i = 0; i < sentences.size(); i++) {
            sb.append(i == 0 ? "{" : ",{");
            span(sb, d, sentences.get(i).span());
            sb.append('}');
        }
        sb.append(']');
    }

    /** Writes {@code "start":..,"end":..,"text":".."}, preceded by a comma unless it opens an object. */
    private static void span(StringBuilder sb, Document d, Span s) {
        if (sb.charAt(sb.length() - 1) != '{') {
            sb.append(',');
        }
        sb.append("\"start\":").append(s.start()).append(",\"end\":").append(s.end())
                .append(",\"text\":").append(str(d.text(s)));
    }

    private static String str(String s) {
        return '"' + StringEscapeUtils.escapeJson(s) + '"';
    }
}
