package org.bitext.terms;

/**
 * One key's {@link TermStats} being accumulated in place (df counted up, neighbours and forms merged), so
 * that counting the occurrences of a pass does not allocate a record per occurrence. Same rules as
 * {@link TermStats#merge}.
 */
final class StatsAccumulator {

    private final String key;
    private int df;
    private long ordinal;
    private Neighbours left;
    private Neighbours right;
    private SurfaceForms surfaces;

    StatsAccumulator(TermStats s) {
        this.key = s.key();
        this.df = s.df();
        this.ordinal = s.ordinal();
        this.left = s.left();
        this.right = s.right();
        this.surfaces = s.surfaces();
    }

    /** A key's first occurrence in unit {@code ordinal}; df is counted once per unit ({@link #countUnit}). */
    StatsAccumulator(String key, long ordinal, int left, int right, SurfaceForms surface) {
        this.key = key;
        this.df = 1;
        this.ordinal = ordinal;
        this.left = Neighbours.NONE.add(left);
        this.right = Neighbours.NONE.add(right);
        this.surfaces = surface;
    }

    /** One more occurrence in the same unit. */
    void occurrence(int leftNeighbour, int rightNeighbour, SurfaceForms surface) {
        left = left.add(leftNeighbour);
        right = right.add(rightNeighbour);
        if (surface != null) {
            surfaces = SurfaceForms.merge(surfaces, surface);
        }
    }

    /** Merges another partial count of the same key; returns true when its forms changed. */
    boolean add(TermStats s) {
        df = Math.addExact(df, s.df());
        ordinal = Math.min(ordinal, s.ordinal());
        left = Neighbours.merge(left, s.left());
        right = Neighbours.merge(right, s.right());
        if (s.surfaces() == null) {
            return false;
        }
        SurfaceForms before = surfaces;
        surfaces = SurfaceForms.merge(surfaces, s.surfaces());
        return surfaces != before;
    }

    String key() {
        return key;
    }

    SurfaceForms surfaces() {
        return surfaces;
    }

    TermStats stats() {
        return new TermStats(key, df, ordinal, left, right, surfaces);
    }
}
