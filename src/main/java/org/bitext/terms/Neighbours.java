package org.bitext.terms;

import java.io.Serializable;

/**
 * Accessor variety of a candidate on one side (Feng et al. 2004), capped at 2, as a mergeable state: the
 * number of boundary neighbours (capped at 2; a boundary counts anew each time) and the distinct non-boundary
 * neighbours (the smallest hash, and whether another one was seen). A string always seen with the same
 * neighbour is a fragment of a longer one. Merging is associative and commutative: the state is a summary of
 * the multiset of neighbours, whatever order they came in.
 *
 * @param boundaries boundary neighbours seen, capped at 2
 * @param first      smallest non-boundary neighbour hash seen, 0 for none
 * @param second     whether a non-boundary neighbour other than {@code first} was seen
 */
public record Neighbours(int boundaries, int first, boolean second) implements Serializable {

    /** No neighbour seen yet. */
    public static final Neighbours NONE = new Neighbours(0, 0, false);
    private static final Neighbours ONE_BOUNDARY = new Neighbours(1, 0, false);
    private static final Neighbours TWO_BOUNDARIES = new Neighbours(2, 0, false);

    public Neighbours {
        if (boundaries < 0 || boundaries > 2) {
            throw new IllegalArgumentException("boundaries must be in [0,2], was " + boundaries);
        }
        if (second && first == 0) {
            throw new IllegalArgumentException("a second neighbour needs a first one");
        }
    }

    /** This state with one more neighbour ({@code 0} for a boundary). */
    public Neighbours add(int neighbour) {
        if (neighbour == 0) {
            return boundaries == 0 ? ONE_BOUNDARY.with(first, second) : TWO_BOUNDARIES.with(first, second);
        }
        if (first == 0) {
            return new Neighbours(boundaries, neighbour, false);
        }
        if (second || neighbour == first) {
            return neighbour < first ? new Neighbours(boundaries, neighbour, true) : this;
        }
        return new Neighbours(boundaries, Math.min(first, neighbour), true);
    }

    private Neighbours with(int f, boolean s) {
        return f == 0 && !s ? this : new Neighbours(boundaries, f, s);
    }

    /** Variety capped at 2: boundaries plus distinct neighbours. */
    public int variety() {
        return Math.min(2, boundaries + (first != 0 ? 1 : 0) + (second ? 1 : 0));
    }

    /** The state of both multisets of neighbours together. */
    public static Neighbours merge(Neighbours a, Neighbours b) {
        int bounds = Math.min(2, a.boundaries + b.boundaries);
        int first;
        boolean second;
        if (a.first == 0 || b.first == 0) {
            Neighbours n = a.first == 0 ? b : a;
            first = n.first;
            second = n.second;
        } else {
            first = Math.min(a.first, b.first);
            second = a.second || b.second || a.first != b.first;
        }
        // The same state again is common (a saturated or fragment key): no new object then.
        return bounds == a.boundaries && first == a.first && second == a.second ? a
                : bounds == b.boundaries && first == b.first && second == b.second ? b
                : new Neighbours(bounds, first, second);
    }
}
