package org.bitext.terms;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
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
 * The terminology extraction job over aligned units (the driver): abbreviation definitions paired across
 * languages, glossary anchors, then association (log-likelihood ratio and Dice over aligned sentence pairs)
 * with nested candidates resolved and competitive linking, rare pairs translated word for word, boundaries
 * set by dictionary evidence. The per-unit work runs in a {@link TermsRunner} (on one machine within a memory
 * budget, or on Spark); this class only merges what the runner returns, so both give the same list. Output
 * order is deterministic: confidence, tier, score, frequency, zh, en.
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
    public record Result(List<ExtractedTerm> terms, long unitsSeen, long unitsUsed, List<String> warnings) {
        public Result {
            terms = List.copyOf(terms);
            warnings = List.copyOf(warnings);
        }
    }

    private final Settings settings;
    private final Consumer<String> progress;
    private final EnTerms enTerms = new EnTerms();
    private final List<String> warnings = new ArrayList<>();

    public TermExtractor(Settings settings, Consumer<String> progress) {
        this.settings = settings;
        this.progress = progress;
    }

    /** Runs the job on this machine with the default memory budget; {@code origin} names the input in errors. */
    public Result extract(UnitSource source, Path origin) {
        try (LocalRunner runner = new LocalRunner(source, settings.confidenceFloor(), LocalRunner.Budget.DEFAULT,
                progress)) {
            return extract(runner, origin);
        }
    }

    /** Runs the job with {@code runner} doing the per-unit work. */
    public Result extract(TermsRunner runner, Path origin) {
        TermsRunner.Scan scan = runner.scan();
        if (scan.seen() == 0) {
            throw new BadInputException(origin, "no aligned units to extract terms from (empty corpus?)");
        }
        // Sentence units give sharper association; paragraph units only when there are no others (TMX).
        Level level = scan.sentences() > 0 ? Level.SENTENCE : Level.PARAGRAPH;
        long n = level == Level.SENTENCE ? scan.sentences() : scan.paragraphs();
        if (n == 0) {
            throw new BadInputException(origin, "none of the " + scan.seen() + " aligned units is two-sided with"
                    + " confidence >= " + settings.confidenceFloor());
        }
        warnings.addAll(settings.glossary().warnings());
        progress.accept("terms: " + n + " aligned units (" + scan.seen() + " read)");
        FoundDefinitions defs = level == Level.SENTENCE ? scan.sentenceDefinitions() : scan.paragraphDefinitions();
        Specials specials = specials(defs);

        TermsRunner.Extraction extraction = runner.extract(level, specials, settings.minFreq());
        warnings.addAll(extraction.warnings());
        int min = extraction.minFreq();
        Vocabulary zhVocab = new Vocabulary();
        Vocabulary enVocab = new Vocabulary();
        extraction.zh().forEach(zhVocab::add);
        extraction.en().forEach(enVocab::add);
        for (Map.Entry<String, String> s : specials.en().entrySet()) {
            int id = enVocab.id(s.getKey());
            if (id >= 0) {
                enVocab.setSurface(id, s.getValue());
            }
        }
        progress.accept("terms: " + zhVocab.size() + " Chinese and " + enVocab.size() + " English candidates in at"
                + " least " + min + " units");

        // Rare compositional terms first; their keys are then kept for pairing and measuring.
        List<LexicalPairs.Pair> lexical = lexicalPairs(runner, zhVocab, min);
        addRare(runner, zhVocab, enVocab, lexical.stream().map(LexicalPairs.Pair::zh).toList(),
                lexical.stream().map(LexicalPairs.Pair::en).toList());
        progress.accept("terms: " + lexical.size() + " rare pairs by dictionary");
        KeptKeys kept = new KeptKeys();
        for (int id = 0; id < zhVocab.size(); id++) {
            if (zhVocab.df(id) >= min && zhVocab.varied(id) || specials.zh().contains(zhVocab.key(id))) {
                kept.keepZh(zhVocab.key(id), id);
            }
        }
        for (int id = 0; id < enVocab.size(); id++) {
            if (enVocab.df(id) >= min && enVocab.varied(id) || specials.en().containsKey(enVocab.key(id))) {
                kept.keepEn(enVocab.key(id), id);
            }
        }
        for (LexicalPairs.Pair p : lexical) {
            kept.keepZh(p.zh(), zhVocab.id(p.zh()));
            kept.keepEn(p.en(), enVocab.id(p.en()));
        }
        List<Linker.Candidate> candidates = new ArrayList<>();
        runner.countPairs(kept, min, (z, e, both) -> {
            double dice = Association.dice(both, zhVocab.df(z), enVocab.df(e));
            double llr = Association.llr(both, zhVocab.df(z), enVocab.df(e), (int) n);
            if (dice >= MIN_DICE && llr >= MIN_LLR) {
                candidates.add(new Linker.Candidate(z, e, both, dice, llr));
            }
        });
        progress.accept("terms: " + candidates.size() + " candidate pairs");
        List<Linker.Candidate> resolved = Linker.resolveNested(candidates, zhVocab::key, enVocab::key);

        LexicalSupport support = new LexicalSupport(Lexicon.cedict());
        FinalPairs finals = new FinalPairs(zhVocab, enVocab, support);
        Set<Integer> takenZh = new HashSet<>();
        Set<Integer> takenEn = new HashSet<>();
        for (Glossary.Entry g : settings.glossary().entries()) {
            finals.anchor(zhVocab.id(ZhTerms.normalize(g.zh())), enVocab.id(enTerms.termKey(g.en())), null,
                    "glossary", takenZh, takenEn);
        }
        for (FoundDefinitions.Pair d : defs.pairsInOrder()) {
            int zs = zhVocab.id(d.zhShort());
            int es = enVocab.id(enTerms.termKey(d.enShort()));
            finals.anchor(zs, es, EnTerms.isAllCapsAcronym(d.enShort()) ? TermPair.Kind.ACRONYM
                    : TermPair.Kind.ABBREVIATION, "definition", takenZh, takenEn);
            if (d.enLong() != null && d.zhLong() != null) {
                finals.anchor(zhVocab.id(d.zhLong()), enVocab.id(enTerms.termKey(d.enLong())),
                        TermPair.Kind.FULL_FORM, "definition", takenZh, takenEn);
            }
        }
        // Link strongest first by the same measure the output is ranked by (without the termhood weight,
        // so that general words still take their own partners and leave the terms' partners alone).
        Map<Linker.Candidate, Double> strength = new HashMap<>();
        for (Linker.Candidate c : resolved) {
            strength.put(c, FinalPairs.score(c.both(), zhVocab.df(c.zh()), enVocab.df(c.en()), (int) n)
                    * support.of(zhVocab.surface(c.zh()), enVocab.surface(c.en())));
        }
        Comparator<Linker.Candidate> order = Comparator.comparingDouble((Linker.Candidate c) -> strength.get(c))
                .reversed()
                .thenComparing(Comparator.comparingInt((Linker.Candidate c) -> enVocab.key(c.en()).length()).reversed())
                .thenComparing(c -> zhVocab.key(c.zh())).thenComparing(c -> enVocab.key(c.en()));
        for (Linker.Candidate c : Linker.link(resolved, order, takenZh, takenEn)) {
            finals.association(c.zh(), c.en());
        }
        // A word-for-word translation may give an English term a second Chinese form (核能和平利用 and
        // 和平利用核能 ⇄ peaceful uses of nuclear energy), but never a second English term to a Chinese one.
        for (LexicalPairs.Pair p : lexical) {
            int z = zhVocab.id(p.zh());
            if (!takenZh.contains(z)) {
                takenZh.add(z);
                takenEn.add(enVocab.id(p.en()));
                finals.lexicon(z, enVocab.id(p.en()));
            }
        }
        finals.adjustBoundaries(runner, new Boundaries(Coverage.cedict()),
                (zh, en) -> addRare(runner, zhVocab, enVocab, zh, en));
        for (FoundDefinitions.Variant v : defs.variantsInOrder()) {
            finals.mergeVariants(enVocab.id(enTerms.termKey(v.longForm())), enVocab.id(enTerms.termKey(v.shortForm())));
        }
        List<ExtractedTerm> terms = finals.measure(n, runner, warnings);
        progress.accept("terms: " + terms.size() + " term pairs");
        return new Result(terms, scan.seen(), n, warnings);
    }

    /** The definitions' and glossary's forms, looked up in every unit (the last spelling seen wins). */
    private Specials specials(FoundDefinitions defs) {
        Set<String> specialZh = new HashSet<>();
        Map<String, String> specialEn = new LinkedHashMap<>();
        for (FoundDefinitions.Pair d : defs.pairsInOrder()) {
            if (d.zhLong() != null) {
                specialZh.add(d.zhLong());
            }
            specialZh.add(d.zhShort());
            specialEn.put(enTerms.termKey(d.enShort()), d.enShort());
            if (d.enLong() != null) {
                specialEn.put(enTerms.termKey(d.enLong()), d.enLong());
            }
        }
        for (FoundDefinitions.Variant v : defs.variantsByLastSeen()) {
            specialEn.put(enTerms.termKey(v.longForm()), v.longForm());
            specialEn.put(enTerms.termKey(v.shortForm()), v.shortForm());
        }
        for (Glossary.Entry g : settings.glossary().entries()) {
            specialZh.add(ZhTerms.normalize(g.zh()));
            specialEn.put(enTerms.termKey(g.en()), g.en());
        }
        specialEn.remove("");
        specialZh.remove("");
        return new Specials(specialZh, specialEn);
    }

    /**
     * Every unit's rare dictionary pairs, each pair once, in the order first found; within a memory budget,
     * only as many as it allows (the first found), with a warning. Unlike the frequent vocabulary, which a
     * raised threshold bounds, these grow with the corpus (one in most units), and each costs its place in
     * the vocabularies, its link, its count and its context sentences until the list is written.
     */
    private List<LexicalPairs.Pair> lexicalPairs(TermsRunner runner, Vocabulary zhVocab, int min) {
        TermsRunner.UnitMapper<String, LexicalPairs.Pair> mapper = (unit, out) -> {
            for (LexicalPairs.Pair p : LexicalPairs.finish(unit.ordinal(), unit.lexical(), zhVocab::stats, min)) {
                out.accept(p.zh() + "\t" + p.en(), p);
            }
        };
        long budget = runner.memoryBudget();
        int limit = rareLimit(budget);
        TermsRunner.FirstFound<String, LexicalPairs.Pair> first = runner.firstFound(mapper, limit);
        if (first.cut()) {
            warnings.add("the rare pairs found by dictionary do not all fit the memory budget (" + LocalRunner.size(budget)
                    + "): the first " + first.values().size() + " found, in corpus order, are kept (raise --memory to keep more)");
        }
        List<LexicalPairs.Pair> found = new ArrayList<>(first.values().values());
        found.sort(Comparator.comparingLong(LexicalPairs.Pair::seq).thenComparing(LexicalPairs.Pair::zh)
                .thenComparing(LexicalPairs.Pair::en));
        return found;
    }

    /** Heap a rare dictionary pair holds until the list is written (an upper estimate; README, "Terms at scale"). */
    static final long RARE_PAIR_BYTES = 2048;

    /** Rare dictionary pairs kept whatever the budget: some 20 MB, small beside the job's fixed data. */
    static final int MIN_RARE_PAIRS = 10_000;

    /** How many rare dictionary pairs a budget keeps: a quarter of it (at least 10,000), or all without a bound. */
    static int rareLimit(long budget) {
        return budget == Long.MAX_VALUE ? Integer.MAX_VALUE : (int) Math.max(MIN_RARE_PAIRS,
                Math.min(Integer.MAX_VALUE, budget / 4 / RARE_PAIR_BYTES));
    }

    /** Adds the merged stats of keys not in the vocabularies (rare candidates a pair brought in). */
    private static void addRare(TermsRunner runner, Vocabulary zhVocab, Vocabulary enVocab, List<String> zh,
                                List<String> en) {
        Set<String> zhMissing = new HashSet<>();
        zh.stream().filter(k -> zhVocab.id(k) < 0).forEach(zhMissing::add);
        Set<String> enMissing = new HashSet<>();
        en.stream().filter(k -> enVocab.id(k) < 0).forEach(enMissing::add);
        if (!zhMissing.isEmpty()) {
            runner.stats(true, zhMissing).values().stream().sorted(Comparator.comparing(TermStats::key))
                    .forEach(zhVocab::add);
        }
        if (!enMissing.isEmpty()) {
            runner.stats(false, enMissing).values().stream().sorted(Comparator.comparing(TermStats::key))
                    .forEach(enVocab::add);
        }
    }
}
