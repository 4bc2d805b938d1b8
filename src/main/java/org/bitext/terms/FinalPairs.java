package org.bitext.terms;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.BiConsumer;

/**
 * The linked pairs of one run and their final measurement: frequency, score and examples are counted over
 * all units in one pass, so that anchors (definitions, glossary) and association pairs are scored alike.
 */
final class FinalPairs {

    static final class Link {
        final int zh;
        final int en;
        final TermPair.Kind kind;
        final String method;
        /** English ids counted as the same concept for the score (an English long form and its short form). */
        int[] concept;

        Link(int zh, int en, TermPair.Kind kind, String method) {
            this.zh = zh;
            this.en = en;
            this.kind = kind;
            this.method = method;
            this.concept = new int[] {en};
        }
    }

    private final Vocabulary zhVocab;
    private final Vocabulary enVocab;
    private final List<Link> links = new ArrayList<>();
    private final Set<Long> linked = new java.util.HashSet<>();
    private final ZhTerms zhTerms = new ZhTerms();
    private final LexicalSupport support;
    private final Coverage coverage = Coverage.cedict();
    private final Termhood termhood = new Termhood();

    FinalPairs(Vocabulary zhVocab, Vocabulary enVocab, LexicalSupport support) {
        this.zhVocab = zhVocab;
        this.enVocab = enVocab;
        this.support = support;
    }

    /** A pair known before association (definition or glossary); its terms are taken from linking. */
    void anchor(int zh, int en, TermPair.Kind kindOrNull, String method, Set<Integer> takenZh, Set<Integer> takenEn) {
        if (zh < 0 || en < 0) {
            return;
        }
        TermPair.Kind kind = kindOrNull != null ? kindOrNull : kindOf(en);
        if (add(new Link(zh, en, kind, method))) {
            takenZh.add(zh);
            takenEn.add(en);
        }
    }

    void association(int zh, int en) {
        add(new Link(zh, en, kindOf(en), "association"));
    }

    /** A rare pair found by translating word for word with the dictionary (see {@link LexicalPairs}). */
    void lexicon(int zh, int en) {
        add(new Link(zh, en, kindOf(en), "lexicon"));
    }

    /**
     * An English definition (long form, short form) whose Chinese side was not bracketed: a Chinese term
     * linked to either form gets the other form too, scored over units holding either (审议大会 is linked to
     * RevCon by association and so also to Review Conference).
     */
    void mergeVariants(int longForm, int shortForm) {
        if (longForm < 0 || shortForm < 0) {
            return;
        }
        for (Link l : new ArrayList<>(links)) {
            int other = l.en == shortForm ? longForm : l.en == longForm ? shortForm : -1;
            if (other >= 0 && l.concept.length == 1 && l.method.equals("association")) {
                l.concept = new int[] {Math.min(longForm, shortForm), Math.max(longForm, shortForm)};
                Link variant = new Link(l.zh, other, other == longForm ? TermPair.Kind.FULL_FORM : kindOf(other),
                        l.method + "+definition");
                variant.concept = l.concept;
                add(variant);
            }
        }
    }

    private boolean add(Link l) {
        if (linked.add(((long) l.zh << 32) | l.en)) {
            links.add(l);
            return true;
        }
        return false;
    }

    private TermPair.Kind kindOf(int en) {
        String surface = enVocab.surface(en);
        return EnTerms.isAllCapsAcronym(surface) ? TermPair.Kind.ACRONYM
                : EnTerms.isAcronym(surface) ? TermPair.Kind.ABBREVIATION : TermPair.Kind.TERM;
    }

    /**
     * Sets each association and dictionary pair's boundaries by {@link Boundaries} in up to five units where
     * both sides occur (the smallest ordinals), keeping the boundaries most of them agree on (the longer on a
     * tie). A side may grow to a rare candidate: {@code addRare} brings such keys into the vocabularies.
     */
    void adjustBoundaries(TermsRunner runner, Boundaries boundaries,
                          BiConsumer<List<String>, List<String>> addRare) {
        // Nothing to set without dictionary evidence, nor for a pair the dictionary translates completely;
        // only the rest need their units' candidates (the costly part).
        Map<Long, int[]> byZh = new HashMap<>();
        long[] enHash = new long[links.size()];
        for (int i = 0; i < links.size(); i++) {
            Link l = links.get(i);
            if (tier(l.method) > 0 && l.kind == TermPair.Kind.TERM && l.concept.length == 1) {
                Coverage.Counts base = coverage.of(zhVocab.key(l.zh), enVocab.surface(l.en));
                if (base.zhCovered() + base.enCovered() > 0 && !base.complete()) {
                    byZh.merge(TermKeys.hash(zhVocab.key(l.zh)), new int[] {i}, FinalPairs::concat);
                    enHash[i] = TermKeys.hash(enVocab.key(l.en));
                }
            }
        }
        TermsRunner.UnitMapper<Integer, Smallest> mapper = (unit, out) -> {
            for (long h : unit.zh()) {
                int[] ids = byZh.get(h);
                if (ids != null) {
                    for (int i : ids) {
                        if (unit.hasEn(enHash[i])) {
                            out.accept(i, Smallest.of(5, unit.ordinal()));
                        }
                    }
                }
            }
        };
        Map<Integer, Smallest> unitsOf = byZh.isEmpty() ? Map.of() : runner.mapUnits(mapper, Smallest::merge);
        // Links in batches whose units' texts fit what the runner allows in memory at once.
        Map<Integer, Boundaries.Pair> best = new HashMap<>();
        List<Integer> pending = new ArrayList<>(new java.util.TreeSet<>(unitsOf.keySet()));
        EnTerms enTerms = new EnTerms();
        for (int from = 0; from < pending.size(); ) {
            Set<Long> wanted = new java.util.HashSet<>();
            int to = from;
            while (to < pending.size() && wanted.size() + 5 <= Math.max(5, runner.textBatch())) {
                java.util.Arrays.stream(unitsOf.get(pending.get(to++)).ordinals()).forEach(wanted::add);
            }
            Map<Long, UnitText> texts = runner.texts(wanted);
            // The candidates of a unit serve every link it is a boundary unit for.
            Map<Long, Set<String>> zhCands = new HashMap<>();
            Map<Long, Map<String, String>> enCands = new HashMap<>();
            for (int i : pending.subList(from, to)) {
                best.put(i, vote(links.get(i), unitsOf.get(i), texts, zhCands, enCands, enTerms, boundaries));
            }
            from = to;
        }
        addRare.accept(best.values().stream().map(Boundaries.Pair::zh).toList(),
                best.values().stream().map(Boundaries.Pair::enKey).toList());
        List<Link> adjusted = new ArrayList<>();
        Set<Long> seen = new java.util.HashSet<>();
        for (int i = 0; i < links.size(); i++) {
            Link l = links.get(i);
            Boundaries.Pair b = best.get(i);
            if (b != null) {
                int zh = zhVocab.id(b.zh());
                int en = enVocab.id(b.enKey());
                if (zh >= 0 && en >= 0 && (zh != l.zh || en != l.en) && (zh == l.zh || !linkedZh(zh))
                        && (en == l.en || !linkedEn(en))) {
                    l = new Link(zh, en, kindOf(en), l.method.equals("association") ? "association+dictionary"
                            : l.method);
                }
            }
            if (seen.add(((long) l.zh << 32) | l.en)) {
                adjusted.add(l);
            }
        }
        links.clear();
        links.addAll(adjusted);
        linked.clear();
        linked.addAll(seen);
    }

    /** The boundaries most of a link's units agree on (the longer on a tie). */
    private Boundaries.Pair vote(Link l, Smallest at, Map<Long, UnitText> texts, Map<Long, Set<String>> zhCands,
                                 Map<Long, Map<String, String>> enCands, EnTerms enTerms, Boundaries boundaries) {
        Map<Boundaries.Pair, Integer> votes = new LinkedHashMap<>();
        Boundaries.Pair start = new Boundaries.Pair(zhVocab.key(l.zh), enVocab.key(l.en), enVocab.surface(l.en));
        for (long u : at.ordinals()) {
            Set<String> zc = zhCands.computeIfAbsent(u, k -> zhTerms.candidates(texts.get(k).zh()));
            Map<String, String> ec = enCands.computeIfAbsent(u, k -> enTerms.candidates(texts.get(k).en()));
            votes.merge(boundaries.adjust(start, zc, ec), 1, Integer::sum);
        }
        Boundaries.Pair winner = start;
        int bestVotes = 0;
        for (Map.Entry<Boundaries.Pair, Integer> v : votes.entrySet()) {
            Boundaries.Pair p = v.getKey();
            if (v.getValue() > bestVotes || v.getValue() == bestVotes
                    && p.zh().length() + p.enKey().length() > winner.zh().length() + winner.enKey().length()) {
                winner = p;
                bestVotes = v.getValue();
            }
        }
        return winner;
    }

    private static int[] concat(int[] a, int[] b) {
        int[] out = java.util.Arrays.copyOf(a, a.length + b.length);
        System.arraycopy(b, 0, out, a.length, b.length);
        return out;
    }

    private boolean linkedZh(int zh) {
        return links.stream().anyMatch(l -> l.zh == zh);
    }

    private boolean linkedEn(int en) {
        return links.stream().anyMatch(l -> l.en == en);
    }

    /** Counts every link over the units and returns the term pairs, strongest first. */
    List<ExtractedTerm> measure(long units, TermsRunner runner, List<String> warnings) {
        int n = Math.toIntExact(units);
        Map<Long, int[]> byZh = new HashMap<>();
        long[] enHash = new long[links.size()];
        long[][] concept = new long[links.size()][];
        List<Integer> mergedList = new ArrayList<>();
        for (int i = 0; i < links.size(); i++) {
            Link l = links.get(i);
            byZh.merge(TermKeys.hash(zhVocab.key(l.zh)), new int[] {i}, FinalPairs::concat);
            enHash[i] = TermKeys.hash(enVocab.key(l.en));
            concept[i] = java.util.Arrays.stream(l.concept).mapToLong(id -> TermKeys.hash(enVocab.key(id))).toArray();
            if (l.concept.length > 1) {
                mergedList.add(i);
            }
        }
        int[] merged = mergedList.stream().mapToInt(Integer::intValue).toArray();
        TermsRunner.UnitMapper<Integer, LinkCount> mapper = (unit, out) -> {
            for (int i : merged) {
                if (hasAny(unit, concept[i])) {
                    out.accept(i, new LinkCount(0, 0, 1, List.of(), -1));
                }
            }
            for (long h : unit.zh()) {
                int[] ids = byZh.get(h);
                if (ids != null) {
                    for (int i : ids) {
                        boolean both = unit.hasEn(enHash[i]);
                        boolean conceptBoth = both || hasAny(unit, concept[i]);
                        if (conceptBoth) {
                            out.accept(i, new LinkCount(both ? 1 : 0, 1, 0,
                                    both ? List.of(new LinkCount.Example(unit.ordinal(), unit.ref())) : List.of(),
                                    both ? unit.ordinal() : -1));
                        }
                    }
                }
            }
        };
        Map<Integer, LinkCount> counts = links.isEmpty() ? Map.of() : runner.mapUnits(mapper, LinkCount::merge);
        Set<Long> contexts = new java.util.HashSet<>();
        counts.values().stream().filter(c -> c.both() > 0).forEach(c -> contexts.add(c.context()));
        Map<Long, UnitText> texts = contexts.isEmpty() ? Map.of() : runner.texts(contexts);
        List<ExtractedTerm> out = new ArrayList<>();
        int unseen = 0;
        for (int i = 0; i < links.size(); i++) {
            Link l = links.get(i);
            LinkCount c = counts.getOrDefault(i, LinkCount.ZERO);
            int conceptDf = l.concept.length > 1 ? c.conceptDf() : enVocab.df(l.en);
            if (c.both() == 0) {
                unseen += l.method.equals("glossary") ? 1 : 0;
                continue;
            }
            String zhTerm = zhVocab.surface(l.zh);
            String enTerm = enVocab.surface(l.en);
            if (tier(l.method) > 0 && isGeneral(zhTerm, enTerm)) {
                continue;
            }
            Coverage.Counts cov = coverage.of(zhTerm, enTerm);
            boolean name = l.kind != TermPair.Kind.TERM || GeneralLanguage.get().isProperNoun(enTerm);
            if (tier(l.method) > 0 && !name && coordination(zhTerm, enTerm)) {
                continue;
            }
            // Definitions and glossary pairs are evidenced without statistics: their score is plain LLR x Dice,
            // not discounted for being seen once.
            double score = (l.method.startsWith("association")
                    ? score(c.conceptBoth(), zhVocab.df(l.zh), conceptDf, n)
                    : Association.llr(c.conceptBoth(), zhVocab.df(l.zh), conceptDf, n)
                    * Association.dice(c.conceptBoth(), zhVocab.df(l.zh), conceptDf))
                    * termhood(zhVocab.surface(l.zh), enVocab.surface(l.en))
                    * (l.kind == TermPair.Kind.TERM ? support.of(zhVocab.surface(l.zh), enVocab.surface(l.en)) : 1);
            score = Math.round(score * 1000) / 1000.0;
            if (l.method.equals("association") && cov.zhCovered() + cov.enCovered() == 0 && c.both() <= 2
                    && score < 2 && !name) {
                // Two co-occurrences and not a word of dictionary evidence: in a small corpus mostly two
                // sentences that repeat each other, not a term pair.
                continue;
            }
            double confidence = Math.round(evidence(l, score, cov) * termhood.of(zhTerm, enTerm) * 1000) / 1000.0;
            TermPair p = new TermPair(zhTerm, enTerm, l.kind, c.both(), score, l.method, c.refs(), confidence);
            UnitText context = texts.get(c.context());
            out.add(new ExtractedTerm(p, context.zhOriginal(), context.en()));
        }
        if (unseen > 0) {
            warnings.add("glossary: " + unseen + " entries do not occur together in any aligned unit");
        }
        // Definitions and glossary pairs first: they are the best evidenced, whatever their frequency. Rare
        // dictionary pairs last: one occurrence is weak evidence however well the words match.
        out.sort(Comparator.comparingDouble((ExtractedTerm t) -> t.pair().confidence()).reversed()
                .thenComparing(Comparator.comparingInt((ExtractedTerm t) -> tier(t.pair().method())))
                .thenComparing(Comparator.comparingDouble((ExtractedTerm t) -> t.pair().score()).reversed())
                .thenComparing(Comparator.comparingInt((ExtractedTerm t) -> t.pair().frequency()).reversed())
                .thenComparing(t -> t.pair().zh()).thenComparing(t -> t.pair().en()));
        return out;
    }

    /**
     * The reported score: log-likelihood ratio weighted by a discounted Dice (one co-occurrence taken off),
     * so that one-sided evidence and pairs seen only twice, which in a small corpus are often repeated
     * phrases rather than terms, rank lower.
     */
    static double score(int both, int zhDf, int enDf, int n) {
        return Association.llr(both, zhDf, enDf, n) * Association.dice(Math.max(0, both - 1), zhDf, enDf);
    }

    /**
     * Strength of the evidence for a pair, in [0,1]: a glossary entry or a definition in brackets is nearly
     * certain; association grows with its score (LLR x Dice) and with the share of the pair that the
     * dictionary translates; a pair whose boundaries the dictionary set, or that it translates word for word
     * (seen once), is fairly sure.
     */
    static double evidence(Link l, double score, Coverage.Counts cov) {
        if (l.method.equals("glossary")) {
            return 1.0;
        }
        if (l.method.startsWith("definition")) {
            return 0.95;
        }
        if (l.method.equals("association+definition")) {
            return 0.9;
        }
        if (l.method.startsWith("association")) {
            double e = 0.35 + 0.45 * Math.min(1, score / 20) + 0.2 * cov.share();
            return l.method.endsWith("+dictionary") ? Math.max(e, 0.75) : e;
        }
        return 0.6;
    }

    /**
     * True for two terms coordinated rather than one term (裁军和不扩散 ⇄ disarmament and non-proliferation):
     * both sides join parts with a coordinator, and the English is not a capitalized name (Non-Proliferation
     * and Disarmament Initiative is one).
     */
    static boolean coordination(String zh, String en) {
        boolean zhAnd = zh.indexOf('和') > 0 || zh.indexOf('与') > 0 || zh.indexOf('及') > 0;
        boolean enAnd = (" " + en + " ").contains(" and ");
        boolean title = java.util.Arrays.stream(en.split(" ")).filter(w -> !EnTerms.isStop(w))
                .allMatch(w -> Character.isUpperCase(w.charAt(0)));
        return zhAnd && enAnd && !title;
    }

    /** Definitions and glossary first, then association, then rare pairs found through the dictionary. */
    static int tier(String method) {
        return method.startsWith("association") ? 1 : method.equals("lexicon") ? 2 : 0;
    }

    /** Weight of a pair that looks like general vocabulary rather than a term. */
    static final double GENERAL_VOCABULARY = 0.2;

    /**
     * Lowers the score of a pair of one dictionary word and one English word (支持 ⇄ support, 国家 ⇄
     * States): such pairs are general vocabulary far more often than terms, which are mostly multi-word,
     * abbreviations or titles. Acronyms (LORD, IAEA) keep their weight. A Chinese phrase of five or more
     * characters for one English word is halved.
     */
    private double termhood(String zh, String en) {
        boolean oneWord = !en.contains(" ") && !EnTerms.isAcronym(en);
        if (oneWord && zhTerms.isOneWord(zh)) {
            return GENERAL_VOCABULARY;
        }
        // A long Chinese phrase for one English word is mostly a phrase around the word (报告格式草案 ⇄ draft).
        return oneWord && zh.codePointCount(0, zh.length()) >= 5 ? 0.5 : 1.0;
    }

    /**
     * True for a pair of general vocabulary rather than a term: one Chinese dictionary word and one English
     * word (not an acronym, not a proper noun), either of them frequent in general language (国家 ⇄ States,
     * 全球 ⇄ global, 行动 ⇄ actions).
     */
    boolean isGeneral(String zh, String en) {
        if (en.contains(" ") || EnTerms.isAcronym(en) || !zhTerms.isOneWord(zh)) {
            return false;
        }
        GeneralLanguage general = GeneralLanguage.get();
        return !general.isProperNoun(en) && (general.isGeneralChinese(zh) || general.isGeneralEnglish(en));
    }

    private static boolean hasAny(UnitKeys unit, long[] hashes) {
        for (long h : hashes) {
            if (unit.hasEn(h)) {
                return true;
            }
        }
        return false;
    }
}
