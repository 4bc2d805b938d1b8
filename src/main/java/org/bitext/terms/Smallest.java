package org.bitext.terms;

import java.io.Serializable;
import java.util.Arrays;

/**
 * The {@code limit} smallest distinct unit ordinals of a set, as a mergeable result (the units a link's
 * boundaries are checked in). Merging is associative and commutative: the smallest of a union are among
 * the smallest of its parts.
 *
 * @param limit    how many to keep
 * @param ordinals the smallest ordinals, ascending, distinct, at most {@code limit}
 */
public record Smallest(int limit, long[] ordinals) implements Serializable {

    public Smallest {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be >= 1, was " + limit);
        }
        if (ordinals.length > limit) {
            throw new IllegalArgumentException(ordinals.length + " ordinals over the limit " + limit);
        }
        for (int i = 1; i < ordinals.length; i++) {
            if (ordinals[i - 1] >= ordinals[i]) {
                throw new IllegalArgumentException("ordinals must ascend: " + Arrays.toString(ordinals));
            }
        }
    }

    /** One ordinal. */
    public static Smallest of(int limit, long ordinal) {
        return new Smallest(limit, new long[] {ordinal});
    }

    /** The smallest of both. */
    public static Smallest merge(Smallest a, Smallest b) {
        if (a.limit != b.limit) {
            throw new IllegalArgumentException("limits differ: " + a.limit + " and " + b.limit);
        }
        long[] out = new long[Math.min(a.limit, a.ordinals.length + b.ordinals.length)];
        int i = 0;
        int j = 0;
        int n = 0;
        while (n < out.length && (i < a.ordinals.length || j < b.ordinals.length)) {
            long x = i < a.ordinals.length ? a.ordinals[i] : Long.MAX_VALUE;
            long y = j < b.ordinals.length ? b.ordinals[j] : Long.MAX_VALUE;
            long next = Math.min(x, y);
            i += x == next ? 1 : 0;
            j += y == next ? 1 : 0;
            out[n++] = next;
        }
        return new Smallest(a.limit, n == out.length ? out : Arrays.copyOf(out, n));
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof Smallest s && s.limit == limit && Arrays.equals(s.ordinals, ordinals);
    }

    @Override
    public int hashCode() {
        return Arrays.hashCode(ordinals) * 31 + limit;
    }

    @Override
    public String toString() {
        return "Smallest" + Arrays.toString(ordinals);
    }
}
