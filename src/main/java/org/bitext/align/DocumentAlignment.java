package org.bitext.align;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.bitext.segment.Document;
import org.bitext.segment.Sentence;

/**
 * The alignment of a Chinese translation with its English original: paragraph beads (front matter and body
 * paragraphs, one-sided ones included), the sentence beads inside each, and warnings such as paragraph
 * numbers present on one side only. Every unit and every sentence of both documents is in exactly one bead.
 *
 * @param name       document name (e.g. {@code CD-1937})
 * @param en         the segmented English document
 * @param zh         the segmented Chinese document
 * @param enUnits    the English units paragraph beads refer to
 * @param zhUnits    the Chinese units
 * @param paragraphs paragraph beads in document order
 * @param warnings   problems tolerated (unmatched or duplicate numbers, ...)
 */
public record DocumentAlignment(String name, Document en, Document zh, List<AlignUnit> enUnits,
                                List<AlignUnit> zhUnits, List<ParagraphBead> paragraphs, List<String> warnings) {

    public DocumentAlignment {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(en, "en");
        Objects.requireNonNull(zh, "zh");
        enUnits = List.copyOf(enUnits);
        zhUnits = List.copyOf(zhUnits);
        paragraphs = List.copyOf(paragraphs);
        warnings = List.copyOf(warnings);
    }

    /** The English sentences of a paragraph bead, in the order its sentence beads index them. */
    public List<Sentence> enSentences(ParagraphBead bead) {
        return sentences(bead.en(), enUnits);
    }

    /** The Chinese sentences of a paragraph bead. */
    public List<Sentence> zhSentences(ParagraphBead bead) {
        return sentences(bead.zh(), zhUnits);
    }

    private static List<Sentence> sentences(List<Integer> ids, List<AlignUnit> units) {
        List<Sentence> out = new ArrayList<>();
        for (int id : ids) {
            out.addAll(units.get(id).sentences());
        }
        return out;
    }

    /**
     * One entry per output unit at {@code level}: the pair, and for each side the document-wide 0-based
     * sentence indices (sentences numbered over all units in order) and their spans.
     */
    public record Unit(AlignedPair pair, List<Integer> enSentences, List<Integer> zhSentences,
                       List<org.bitext.text.Span> enSpans, List<org.bitext.text.Span> zhSpans) {
    }

    /** The units at {@code level} with their document-wide sentence indices and spans. */
    public List<Unit> units(Level level) {
        List<AlignedPair> pairs = pairs(level);
        int[] enBase = bases(enUnits);
        int[] zhBase = bases(zhUnits);
        List<Unit> out = new ArrayList<>(pairs.size());
        int k = 0;
        for (ParagraphBead p : paragraphs) {
            int e0 = p.en().isEmpty() ? 0 : enBase[p.en().get(0)];
            int z0 = p.zh().isEmpty() ? 0 : zhBase[p.zh().get(0)];
            List<Sentence> es = enSentences(p);
            List<Sentence> zs = zhSentences(p);
            if (level == Level.PARAGRAPH) {
                out.add(unit(pairs.get(k++), e0, 0, es.size(), es, z0, 0, zs.size(), zs));
                continue;
            }
            for (Bead b : p.sentences()) {
                int ef = b.src().isEmpty() ? 0 : b.src().get(0);
                int zf = b.tgt().isEmpty() ? 0 : b.tgt().get(0);
                out.add(unit(pairs.get(k++), e0, ef, b.src().size(), es, z0, zf, b.tgt().size(), zs));
            }
        }
        return out;
    }

    /** Sentence beads with document-wide indices (English = source), for the beads format. */
    public List<Bead> documentBeads() {
        List<Bead> out = new ArrayList<>();
        for (Unit u : units(Level.SENTENCE)) {
            out.add(new Bead(u.enSentences(), u.zhSentences(), u.pair().confidence()));
        }
        return out;
    }

    private static Unit unit(AlignedPair pair, int eBase, int ef, int en, List<Sentence> es, int zBase, int zf,
                             int zn, List<Sentence> zs) {
        List<Integer> ei = new ArrayList<>();
        List<org.bitext.text.Span> esp = new ArrayList<>();
        for (int x = ef; x < ef + en; x++) {
            ei.add(eBase + x);
            esp.add(es.get(x).span());
        }
        List<Integer> zi = new ArrayList<>();
        List<org.bitext.text.Span> zsp = new ArrayList<>();
        for (int x = zf; x < zf + zn; x++) {
            zi.add(zBase + x);
            zsp.add(zs.get(x).span());
        }
        return new Unit(pair, ei, zi, esp, zsp);
    }

    private static int[] bases(List<AlignUnit> units) {
        int[] b = new int[units.size() + 1];
        for (int k = 0; k < units.size(); k++) {
            b[k + 1] = b[k] + units.get(k).sentences().size();
        }
        return b;
    }

    /** The overall confidence: the mean sentence-bead confidence over two-sided beads (1 when none). */
    public double confidence() {
        double sum = 0;
        int n = 0;
        for (ParagraphBead p : paragraphs) {
            for (Bead b : p.sentences()) {
                if (b.isTwoSided()) {
                    sum += b.confidence();
                    n++;
                }
            }
        }
        return n == 0 ? 1 : sum / n;
    }

    /** The aligned pairs at paragraph and sentence level, one-sided pairs included (see {@link AlignedPairs}). */
    public List<AlignedPair> pairs(Level level) {
        return AlignedPairs.of(this, level);
    }
}
