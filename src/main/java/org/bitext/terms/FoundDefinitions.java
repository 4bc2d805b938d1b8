package org.bitext.terms;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The abbreviation definitions of a set of units, as a mergeable result: each Chinese–English definition
 * pair and each English definition (long form, short form) once, with the position where it was first seen
 * ({@code seq}: unit ordinal times 2<sup>16</sup> plus its index in the unit), and for English definitions
 * also the last position (the display form of an English special is the one spelled out last, as before the
 * counting became mergeable). Merging keeps the smallest first and the largest last position per key, so
 * it is associative and commutative.
 *
 * @param pairs    definitions in both languages, by "Chinese short form TAB English short form"
 * @param variants English definitions with a long form, by "long TAB short"
 */
public record FoundDefinitions(Map<String, Pair> pairs, Map<String, Variant> variants) implements Serializable {

    /** A definition found in both languages of one unit (long forms may be null). */
    public record Pair(String zhLong, String zhShort, String enLong, String enShort, long seq) implements Serializable {
        public Pair {
            Objects.requireNonNull(zhShort, "zhShort");
            Objects.requireNonNull(enShort, "enShort");
        }

        String key() {
            return zhShort + "\t" + enShort;
        }
    }

    /** An English definition "long (short)" seen first at {@code firstSeq} and last at {@code lastSeq}. */
    public record Variant(String longForm, String shortForm, long firstSeq, long lastSeq) implements Serializable {
        public Variant {
            Objects.requireNonNull(longForm, "longForm");
            Objects.requireNonNull(shortForm, "shortForm");
            if (lastSeq < firstSeq) {
                throw new IllegalArgumentException("last seen " + lastSeq + " before first " + firstSeq);
            }
        }

        String key() {
            return longForm + "\t" + shortForm;
        }
    }

    /** None. */
    public static final FoundDefinitions NONE = new FoundDefinitions(Map.of(), Map.of());

    public FoundDefinitions {
        pairs = Map.copyOf(pairs);
        variants = Map.copyOf(variants);
    }

    /** The definitions of one unit's lists, keyed. */
    static FoundDefinitions of(List<Pair> pairs, List<Variant> variants) {
        Map<String, Pair> p = new HashMap<>();
        for (Pair d : pairs) {
            p.merge(d.key(), d, (a, b) -> a.seq() <= b.seq() ? a : b);
        }
        Map<String, Variant> v = new HashMap<>();
        for (Variant d : variants) {
            v.merge(d.key(), d, FoundDefinitions::mergeVariant);
        }
        return new FoundDefinitions(p, v);
    }

    /** Merges many sets in place (a pass over the units), with the same rule as {@link #merge}. */
    public static final class Accumulator {
        private final Map<String, Pair> pairs = new HashMap<>();
        private final Map<String, Variant> variants = new HashMap<>();

        public void add(FoundDefinitions d) {
            d.pairs.forEach((k, x) -> pairs.merge(k, x, (a, b) -> a.seq() <= b.seq() ? a : b));
            d.variants.forEach((k, x) -> variants.merge(k, x, FoundDefinitions::mergeVariant));
        }

        public FoundDefinitions result() {
            return new FoundDefinitions(pairs, variants);
        }
    }

    /** Both sets together. */
    public static FoundDefinitions merge(FoundDefinitions a, FoundDefinitions b) {
        if (b.pairs.isEmpty() && b.variants.isEmpty()) {
            return a;
        }
        if (a.pairs.isEmpty() && a.variants.isEmpty()) {
            return b;
        }
        Map<String, Pair> p = new HashMap<>(a.pairs);
        b.pairs.forEach((k, d) -> p.merge(k, d, (x, y) -> x.seq() <= y.seq() ? x : y));
        Map<String, Variant> v = new HashMap<>(a.variants);
        b.variants.forEach((k, d) -> v.merge(k, d, FoundDefinitions::mergeVariant));
        return new FoundDefinitions(p, v);
    }

    private static Variant mergeVariant(Variant x, Variant y) {
        return new Variant(x.longForm(), x.shortForm(), Math.min(x.firstSeq(), y.firstSeq()),
                Math.max(x.lastSeq(), y.lastSeq()));
    }

    /** The definition pairs in the order first seen. */
    public List<Pair> pairsInOrder() {
        List<Pair> out = new ArrayList<>(pairs.values());
        out.sort(Comparator.comparingLong(Pair::seq).thenComparing(Pair::key));
        return out;
    }

    /** The English definitions in the order first seen. */
    public List<Variant> variantsInOrder() {
        List<Variant> out = new ArrayList<>(variants.values());
        out.sort(Comparator.comparingLong(Variant::firstSeq).thenComparing(Variant::key));
        return out;
    }

    /** The English definitions in the order last seen. */
    public List<Variant> variantsByLastSeen() {
        List<Variant> out = new ArrayList<>(variants.values());
        out.sort(Comparator.comparingLong(Variant::lastSeq).thenComparing(Variant::key));
        return out;
    }
}
