package org.bitext.terms;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bitext.align.AlignedPair;

/**
 * The per-unit (map) functions of the terms job, shared by every runner: they look at one unit only and
 * tag what they find with the unit's ordinal, so that results merge in any order. Thread-safe.
 */
public final class TermsMap {

    private static final ThreadLocal<ZhTerms> ZH = ThreadLocal.withInitial(ZhTerms::new);
    private static final ThreadLocal<EnTerms> EN = ThreadLocal.withInitial(EnTerms::new);

    private TermsMap() {
    }

    /** True when a unit can serve as evidence: both sides present and a bead confidence of at least {@code floor}. */
    public static boolean usable(AlignedPair p, double floor) {
        return p.isTwoSided() && p.confidence() >= floor;
    }

    /** The reference examples show: {@code document:paragraph}. */
    public static String ref(AlignedPair p) {
        return p.document() + ":" + p.paragraph();
    }

    /** The unit's texts as the later steps use them. */
    public static UnitText text(long ordinal, AlignedPair p) {
        return new UnitText(ordinal, ref(p), ZhTerms.normalize(p.zh()), p.zh(), p.en());
    }

    /**
     * The unit's abbreviation definitions: Chinese and English definitions paired (by order when both sides
     * have as many, else by position), and every English definition with a long form.
     */
    public static FoundDefinitions definitions(long ordinal, AlignedPair p) {
        String zhText = ZhTerms.normalize(p.zh());
        List<Definitions.Definition> zh = Definitions.chinese(zhText);
        List<Definitions.Definition> en = Definitions.english(p.en());
        List<FoundDefinitions.Variant> variants = new ArrayList<>();
        for (int j = 0; j < en.size(); j++) {
            Definitions.Definition d = en.get(j);
            if (d.longForm() != null) {
                long seq = SurfaceForms.seq(ordinal, j);
                variants.add(new FoundDefinitions.Variant(d.longForm(), d.shortForm(), seq, seq));
            }
        }
        if (zh.isEmpty() || en.isEmpty()) {
            return variants.isEmpty() ? FoundDefinitions.NONE : FoundDefinitions.of(List.of(), variants);
        }
        List<FoundDefinitions.Pair> pairs = new ArrayList<>();
        boolean[] used = new boolean[en.size()];
        for (int i = 0; i < zh.size(); i++) {
            int best = -1;
            if (zh.size() == en.size()) {
                best = i;
            } else {
                for (int j = 0; j < en.size(); j++) {
                    if (!used[j] && (best < 0 || Math.abs(en.get(j).position() - zh.get(i).position())
                            < Math.abs(en.get(best).position() - zh.get(i).position()))) {
                        best = j;
                    }
                }
            }
            if (best >= 0) {
                used[best] = true;
                Definitions.Definition z = zh.get(i);
                Definitions.Definition e = en.get(best);
                String zs = ZhTerms.stripTitle(z.shortForm());
                pairs.add(new FoundDefinitions.Pair(z.longForm() == null ? null : ZhTerms.stripTitle(z.longForm()),
                        zs, e.longForm(), e.shortForm(), SurfaceForms.seq(ordinal, i)));
            }
        }
        return FoundDefinitions.of(pairs, variants);
    }

    /**
     * The unit's candidates (each distinct key once, with df 1 and what its occurrences in the unit say of
     * neighbours and written forms), the special terms it holds, and its potential lexical pairs.
     */
    public static UnitTerms extract(long ordinal, AlignedPair p, Specials specials) {
        String zhText = ZhTerms.normalize(p.zh());
        Map<String, StatsAccumulator> zh = new LinkedHashMap<>();
        ZH.get().candidates(zhText, (term, left, right) -> occurrence(zh, term, null, left, right, ordinal));
        for (String s : specials.zh()) {
            if (zhText.contains(s)) {
                occurrence(zh, s, null, 0, 0, ordinal);
            }
        }
        Map<String, StatsAccumulator> en = new LinkedHashMap<>();
        EnTerms terms = EN.get();
        int[] index = new int[1];
        terms.candidates(p.en(), (key, surface, left, right) ->
                occurrence(en, key, SurfaceForms.of(surface, SurfaceForms.seq(ordinal, index[0]++)), left, right,
                        ordinal));
        if (!specials.en().isEmpty()) {
            String seq = terms.keySequence(p.en());
            for (Map.Entry<String, String> s : specials.en().entrySet()) {
                if (seq.contains(" " + s.getKey() + " ")) {
                    occurrence(en, s.getKey(), SurfaceForms.of(s.getValue(), SurfaceForms.seq(ordinal, index[0]++)),
                            0, 0, ordinal);
                }
            }
        }
        List<TermStats> zhStats = zh.values().stream().map(StatsAccumulator::stats).toList();
        List<TermStats> enStats = en.values().stream().map(StatsAccumulator::stats).toList();
        return new UnitTerms(ordinal, ref(p), zhStats, enStats, LexicalPairs.candidates(zhStats, enStats));
    }

    private static void occurrence(Map<String, StatsAccumulator> unit, String key, SurfaceForms surface, int left,
                                   int right, long ordinal) {
        StatsAccumulator acc = unit.get(key);
        if (acc == null) {
            unit.put(key, new StatsAccumulator(key, ordinal, left, right, surface));
        } else {
            acc.occurrence(left, right, surface);
        }
    }
}
