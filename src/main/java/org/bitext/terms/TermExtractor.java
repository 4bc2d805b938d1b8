package org.bitext.terms;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import org.bitext.align.Level;
import org.bitext.lexicon.Glossary;
import org.bitext.lexicon.Lexicon;
import org.bitext.text.BadInputException;

/**
 * The terminology extraction job over aligned units: abbreviation definitions paired across languages,
 * glossary anchors, then association (log-likelihood ratio and Dice over aligned sentence pairs) with nested
 * candidates resolved and competitive linking. Output order is deterministic: score, frequency, zh, en.
 */
public final class TermExtractor {

    /** Minimum G² (p < 0.05) and Dice for an association pair to be considered. */
    static final double MIN_LLR = 3.84;
    static final double MIN_DICE = 0.3;

    /**
     * @param minFreq         minimum number of units in which a term, and a pair, must occur
     * @param confidenceFloor units whose bead confidence is lower are left out
     * @param glossary        known pairs, used as anchors
     */
    public record Settings(int minFreq, double confidenceFloor, Glossary glossary) {
        public Settings {
            if (minFreq < 1) {
                throw new IllegalArgumentException("min-freq must be >= 1, was " + minFreq);
            }
            if (!(confidenceFloor >= 0 && confidenceFloor <= 1)) {
                throw new IllegalArgumentException("confidence floor must be in [0,1], was " + confidenceFloor);
            }
            java.util.Objects.requireNonNull(glossary, "glossary");
        }
    }

    /** What the job found, and what it had to work with. */
    public record Result(List<ExtractedTerm> terms, int unitsSeen, int unitsUsed, List<String> warnings) {
        public Result {
            terms = List.copyOf(terms);
            warnings = List.copyOf(warnings);
        }
    }

    /** One usable unit: its reference, normalized Chinese and English text, and its candidate ids. */
    static final class Unit {
        final String ref;
        final String zh;
        final String en;
        /** The Chinese as written (full-width punctuation kept), for contexts shown to people. */
        final String zhOriginal;
        int[] zhIds;
        int[] enIds;

        Unit(String ref, String zh, String en, String zhOriginal) {
            this.ref = ref;
            this.zh = zh;
            this.zhOriginal = zhOriginal;
            this.en = en;
        }
    }

    private record DefPair(String zhLong, String zhShort, String enLong, String enShort) {
    }

    private final Settings settings;
    private final Consumer<String> progress;
    private final EnTerms enTerms = new EnTerms();
    private final Vocabulary zhVocab = new Vocabulary();
    private final Vocabulary enVocab = new Vocabulary();
    private final List<String> warnings = new ArrayList<>();
    private LegacyLexicalPairs lexical;
    /** Every candidate id of each unit (sorted), and which ids pass the frequency filter. */
    private final List<int[]> allZh = new ArrayList<>();
    private final List<int[]> allEn = new ArrayList<>();
    private boolean[] keepZh;
    private boolean[] keepEn;

    public TermExtractor(Settings settings, Consumer<String> progress) {
        this.settings = settings;
        this.progress = progress;
    }

    /** Runs the job; {@code origin} names the input in error messages. */
    public Result extract(UnitSource source, Path origin) {
        int[] seen = new int[1];
        List<Unit> sentences = new ArrayList<>();
        List<Unit> paragraphs = new ArrayList<>();
        source.forEachUnit(p -> {
            seen[0]++;
            if (p.isTwoSided() && p.confidence() >= settings.confidenceFloor()) {
                Unit u = new Unit(p.document() + ":" + p.paragraph(), ZhTerms.normalize(p.zh()), p.en(), p.zh());
                (p.level() == Level.SENTENCE ? sentences : paragraphs).add(u);
            }
        });
        if (seen[0] == 0) {
            throw new BadInputException(origin, "no aligned units to extract terms from (empty corpus?)");
        }
        // Sentence units give sharper association; paragraph units only when there are no others (TMX).
        List<Unit> units = sentences.isEmpty() ? paragraphs : sentences;
        if (units.isEmpty()) {
            throw new BadInputException(origin, "none of the " + seen[0] + " aligned units is two-sided with"
                    + " confidence >= " + settings.confidenceFloor());
        }
        warnings.addAll(settings.glossary().warnings());
        progress.accept("terms: " + units.size() + " aligned units (" + seen[0] + " read)");

        Map<String, DefPair> defs = new LinkedHashMap<>();
        List<String[]> enVariants = new ArrayList<>();
        for (Unit u : units) {
            findDefinitions(u, defs, enVariants);
        }
        Set<String> specialZh = new HashSet<>();
        Map<String, String> specialEn = new LinkedHashMap<>();
        for (DefPair d : defs.values()) {
            specialZh.add(d.zhLong());
            specialZh.add(d.zhShort());
            specialEn.put(enTerms.termKey(d.enShort()), d.enShort());
            if (d.enLong() != null) {
                specialEn.put(enTerms.termKey(d.enLong()), d.enLong());
            }
        }
        for (String[] v : enVariants) {
            specialEn.put(enTerms.termKey(v[0]), v[0]);
            specialEn.put(enTerms.termKey(v[1]), v[1]);
        }
        for (Glossary.Entry g : settings.glossary().entries()) {
            specialZh.add(ZhTerms.normalize(g.zh()));
            specialEn.put(enTerms.termKey(g.en()), g.en());
        }
        specialEn.remove("");

        new CandidateCounter(specialZh, specialEn).count(units, zhVocab, enVocab, progress);
        List<Linker.Candidate> candidates = cooccurrences(units, specialZh, specialEn);
        progress.accept("terms: " + candidates.size() + " candidate pairs");
        candidates = Linker.resolveNested(candidates, zhVocab::key, enVocab::key);

        LexicalSupport support = new LexicalSupport(Lexicon.cedict());
        FinalPairs finals = new FinalPairs(zhVocab, enVocab, support);
        Set<Integer> takenZh = new HashSet<>();
        Set<Integer> takenEn = new HashSet<>();
        for (Glossary.Entry g : settings.glossary().entries()) {
            finals.anchor(zhVocab.id(ZhTerms.normalize(g.zh())), enVocab.id(enTerms.termKey(g.en())), null, "glossary", takenZh,
                    takenEn);
        }
        for (DefPair d : defs.values()) {
            int zs = zhVocab.id(d.zhShort());
            int es = enVocab.id(enTerms.termKey(d.enShort()));
            finals.anchor(zs, es, EnTerms.isAllCapsAcronym(d.enShort()) ? TermPair.Kind.ACRONYM
                    : TermPair.Kind.ABBREVIATION, "definition", takenZh, takenEn);
            if (d.enLong() != null) {
                finals.anchor(zhVocab.id(d.zhLong()), enVocab.id(enTerms.termKey(d.enLong())),
                        TermPair.Kind.FULL_FORM, "definition", takenZh, takenEn);
            }
        }
        // Link strongest first by the same measure the output is ranked by (without the termhood weight,
        // so that general words still take their own partners and leave the terms' partners alone).
        Map<Linker.Candidate, Double> strength = new java.util.HashMap<>();
        for (Linker.Candidate c : candidates) {
            strength.put(c, FinalPairs.score(c.both(), zhVocab.df(c.zh()), enVocab.df(c.en()), units.size())
                    * support.of(zhVocab.surface(c.zh()), enVocab.surface(c.en())));
        }
        Comparator<Linker.Candidate> order = Comparator.comparingDouble((Linker.Candidate c) -> strength.get(c))
                .reversed()
                .thenComparing(Comparator.comparingInt((Linker.Candidate c) -> enVocab.key(c.en()).length()).reversed())
                .thenComparing(c -> zhVocab.key(c.zh())).thenComparing(c -> enVocab.key(c.en()));
        for (Linker.Candidate c : Linker.link(candidates, order, takenZh, takenEn)) {
            finals.association(c.zh(), c.en());
        }
        // A word-for-word translation may give an English term a second Chinese form (核能和平利用 and
        // 和平利用核能 ⇄ peaceful uses of nuclear energy), but never a second English term to a Chinese one.
        for (LegacyLexicalPairs.Pair p : lexical.found()) {
            if (!takenZh.contains(p.zh())) {
                takenZh.add(p.zh());
                takenEn.add(p.en());
                finals.lexicon(p.zh(), p.en());
            }
        }
        Set<Integer>[] used = finals.adjustBoundaries(allZh, allEn, view(units), new Boundaries(Coverage.cedict()));
        for (int u = 0; u < units.size(); u++) {
            Unit unit = units.get(u);
            unit.zhIds = Arrays.stream(allZh.get(u)).filter(id -> keepZh[id] || used[0].contains(id)).toArray();
            unit.enIds = Arrays.stream(allEn.get(u)).filter(id -> keepEn[id] || used[1].contains(id)).toArray();
        }
        for (String[] v : enVariants) {
            finals.mergeVariants(enVocab.id(enTerms.termKey(v[0])), enVocab.id(enTerms.termKey(v[1])));
        }
        List<ExtractedTerm> terms = finals.measure(units.size(), view(units), warnings);
        progress.accept("terms: " + terms.size() + " term pairs");
        return new Result(terms, seen[0], units.size(), warnings);
    }

    private static FinalPairs.Units view(List<Unit> units) {
        return new FinalPairs.Units() {
            @Override
            public int size() {
                return units.size();
            }

            @Override
            public int[] zh(int i) {
                return units.get(i).zhIds;
            }

            @Override
            public int[] en(int i) {
                return units.get(i).enIds;
            }

            @Override
            public String ref(int i) {
                return units.get(i).ref;
            }

            @Override
            public String zhOriginal(int i) {
                return units.get(i).zhOriginal;
            }

            @Override
            public String zhText(int i) {
                return units.get(i).zh;
            }

            @Override
            public String enText(int i) {
                return units.get(i).en;
            }
        };
    }

    private void findDefinitions(Unit u, Map<String, DefPair> defs, List<String[]> enVariants) {
        List<Definitions.Definition> zh = Definitions.chinese(u.zh);
        List<Definitions.Definition> en = Definitions.english(u.en);
        for (Definitions.Definition d : en) {
            if (d.longForm() != null) {
                enVariants.add(new String[] {d.longForm(), d.shortForm()});
            }
        }
        if (zh.isEmpty() || en.isEmpty()) {
            return;
        }
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
                defs.putIfAbsent(zs + "\t" + e.shortForm(), new DefPair(
                        z.longForm() == null ? null : ZhTerms.stripTitle(z.longForm()), zs, e.longForm(), e.shortForm()));
            }
        }
    }

    private List<Linker.Candidate> cooccurrences(List<Unit> units, Set<String> specialZh,
                                                 Map<String, String> specialEn) {
        int min = settings.minFreq();
        boolean[] keepZhIds = new boolean[zhVocab.size()];
        for (int id = 0; id < keepZhIds.length; id++) {
            keepZhIds[id] = zhVocab.df(id) >= min && zhVocab.varied(id) || specialZh.contains(zhVocab.key(id));
        }
        boolean[] keepEnIds = new boolean[enVocab.size()];
        for (int id = 0; id < keepEnIds.length; id++) {
            keepEnIds[id] = enVocab.df(id) >= min && enVocab.varied(id) || specialEn.containsKey(enVocab.key(id));
        }
        // Rare compositional terms first, on the unfiltered candidates; their ids are then kept for measuring.
        lexical = new LegacyLexicalPairs(TermLexicon.get(), zhVocab, enVocab, min);
        lexical.scan(units);
        for (LegacyLexicalPairs.Pair p : lexical.found()) {
            keepZhIds[p.zh()] = true;
            keepEnIds[p.en()] = true;
        }
        progress.accept("terms: " + lexical.found().size() + " rare pairs by dictionary");
        LongIntCounter counter = new LongIntCounter(1 << 16);
        keepZh = keepZhIds;
        keepEn = keepEnIds;
        for (Unit u : units) {
            u.zhIds = Arrays.stream(u.zhIds).sorted().toArray();
            u.enIds = Arrays.stream(u.enIds).sorted().toArray();
            allZh.add(u.zhIds);
            allEn.add(u.enIds);
            u.zhIds = Arrays.stream(u.zhIds).filter(id -> keepZhIds[id]).toArray();
            u.enIds = Arrays.stream(u.enIds).filter(id -> keepEnIds[id]).toArray();
            for (int z : u.zhIds) {
                for (int e : u.enIds) {
                    counter.increment(((long) z << 32) | e);
                }
            }
        }
        int n = units.size();
        List<Linker.Candidate> out = new ArrayList<>();
        counter.forEach((key, both) -> {
            if (both >= min) {
                int z = (int) (key >>> 32);
                int e = (int) (long) key;
                double dice = Association.dice(both, zhVocab.df(z), enVocab.df(e));
                double llr = Association.llr(both, zhVocab.df(z), enVocab.df(e), n);
                if (dice >= MIN_DICE && llr >= MIN_LLR) {
                    out.add(new Linker.Candidate(z, e, both, dice, llr));
                }
            }
        });
        return out;
    }
}
