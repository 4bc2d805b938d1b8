package org.bitext.terms;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Interns the term keys of one language to dense ids, with document frequency and a display form. */
final class Vocabulary {

    private final Map<String, Integer> ids = new HashMap<>();
    private final List<String> keys = new ArrayList<>();
    private final List<String> surfaces = new ArrayList<>();
    private int[] df = new int[1024];
    private int[] lastUnit = new int[1024];
    // Accessor variety (Feng et al. 2004), capped at 2: distinct left/right neighbours, a boundary counting
    // anew each time. A string always seen with the same neighbour is a fragment of a longer one.
    private int[] leftFirst = new int[1024];
    private int[] rightFirst = new int[1024];
    private byte[] leftVariety = new byte[1024];
    private byte[] rightVariety = new byte[1024];

    /** Id of {@code key}, adding it (with its surface form) when new. */
    int intern(String key, String surface) {
        Integer id = ids.get(key);
        if (id != null) {
            String old = surfaces.get(id);
            // Sentence-initial capitals: prefer the lower-case variant of the same words when seen.
            if (!surface.equals(old) && surface.equalsIgnoreCase(old) && capitals(surface) < capitals(old)) {
                surfaces.set(id, surface);
            }
            return id;
        }
        int next = keys.size();
        ids.put(key, next);
        keys.add(key);
        surfaces.add(surface);
        if (next == df.length) {
            int cap = df.length * 2;
            df = Arrays.copyOf(df, cap);
            lastUnit = Arrays.copyOf(lastUnit, cap);
            leftFirst = Arrays.copyOf(leftFirst, cap);
            rightFirst = Arrays.copyOf(rightFirst, cap);
            leftVariety = Arrays.copyOf(leftVariety, cap);
            rightVariety = Arrays.copyOf(rightVariety, cap);
        }
        lastUnit[next] = -1;
        return next;
    }

    private static long capitals(String s) {
        return s.codePoints().filter(Character::isUpperCase).count();
    }

    /** Id of {@code key}, or -1. */
    int id(String key) {
        Integer id = ids.get(key);
        return id == null ? -1 : id;
    }

    /**
     * Counts one occurrence in unit {@code unit} (units in ascending order) with its neighbours, 0 standing
     * for a boundary; returns true for the first occurrence in that unit.
     */
    boolean occurrence(int id, int unit, int left, int right) {
        leftVariety[id] = vary(leftVariety[id], leftFirst, id, left);
        rightVariety[id] = vary(rightVariety[id], rightFirst, id, right);
        if (lastUnit[id] == unit) {
            return false;
        }
        lastUnit[id] = unit;
        df[id]++;
        return true;
    }

    private static byte vary(byte variety, int[] first, int id, int neighbour) {
        if (variety >= 2) {
            return variety;
        }
        if (neighbour == 0) {
            return (byte) (variety + 1);
        }
        if (first[id] == 0) {
            first[id] = neighbour;
            return (byte) (variety + 1);
        }
        return first[id] == neighbour ? variety : (byte) (variety + 1);
    }

    /** True when the term has been seen with two different left and two different right neighbours. */
    boolean varied(int id) {
        return leftVariety[id] >= 2 && rightVariety[id] >= 2;
    }

    int df(int id) {
        return df[id];
    }

    String key(int id) {
        return keys.get(id);
    }

    String surface(int id) {
        return surfaces.get(id);
    }

    /** Overrides the display form (for terms a definition or glossary spelled out). */
    void setSurface(int id, String surface) {
        surfaces.set(id, surface);
    }

    int size() {
        return keys.size();
    }
}
