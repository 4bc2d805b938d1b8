package org.bitext.align;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.bitext.segment.Block;
import org.bitext.segment.BlockKind;
import org.bitext.segment.Document;
import org.bitext.segment.Paragraph;
import org.bitext.segment.Sentence;
import org.bitext.text.Language;

/**
 * Aligns two segmented documents: paragraphs first, then sentences inside each paragraph pair. Numbered
 * paragraphs with the same number, and front-matter blocks of the same kind, are hard anchors (kept in
 * order by a longest increasing chain, so a misplaced or duplicated number cannot cross other anchors).
 * Between anchors the units are aligned by the sentence aligner's DP on length and lexical evidence, with
 * 1-0 and 0-1 beads for units on one side only. The header block (symbol, organ, date) is not aligned.
 */
public final class DocumentAligner {

    private final SentenceAligner sentences;

    public DocumentAligner(Translations dictionary) {
        this.sentences = new SentenceAligner(dictionary);
    }

    /** Aligns {@code en} (the original) with {@code zh} (the translation). */
    public DocumentAlignment align(String name, Document en, Document zh) {
        List<String> warnings = new ArrayList<>();
        List<AlignUnit> eu = units(en);
        List<AlignUnit> zu = units(zh);
        Map<String, Integer> ek = keys(eu, "English", warnings);
        Map<String, Integer> zk = keys(zu, "Chinese", warnings);
        numberWarnings(ek, zk, warnings);
        List<int[]> anchors = anchors(ek, zk, warnings);

        // gaps between anchors, aligned by the DP at unit level
        List<List<String>> gapEn = new ArrayList<>();
        List<List<String>> gapZh = new ArrayList<>();
        List<int[]> gapStart = new ArrayList<>();
        int pe = 0;
        int pz = 0;
        List<int[]> ends = new ArrayList<>(anchors);
        ends.add(new int[] {eu.size(), zu.size()});
        for (int[] a : ends) {
            gapEn.add(texts(en, eu.subList(pe, a[0])));
            gapZh.add(texts(zh, zu.subList(pz, a[1])));
            gapStart.add(new int[] {pe, pz});
            pe = a[0] + 1;
            pz = a[1] + 1;
        }
        List<List<Bead>> gapBeads = alignGaps(gapEn, gapZh);

        List<ParagraphBead> beads = new ArrayList<>();
        List<List<String>> sentEn = new ArrayList<>();
        List<List<String>> sentZh = new ArrayList<>();
        List<int[]> units = new ArrayList<>();
        List<Double> conf = new ArrayList<>();
        List<Boolean> anchored = new ArrayList<>();
        for (int g = 0; g < ends.size(); g++) {
            for (Bead b : gapBeads.get(g)) {
                int[] u = {gapStart.get(g)[0], b.src().size(), gapStart.get(g)[1], b.tgt().size()};
                if (!b.src().isEmpty()) {
                    u[0] += b.src().get(0);
                }
                if (!b.tgt().isEmpty()) {
                    u[2] += b.tgt().get(0);
                }
                units.add(u);
                conf.add(b.confidence());
                anchored.add(false);
            }
            if (g < anchors.size()) {
                units.add(new int[] {anchors.get(g)[0], 1, anchors.get(g)[1], 1});
                conf.add(1.0);
                anchored.add(true);
            }
        }
        for (int[] u : units) {
            sentEn.add(sentenceTexts(en, eu.subList(u[0], u[0] + u[1])));
            sentZh.add(sentenceTexts(zh, zu.subList(u[2], u[2] + u[3])));
        }
        List<List<Bead>> inside = sentences.alignBlocks(sentEn, sentZh, Language.EN);
        for (int k = 0; k < units.size(); k++) {
            int[] u = units.get(k);
            List<Integer> e = range(u[0], u[1]);
            List<Integer> z = range(u[2], u[3]);
            String label = u[1] > 0 ? eu.get(u[0]).label() : zu.get(u[2]).label();
            if (u[1] == 0 || u[3] == 0) {
                warnings.add((u[1] == 0 ? "Chinese" : "English") + " paragraph " + label
                        + " has no counterpart in the other text");
            }
            beads.add(new ParagraphBead(e, z, label, anchored.get(k), conf.get(k), inside.get(k)));
        }
        return new DocumentAlignment(name, en, zh, eu, zu, beads, warnings);
    }

    private List<List<Bead>> alignGaps(List<List<String>> en, List<List<String>> zh) {
        List<List<String>> e = new ArrayList<>();
        List<List<String>> z = new ArrayList<>();
        List<Integer> which = new ArrayList<>();
        List<List<Bead>> out = new ArrayList<>();
        for (int g = 0; g < en.size(); g++) {
            out.add(null);
            if (!en.get(g).isEmpty() || !zh.get(g).isEmpty()) {
                e.add(en.get(g));
                z.add(zh.get(g));
                which.add(g);
            } else {
                out.set(g, List.of());
            }
        }
        List<List<Bead>> aligned = sentences.alignBlocks(e, z, Language.EN);
        for (int k = 0; k < which.size(); k++) {
            out.set(which.get(k), aligned.get(k));
        }
        return out;
    }

    static List<AlignUnit> units(Document d) {
        List<AlignUnit> out = new ArrayList<>();
        for (Block b : d.frontMatter()) {
            if (b.kind() != BlockKind.HEADER) {
                out.add(new AlignUnit("0", b.kind(), null, b.span(), b.sentences()));
            }
        }
        int unnumbered = 0;
        for (Paragraph p : d.paragraphs()) {
            String label = p.number() != null ? p.number().toString() : "u" + (++unnumbered);
            out.add(new AlignUnit(label, null, p.number(), p.span(), p.sentences()));
        }
        return out;
    }

    /** Anchor keys: front-matter kind with its occurrence, paragraph number when unique on this side. */
    private static Map<String, Integer> keys(List<AlignUnit> units, String side, List<String> warnings) {
        Map<String, Integer> out = new HashMap<>();
        Map<BlockKind, Integer> seen = new HashMap<>();
        TreeSet<Integer> duplicates = new TreeSet<>();
        for (int k = 0; k < units.size(); k++) {
            AlignUnit u = units.get(k);
            if (u.kind() != null) {
                int n = seen.merge(u.kind(), 1, Integer::sum);
                out.put("fm:" + u.kind() + ":" + n, k);
            } else if (u.number() != null) {
                if (out.putIfAbsent("p:" + u.number(), k) != null) {
                    duplicates.add(u.number());
                }
            }
        }
        for (int n : duplicates) {
            out.remove("p:" + n);
            warnings.add("paragraph number " + n + " appears more than once in the " + side
                    + " text; those paragraphs are aligned by content");
        }
        return out;
    }

    private static void numberWarnings(Map<String, Integer> ek, Map<String, Integer> zk, List<String> warnings) {
        TreeSet<Integer> onlyEn = new TreeSet<>();
        TreeSet<Integer> onlyZh = new TreeSet<>();
        ek.keySet().stream().filter(k -> k.startsWith("p:") && !zk.containsKey(k))
                .forEach(k -> onlyEn.add(Integer.parseInt(k.substring(2))));
        zk.keySet().stream().filter(k -> k.startsWith("p:") && !ek.containsKey(k))
                .forEach(k -> onlyZh.add(Integer.parseInt(k.substring(2))));
        if (!onlyEn.isEmpty()) {
            warnings.add("paragraph numbers only in the English text: " + onlyEn);
        }
        if (!onlyZh.isEmpty()) {
            warnings.add("paragraph numbers only in the Chinese text: " + onlyZh);
        }
    }

    /** Anchor pairs {en unit, zh unit} in order: the longest chain increasing on both sides. */
    private static List<int[]> anchors(Map<String, Integer> ek, Map<String, Integer> zk, List<String> warnings) {
        List<int[]> cand = new ArrayList<>();
        ek.forEach((key, e) -> {
            Integer z = zk.get(key);
            if (z != null) {
                cand.add(new int[] {e, z});
            }
        });
        cand.sort((a, b) -> Integer.compare(a[0], b[0]));
        List<int[]> chain = longestIncreasing(cand);
        int n = cand.size();
        if (chain.size() < n) {
            warnings.add((n - chain.size()) + " numbered paragraph(s) out of order were aligned by content");
        }
        return chain;
    }

    /**
     * The longest chain of {@code cand} (sorted by English unit, each English unit at most once) strictly
     * increasing in the Chinese unit too: patience sorting, O(n log n), so that documents with a hundred
     * thousand numbered paragraphs cost no more than their segmentation. Ties keep the earliest chain.
     */
    static List<int[]> longestIncreasing(List<int[]> cand) {
        int n = cand.size();
        int[] tails = new int[n]; // tails[l] = index of the smallest-ending chain of length l + 1
        int[] prev = new int[n];
        int length = 0;
        for (int i = 0; i < n; i++) {
            int z = cand.get(i)[1];
            int lo = 0;
            int hi = length;
            while (lo < hi) {
                int mid = (lo + hi) >>> 1;
                if (cand.get(tails[mid])[1] < z) {
                    lo = mid + 1;
                } else {
                    hi = mid;
                }
            }
            prev[i] = lo > 0 ? tails[lo - 1] : -1;
            tails[lo] = i;
            if (lo == length) {
                length++;
            }
        }
        int[][] chain = new int[length][];
        for (int k = length - 1, i = length == 0 ? -1 : tails[length - 1]; k >= 0; k--, i = prev[i]) {
            chain[k] = cand.get(i);
        }
        return new ArrayList<>(List.of(chain));
    }

    private static List<String> texts(Document d, List<AlignUnit> units) {
        List<String> out = new ArrayList<>();
        for (AlignUnit u : units) {
            out.add(d.text(u.span()));
        }
        return out;
    }

    private static List<String> sentenceTexts(Document d, List<AlignUnit> units) {
        List<String> out = new ArrayList<>();
        for (AlignUnit u : units) {
            for (Sentence s : u.sentences()) {
                out.add(d.text(s.span()));
            }
        }
        return out;
    }

    private static List<Integer> range(int from, int count) {
        List<Integer> out = new ArrayList<>(count);
        for (int k = 0; k < count; k++) {
            out.add(from + k);
        }
        return out;
    }
}
