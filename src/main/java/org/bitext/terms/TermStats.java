package org.bitext.terms;

import java.io.Serializable;
import java.util.Objects;

/**
 * What the terms job knows of one candidate key of one language, as a partial count that merges: the number
 * of units holding it, its accessor variety on both sides, its written forms (English; a Chinese candidate is
 * written as its key) and the smallest ordinal of a unit holding it. {@link #merge} is associative and
 * commutative, so partial counts of any partition of the units, merged in any order, give the same result as
 * one sequential count: that is what lets the single-machine runner spill sorted runs and Spark reduce by key.
 *
 * @param key      the candidate key (Chinese: the characters; English: lower-case singular words)
 * @param df       units holding the key (at least 1)
 * @param ordinal  smallest ordinal of a unit holding it
 * @param left     left neighbours
 * @param right    right neighbours
 * @param surfaces written forms of an English key, null for a Chinese key
 */
public record TermStats(String key, int df, long ordinal, Neighbours left, Neighbours right,
                        SurfaceForms surfaces) implements Serializable {

    public TermStats {
        Objects.requireNonNull(key, "key");
        if (key.isEmpty()) {
            throw new IllegalArgumentException("key must not be empty");
        }
        if (df < 1) {
            throw new IllegalArgumentException("df must be >= 1, was " + df + " for '" + key + "'");
        }
        if (ordinal < 0) {
            throw new IllegalArgumentException("ordinal must be >= 0, was " + ordinal + " for '" + key + "'");
        }
        Objects.requireNonNull(left, "left");
        Objects.requireNonNull(right, "right");
    }

    /** The form shown to people: the English display form, or the Chinese key. */
    public String surface() {
        return surfaces == null ? key : surfaces.display();
    }

    /** True when the key was seen with two different left and two different right neighbours. */
    public boolean varied() {
        return left.variety() >= 2 && right.variety() >= 2;
    }

    /** The counts of both partitions together; both must be of the same key. */
    public static TermStats merge(TermStats a, TermStats b) {
        if (!a.key.equals(b.key)) {
            throw new IllegalArgumentException("cannot merge stats of '" + a.key + "' and '" + b.key + "'");
        }
        if ((a.surfaces == null) != (b.surfaces == null)) {
            throw new IllegalArgumentException("cannot merge Chinese and English stats of '" + a.key + "'");
        }
        return new TermStats(a.key, Math.addExact(a.df, b.df), Math.min(a.ordinal, b.ordinal),
                Neighbours.merge(a.left, b.left), Neighbours.merge(a.right, b.right),
                a.surfaces == null ? null : SurfaceForms.merge(a.surfaces, b.surfaces));
    }
}
