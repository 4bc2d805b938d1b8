package org.bitext.align;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bitext.segment.Document;
import org.bitext.segment.Sentence;

/**
 * Turns a {@link DocumentAlignment} into the {@link AlignedPair}s later stages consume. Sentences of a bead
 * are joined with a space in English and without one in Chinese; a sentence pair's confidence is the lower
 * of its own and its paragraph bead's.
 */
final class AlignedPairs {

    private AlignedPairs() {
    }

    static List<AlignedPair> of(DocumentAlignment a, Level level) {
        List<AlignedPair> out = new ArrayList<>();
        // units count within a label: the front-matter beads all carry "0" and are numbered 1, 2, 3, ...
        Map<String, Integer> next = new HashMap<>();
        String symbol = a.en().symbol().isEmpty() ? a.zh().symbol() : a.en().symbol();
        String date = a.en().date().isEmpty() ? a.zh().date() : a.en().date();
        for (ParagraphBead p : a.paragraphs()) {
            List<Sentence> en = a.enSentences(p);
            List<Sentence> zh = a.zhSentences(p);
            if (level == Level.PARAGRAPH) {
                out.add(new AlignedPair(a.name(), level, p.label(), next.merge(p.label(), 1, Integer::sum),
                        join(a.en(), en, 0, en.size(), " "),
                        join(a.zh(), zh, 0, zh.size(), ""), p.confidence(), p.address(), symbol, date));
                continue;
            }
            for (Bead b : p.sentences()) {
                String e = b.src().isEmpty() ? "" : join(a.en(), en, b.src().get(0), b.src().size(), " ");
                String z = b.tgt().isEmpty() ? "" : join(a.zh(), zh, b.tgt().get(0), b.tgt().size(), "");
                out.add(new AlignedPair(a.name(), level, p.label(), next.merge(p.label(), 1, Integer::sum), e, z,
                        Math.min(b.confidence(), p.confidence()), p.address(), symbol, date));
            }
        }
        return out;
    }

    private static String join(Document d, List<Sentence> sentences, int from, int count, String sep) {
        StringBuilder sb = new StringBuilder();
        for (int k = from; k < from + count; k++) {
            if (k > from) {
                sb.append(sep);
            }
            sb.append(d.text(sentences.get(k).span()).strip());
        }
        return sb.toString();
    }
}
