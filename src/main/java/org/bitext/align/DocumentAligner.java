package org.bitext.align;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.bitext.segment.Block;
import org.bitext.segment.BlockKind;
import org.bitext.segment.Document;
import org.bitext.segment.Paragraph;
import org.bitext.segment.Sentence;
import org.bitext.segment.StructureKind;
import org.bitext.text.Language;

/**
 * Aligns two segmented documents: paragraphs first, then sentences inside each paragraph pair. Paragraphs
 * with the same structural kind and address (numbered paragraph, article, annex, labelled heading, sub-item,
 * organ line, preambular paragraph where both sides count as many), and front-matter blocks of the same
 * kind, are hard anchors (kept in
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
        Set<String> preambles = preambleScopes(eu, zu);
        Map<String, Integer> ek = keys(eu, "English", warnings, preambles);
        Map<String, Integer> zk = keys(zu, "Chinese", warnings, preambles);
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
            String address = u[1] > 0 ? eu.get(u[0]).address() : zu.get(u[2]).address();
            beads.add(new ParagraphBead(e, z, label, anchored.get(k), conf.get(k), inside.get(k), address));
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
                out.add(new AlignUnit("0", b.kind(), null, b.span(), b.sentences(), null, ""));
            }
        }
        int unnumbered = 0;
        for (Paragraph p : d.paragraphs()) {
            // Labels stay unique in a document: a number restarting in an article or annex ("art. 17 ¶2")
            // is told apart by its address, its label is an ordinal like an unnumbered paragraph's.
            boolean topLevel = p.number() != null && p.address().equals("¶" + p.number());
            String label = topLevel ? p.number().toString() : "u" + (++unnumbered);
            out.add(new AlignUnit(label, null, p.number(), p.span(), p.sentences(), p.kind(), p.address()));
        }
        return out;
    }

    /**
     * Anchor keys: front-matter kind with its occurrence; for body paragraphs their structural kind and
     * address ("NUMBERED:art. 17 ¶2", "ARTICLE:art. 17", "ITEM:¶3 (a)(ii)", "HEADING:I.A") when unique on
     * this side. Preambular paragraphs are keyed by their ordinal only where both sides count as many in
     * that scope ({@code preambleCounts}), so that one opener missed on one side cannot shift the rest.
     * Unnumbered text, footnotes and unlabelled headings carry no key: the DP places them.
     */
    private static Map<String, Integer> keys(List<AlignUnit> units, String side, List<String> warnings,
            Set<String> preambleScopes) {
        Map<String, Integer> out = new HashMap<>();
        Map<BlockKind, Integer> seen = new HashMap<>();
        TreeSet<String> duplicates = new TreeSet<>();
        for (int k = 0; k < units.size(); k++) {
            AlignUnit u = units.get(k);
            if (u.kind() != null) {
                int n = seen.merge(u.kind(), 1, Integer::sum);
                out.put("fm:" + u.kind() + ":" + n, k);
            } else if (isAnchorable(u, preambleScopes)) {
                if (out.putIfAbsent(key(u), k) != null) {
                    duplicates.add(key(u));
                }
            }
        }
        for (String key : duplicates) {
            out.remove(key);
            warnings.add("paragraph " + key.substring(key.indexOf(':') + 1) + " appears more than once in the "
                    + side + " text; those paragraphs are aligned by content");
        }
        return out;
    }

    private static String key(AlignUnit u) {
        return u.structure() + ":" + u.address();
    }

    private static boolean isAnchorable(AlignUnit u, Set<String> preambleScopes) {
        if (u.address().isEmpty() || u.structure() == null) {
            return false;
        }
        return switch (u.structure()) {
            case NUMBERED, ITEM, ARTICLE, ANNEX, ORGAN -> true;
            // A heading is keyed by its label ("I.A"), not by the scope an unlabelled one stands in.
            case HEADING -> !u.address().equals(scopeOf(u.address())) || u.address().endsWith("preamble");
            case PREAMBULAR -> preambleScopes.contains(scopeOf(u.address()));
            case TEXT, FOOTNOTE -> false;
        };
    }

    /** "art. 3 pp. 2" → "art. 3"; "pp. 2" → "": the part of an address before its local label. */
    private static String scopeOf(String address) {
        int pp = address.lastIndexOf("pp. ");
        if (pp >= 0) {
            return address.substring(0, pp).strip();
        }
        return address.matches("(annex( [IVXLC]+)?)?( ?art\\. \\d+)?") ? address : "";
    }

    /** The scopes where both sides have the same number of preambular paragraphs. */
    private static Set<String> preambleScopes(List<AlignUnit> en, List<AlignUnit> zh) {
        Map<String, Integer> e = preambleCounts(en);
        Map<String, Integer> z = preambleCounts(zh);
        Set<String> out = new HashSet<>();
        e.forEach((scope, n) -> {
            if (n.equals(z.get(scope))) {
                out.add(scope);
            }
        });
        return out;
    }

    private static Map<String, Integer> preambleCounts(List<AlignUnit> units) {
        Map<String, Integer> out = new HashMap<>();
        for (AlignUnit u : units) {
            if (u.structure() == StructureKind.PREAMBULAR) {
                out.merge(scopeOf(u.address()), 1, Integer::sum);
            }
        }
        return out;
    }

    private static void numberWarnings(Map<String, Integer> ek, Map<String, Integer> zk, List<String> warnings) {
        TreeSet<String> onlyEn = new TreeSet<>();
        TreeSet<String> onlyZh = new TreeSet<>();
        String numbered = StructureKind.NUMBERED + ":";
        ek.keySet().stream().filter(k -> k.startsWith(numbered) && !zk.containsKey(k))
                .forEach(k -> onlyEn.add(k.substring(numbered.length())));
        zk.keySet().stream().filter(k -> k.startsWith(numbered) && !ek.containsKey(k))
                .forEach(k -> onlyZh.add(k.substring(numbered.length())));
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
