package org.bitext.format;

import java.io.IOException;
import java.io.Writer;
import java.util.List;
import org.bitext.align.AlignedPair;
import org.bitext.text.Span;

/**
 * JSON Lines output: one JSON object per bead, one-sided beads included, for programs that post-process an
 * alignment. Keys: document, level, paragraph, address (structural, e.g. {@code art. 17 ¶2}, may be empty), unit, en, zh, en_sentences, zh_sentences (0-based), en_spans,
 * zh_spans ([start, end) char offsets into the segmented texts), confidence, review.
 */
public final class JsonLines {

    private JsonLines() {
    }

    /** Writes one line per row; {@code review} is true when the confidence is below {@code minConfidence}. */
    public static void write(List<AlignmentRow> rows, double minConfidence, Writer out) throws IOException {
        StringBuilder sb = new StringBuilder(512);
        for (AlignmentRow row : rows) {
            sb.setLength(0);
            AlignedPair p = row.pair();
            sb.append("{\"document\":").append(Json.string(p.document()))
                    .append(",\"level\":").append(Json.string(p.level().code()))
                    .append(",\"paragraph\":").append(Json.string(p.paragraph()))
                    .append(",\"address\":").append(Json.string(p.address()))
                    .append(",\"unit\":").append(p.unit())
                    .append(",\"en\":").append(Json.string(p.en()))
                    .append(",\"zh\":").append(Json.string(p.zh()))
                    .append(",\"en_sentences\":").append(row.enSentences().toString().replace(" ", ""))
                    .append(",\"zh_sentences\":").append(row.zhSentences().toString().replace(" ", ""))
                    .append(",\"en_spans\":");
            spans(sb, row.enSpans());
            sb.append(",\"zh_spans\":");
            spans(sb, row.zhSpans());
            sb.append(",\"confidence\":").append(Tsv.confidence(p.confidence()))
                    .append(",\"review\":").append(p.confidence() < minConfidence)
                    .append("}\n");
            out.write(sb.toString());
        }
    }

    private static void spans(StringBuilder sb, List<Span> spans) {
        sb.append('[');
        for (int i = 0; i < spans.size(); i++) {
            Span s = spans.get(i);
            sb.append(i == 0 ? "" : ",").append('[').append(s.start()).append(',').append(s.end()).append(']');
        }
        sb.append(']');
    }
}
