package org.bitext.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.SplittableRandom;
import java.util.function.Consumer;
import org.bitext.align.AlignedPair;
import org.bitext.align.Level;
import org.bitext.terms.UnitSource;
import org.bitext.text.DataFiles;

/**
 * A generated Chinese–English aligned corpus of any size that looks, to the terms job, like UN text: a
 * streaming, deterministic and re-iterable {@link UnitSource}. Unit {@code i} is made from
 * {@code SplittableRandom(mix(seed, i))} alone, so iterating twice gives the same units, nothing is held in
 * memory, and any range of ordinals can be generated on its own ({@link #forEachUnit(long, long, Consumer)}).
 *
 * <p><b>The model.</b>
 * <ul>
 * <li><i>Vocabulary</i> ({@link ZipfVocabulary}): open-class words are drawn by a Zipf–Mandelbrot law over an
 *     unbounded rank space, P(rank r) ∝ (r + {@value #Q})<sup>−{@value #S}</sup> (a continuous Pareto draw
 *     rounded down), so new word types keep appearing as the corpus grows (Heaps' law, vocabulary ≈
 *     N<sup>1/s</sup>: 14,400 English types in 10,000 units, 83,000 in 100,000). The first 8,352 ranks are
 *     real English nouns and adjectives with their CC-CEDICT translation; beyond are generated pseudo-words,
 *     each with one fixed Chinese pseudo-word.</li>
 * <li><i>Sentences</i>: one to several clauses "Subject verb object [preposition phrase]…" joined by
 *     "; " or ", and"; subjects, reporting verbs and prepositions are UN-style closed-class words from the
 *     data file {@code zipf-grammar.tsv}; noun phrases are "[the] chunk [of [the] chunk]" or two of them
 *     joined by "and", a chunk being a planted term or one to three vocabulary words; some clauses end
 *     "in YEAR". The English length is drawn log-normal (median {@value #MEDIAN_WORDS} words) and kept in
 *     [{@value #MIN_WORDS}, {@value #MAX_WORDS}] words, mean 28 as in UN text.</li>
 * <li><i>Translation</i> is word for word with consistent choices, and reordered as Chinese does: "A of B"
 *     becomes B的A, preposition phrases move before the verb and take their Chinese frame (in X → 在X中),
 *     "the" is dropped; Chinese has about 1.5 Han characters per English word.</li>
 * <li><i>Planted terms</i> ({@link PlantedTerms}): {@value #PLANTED} multi-word terms and acronyms with
 *     their own Zipf frequencies; a chunk is a planted term with probability {@value #TERM_SHARE}. An
 *     acronym is written either defined as UN text does ("Fissile Material Cut-off Treaty (FMCT)" ⇄
 *     "禁止生产裂变材料条约（禁产条约）"), or as its full name alone, or as the acronym alone, each on both
 *     sides consistently.</li>
 * </ul>
 * Units are sentence-level pairs of confidence 1, {@value #DOCUMENT_UNITS} to a document ({@code ZIPF-000042}),
 * four to a paragraph.
 */
public final class ZipfCorpus implements UnitSource {

    /** Zipf–Mandelbrot exponent and shift of the open-class words. */
    static final double S = 1.3;
    static final double Q = 2.7;
    static final int MEDIAN_WORDS = 22;
    static final int MIN_WORDS = 8;
    static final int MAX_WORDS = 60;
    static final int PLANTED = 300;
    static final double TERM_SHARE = 0.12;
    static final int DOCUMENT_UNITS = 200;
    private static final int PARAGRAPH_UNITS = 4;

    /** One generated unit with the planted terms it holds (indexes into {@link #planted()}). */
    public record Unit(AlignedPair pair, int[] fullForms, int[] shortForms) {
    }

    private record Phrase(String kind, String en, String zhBefore, String zhAfter) {
    }

    private final long seed;
    private final long units;
    private final ZipfVocabulary vocabulary;
    private final PlantedTerms planted;
    /** Cumulative planted-term weights, for drawing a term by binary search. */
    private final double[] cumulative;
    private final List<Phrase> subjects = new ArrayList<>();
    private final List<Phrase> verbs = new ArrayList<>();
    private final List<Phrase> prepositions = new ArrayList<>();

    /** A corpus of {@code units} units generated from {@code seed}. */
    public ZipfCorpus(long units, long seed) {
        if (units < 0) {
            throw new IllegalArgumentException("units must be >= 0, was " + units);
        }
        this.units = units;
        this.seed = seed;
        this.vocabulary = ZipfVocabulary.get();
        this.planted = PlantedTerms.draw(vocabulary, seed, PLANTED);
        cumulative = new double[PLANTED];
        double sum = 0;
        for (int i = 0; i < PLANTED; i++) {
            sum += PlantedTerms.weight(i);
            cumulative[i] = sum;
        }
        for (String line : DataFiles.lines(ZipfCorpus.class, "zipf-grammar.tsv")) {
            String[] c = line.split("\t");
            if (c.length != 4) {
                throw new IllegalStateException("org/bitext/bench/zipf-grammar.tsv: bad line '" + line + "'");
            }
            Phrase p = new Phrase(c[0], c[1], c[2].equals("-") ? "" : c[2], c[3].equals("-") ? "" : c[3]);
            switch (c[0]) {
                case "subject" -> subjects.add(p);
                case "verb" -> verbs.add(p);
                case "prep" -> prepositions.add(p);
                default -> throw new IllegalStateException("org/bitext/bench/zipf-grammar.tsv: unknown kind '"
                        + c[0] + "'");
            }
        }
    }

    /**
     * The Chinese this corpus gives an English term: a planted term's or acronym's Chinese, a subject of the
     * grammar's ("General Assembly" ⇄ 大会), or the word-for-word translation of vocabulary words ("A of B"
     * as BA); null when {@code en} is none of these. A listed pair is correct when its Chinese is this.
     */
    public String translation(String en) {
        for (PlantedTerms.Term t : planted.terms()) {
            if (t.isAcronym() && t.acronym().equals(en)) {
                return t.zhShort();
            }
        }
        for (Phrase p : subjects) {
            String name = p.en().startsWith("The ") ? p.en().substring(4) : p.en();
            if (name.equals(en)) {
                return p.zhBefore();
            }
        }
        String[] words = en.toLowerCase(Locale.ROOT).split(" ");
        int of = java.util.Arrays.asList(words).indexOf("of");
        if (of > 0) {
            String head = words(java.util.Arrays.copyOfRange(words, 0, of));
            String complement = words(java.util.Arrays.copyOfRange(words, of + 1, words.length));
            return head == null || complement == null ? null : complement + head;
        }
        return words(words);
    }

    /**
     * True when {@code en} is also a grammar subject's name ("report" of "The report"): such a word has two
     * translations in the corpus (the subject's 报告 and the vocabulary's), and {@link #translation} gives
     * the subject's.
     */
    boolean isSubjectName(String en) {
        for (Phrase p : subjects) {
            String name = p.en().startsWith("The ") ? p.en().substring(4) : p.en();
            if (name.equals(en)) {
                return true;
            }
        }
        return false;
    }

    private String words(String[] words) {
        if (words.length == 0) {
            return null;
        }
        StringBuilder sb = new StringBuilder();
        for (String w : words) {
            long rank = vocabulary.rank(w);
            if (rank < 0) {
                return null;
            }
            sb.append(vocabulary.chinese(rank));
        }
        return sb.toString();
    }

    /** Number of units. */
    public long size() {
        return units;
    }

    public long seed() {
        return seed;
    }

    /** The planted terms, most frequent first. */
    public List<PlantedTerms.Term> planted() {
        return planted.terms();
    }

    @Override
    public void forEachUnit(Consumer<AlignedPair> consumer) {
        forEachUnit(0, units, consumer);
    }

    /** Passes units {@code from} (inclusive) to {@code to} (exclusive) to {@code consumer}. */
    public void forEachUnit(long from, long to, Consumer<AlignedPair> consumer) {
        if (from < 0 || to > units || from > to) {
            throw new IllegalArgumentException("range [" + from + ", " + to + ") not within [0, " + units + ")");
        }
        for (long i = from; i < to; i++) {
            consumer.accept(unit(i).pair());
        }
    }

    /** Unit {@code ordinal}, made afresh (the same every time). */
    public Unit unit(long ordinal) {
        if (ordinal < 0 || ordinal >= units) {
            throw new IllegalArgumentException("ordinal must be in [0, " + units + "), was " + ordinal);
        }
        SplittableRandom r = new SplittableRandom(mix(seed, ordinal));
        Sentence s;
        do {
            s = sentence(r);
        } while (s.words < MIN_WORDS || s.words > MAX_WORDS);
        String en = Character.toUpperCase(s.en.charAt(0)) + s.en.substring(1) + ".";
        String zh = s.zh + "。";
        long document = ordinal / DOCUMENT_UNITS;
        long inDocument = ordinal % DOCUMENT_UNITS;
        AlignedPair pair = new AlignedPair(String.format(Locale.ROOT, "ZIPF-%06d", document), Level.SENTENCE,
                Long.toString(inDocument / PARAGRAPH_UNITS + 1), (int) (inDocument % PARAGRAPH_UNITS) + 1, en, zh,
                1.0);
        return new Unit(pair, s.full.stream().mapToInt(Integer::intValue).distinct().toArray(),
                s.shortForms.stream().mapToInt(Integer::intValue).distinct().toArray());
    }

    /** A unit's seed: a SplitMix64 finalizer over seed and ordinal, so neighbouring ordinals are unrelated. */
    static long mix(long seed, long ordinal) {
        long z = seed * 0x9E3779B97F4A7C15L + ordinal;
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Both sides of a sentence being built. */
    private static final class Sentence {
        final StringBuilder en = new StringBuilder();
        final StringBuilder zh = new StringBuilder();
        final List<Integer> full = new ArrayList<>();
        final List<Integer> shortForms = new ArrayList<>();
        int words;
    }

    /** Both sides of one phrase, with its English word count. */
    private record Part(String en, String zh, int words) {
    }

    private Sentence sentence(SplittableRandom r) {
        Sentence s = new Sentence();
        int target = (int) Math.round(MEDIAN_WORDS * Math.exp(0.45 * gaussian(r)));
        boolean first = true;
        while (first || s.words < target) {
            if (!first) {
                boolean semicolon = r.nextBoolean();
                s.en.append(semicolon ? "; " : ", and ");
                s.zh.append(semicolon ? "；" : "，并且");
                s.words += semicolon ? 0 : 1;
            }
            clause(r, s, target);
            first = false;
        }
        return s;
    }

    /** Subject verb object [prepositional phrases], the Chinese with the phrases before the verb. */
    private void clause(SplittableRandom r, Sentence s, int target) {
        Part subject;
        if (r.nextInt(3) > 0) {
            Phrase p = subjects.get(r.nextInt(subjects.size()));
            subject = new Part(p.en(), p.zhBefore(), p.en().split(" ").length);
        } else {
            subject = nounPhrase(r, s);
        }
        Phrase verb = verbs.get(r.nextInt(verbs.size()));
        Part object = nounPhrase(r, s);
        StringBuilder en = new StringBuilder(subject.en()).append(' ').append(verb.en()).append(' ')
                .append(object.en());
        StringBuilder zhAdverbials = new StringBuilder();
        int words = subject.words() + verb.en().split(" ").length + object.words();
        while (s.words + words < target - 3 && r.nextInt(3) > 0) {
            Phrase p = prepositions.get(r.nextInt(prepositions.size()));
            Part np = nounPhrase(r, s);
            en.append(' ').append(p.en()).append(' ').append(np.en());
            zhAdverbials.append(p.zhBefore()).append(np.zh()).append(p.zhAfter());
            words += 1 + np.words();
        }
        if (r.nextInt(8) == 0) {
            int year = 1990 + r.nextInt(36);
            en.append(" in ").append(year);
            zhAdverbials.insert(0, "在" + year + "年");
            words += 2;
        }
        s.en.append(en);
        s.zh.append(subject.zh()).append(zhAdverbials).append(verb.zhBefore()).append(object.zh());
        s.words += words;
    }

    /** "[the] chunk [of [the] chunk]", sometimes two of them joined by "and" (和). */
    private Part nounPhrase(SplittableRandom r, Sentence s) {
        Part a = simpleNounPhrase(r, s);
        if (r.nextInt(6) == 0) {
            Part b = simpleNounPhrase(r, s);
            return new Part(a.en() + " and " + b.en(), a.zh() + "和" + b.zh(), a.words() + 1 + b.words());
        }
        return a;
    }

    private Part simpleNounPhrase(SplittableRandom r, Sentence s) {
        Part head = chunk(r, s);
        String the = r.nextInt(3) > 0 ? "the " : "";
        if (r.nextInt(4) == 0) {
            Part of = chunk(r, s);
            String the2 = r.nextBoolean() ? "the " : "";
            return new Part(the + head.en() + " of " + the2 + of.en(), of.zh() + "的" + head.zh(),
                    (the.isEmpty() ? 0 : 1) + head.words() + 1 + (the2.isEmpty() ? 0 : 1) + of.words());
        }
        return new Part(the + head.en(), head.zh(), (the.isEmpty() ? 0 : 1) + head.words());
    }

    /** A planted term, or one to three vocabulary words translated word for word. */
    private Part chunk(SplittableRandom r, Sentence s) {
        if (r.nextDouble() < TERM_SHARE) {
            int i = plantedRank(r);
            PlantedTerms.Term t = planted.terms().get(i);
            int words = t.en().split(" ").length;
            if (!t.isAcronym()) {
                s.full.add(i);
                return new Part(t.en(), t.zh(), words);
            }
            int form = r.nextInt(10);
            if (form < 3) {
                s.full.add(i);
                s.shortForms.add(i);
                return new Part(t.en() + " (" + t.acronym() + ")", t.zh() + "（" + t.zhShort() + "）", words + 1);
            }
            if (form < 6) {
                s.full.add(i);
                return new Part(t.en(), t.zh(), words);
            }
            s.shortForms.add(i);
            return new Part(t.acronym(), t.zhShort(), 1);
        }
        int n = r.nextInt(20);
        int count = n < 9 ? 1 : n < 16 ? 2 : 3;
        StringBuilder en = new StringBuilder();
        StringBuilder zh = new StringBuilder();
        for (int i = 0; i < count; i++) {
            long rank = wordRank(r);
            en.append(i == 0 ? "" : " ").append(vocabulary.english(rank));
            zh.append(vocabulary.chinese(rank));
        }
        return new Part(en.toString(), zh.toString(), count);
    }

    private int plantedRank(SplittableRandom r) {
        double u = r.nextDouble() * cumulative[cumulative.length - 1];
        int i = java.util.Arrays.binarySearch(cumulative, u);
        return Math.min(i < 0 ? -i - 1 : i, cumulative.length - 1);
    }

    /**
     * A 0-based rank of the Zipf–Mandelbrot law: x drawn from the density ∝ (x + Q)^−S on [0, ∞) by
     * inversion, rounded down.
     */
    static long wordRank(SplittableRandom r) {
        double u = 1.0 - r.nextDouble();
        double x = Q * Math.pow(u, -1.0 / (S - 1)) - Q;
        return x >= 1e15 ? (long) 1e15 : (long) x;
    }

    /** A standard normal draw (Box–Muller), from the unit's own generator. */
    private static double gaussian(SplittableRandom r) {
        double u = 1.0 - r.nextDouble();
        return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * r.nextDouble());
    }
}
