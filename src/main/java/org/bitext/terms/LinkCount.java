package org.bitext.terms;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * The measurement of one link over a set of units, as a mergeable partial count: units holding both its
 * terms, units holding its Chinese term and any English form of its concept, units holding any English form
 * of its concept (counted only for links whose concept has two forms), its example references (the first
 * three distinct references by ordinal) and its context unit (the smallest ordinal holding both terms).
 * Merging is associative and commutative.
 *
 * @param both        units holding both terms
 * @param conceptBoth units holding the Chinese term and a form of the English concept
 * @param conceptDf   units holding a form of the English concept (two-form concepts only)
 * @param examples    up to three examples, ascending by ordinal, distinct by reference
 * @param context     smallest ordinal of a unit holding both terms, or -1
 */
public record LinkCount(int both, int conceptBoth, int conceptDf, List<Example> examples, long context)
        implements Serializable {

    /** How many example references a pair lists. */
    public static final int EXAMPLES = 3;

    /** An example unit: its ordinal and reference. */
    public record Example(long ordinal, String ref) implements Serializable {
        public Example {
            Objects.requireNonNull(ref, "ref");
        }
    }

    public LinkCount {
        if (both < 0 || conceptBoth < 0 || conceptDf < 0) {
            throw new IllegalArgumentException("counts must be >= 0, were " + both + ", " + conceptBoth + ", "
                    + conceptDf);
        }
        examples = List.copyOf(examples);
        if (examples.size() > EXAMPLES) {
            throw new IllegalArgumentException("at most " + EXAMPLES + " examples, were " + examples.size());
        }
        if (context < -1) {
            throw new IllegalArgumentException("context must be an ordinal or -1, was " + context);
        }
    }

    /** Nothing counted. */
    public static final LinkCount ZERO = new LinkCount(0, 0, 0, List.of(), -1);

    /** Both counts together. */
    public static LinkCount merge(LinkCount a, LinkCount b) {
        long context = a.context < 0 ? b.context : b.context < 0 ? a.context : Math.min(a.context, b.context);
        return new LinkCount(a.both + b.both, a.conceptBoth + b.conceptBoth, a.conceptDf + b.conceptDf,
                mergeExamples(a.examples, b.examples), context);
    }

    private static List<Example> mergeExamples(List<Example> a, List<Example> b) {
        if (b.isEmpty()) {
            return a;
        }
        if (a.isEmpty()) {
            return b;
        }
        List<Example> all = new ArrayList<>(a);
        all.addAll(b);
        all.sort(Comparator.comparingLong(Example::ordinal));
        List<Example> out = new ArrayList<>();
        for (Example e : all) {
            if (out.size() < EXAMPLES && out.stream().noneMatch(x -> x.ref().equals(e.ref()))) {
                out.add(e);
            }
        }
        return out;
    }

    /** The example references in order. */
    public List<String> refs() {
        return examples.stream().map(Example::ref).toList();
    }
}
