package org.bitext.terms;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The candidate keys of one language the driver works with, interned to dense ids with their merged
 * {@link TermStats}: the frequent ones (df at least min-freq), the special ones, and the few rare ones that a
 * dictionary pair or a boundary adjustment brings in. Never every candidate of the corpus: that is what lets
 * the job's memory stay bounded.
 */
final class Vocabulary implements Serializable {

    private final Map<String, Integer> ids = new HashMap<>();
    private final List<TermStats> stats = new ArrayList<>();
    private final List<String> surfaces = new ArrayList<>();

    /** Adds merged stats (once per key); returns the key's id. */
    int add(TermStats s) {
        Integer id = ids.get(s.key());
        if (id != null) {
            return id;
        }
        int next = stats.size();
        ids.put(s.key(), next);
        stats.add(s);
        surfaces.add(s.surface());
        return next;
    }

    /** Id of {@code key}, or -1. */
    int id(String key) {
        Integer id = ids.get(key);
        return id == null ? -1 : id;
    }

    /** Merged stats of {@code key}, or null. */
    TermStats stats(String key) {
        Integer id = ids.get(key);
        return id == null ? null : stats.get(id);
    }

    /** True when the term has been seen with two different left and two different right neighbours. */
    boolean varied(int id) {
        return stats.get(id).varied();
    }

    int df(int id) {
        return stats.get(id).df();
    }

    String key(int id) {
        return stats.get(id).key();
    }

    String surface(int id) {
        return surfaces.get(id);
    }

    /** Overrides the display form (for terms a definition or glossary spelled out). */
    void setSurface(int id, String surface) {
        surfaces.set(id, surface);
    }

    int size() {
        return stats.size();
    }
}
