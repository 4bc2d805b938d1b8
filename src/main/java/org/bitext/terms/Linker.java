package org.bitext.terms;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.IntFunction;

/**
 * Turns scored candidate pairs into one-to-one term links: nested candidates are resolved first (a pair is
 * dropped when a longer term containing its term is as strongly associated with the same partner), then
 * competitive linking (Melamed 2000) takes pairs strongest first, each term at most once, after the
 * anchors (definitions, glossary) have taken theirs.
 */
final class Linker {

    /** A candidate pair of term ids with its counts and scores. */
    record Candidate(int zh, int en, int both, double dice, double llr) {
    }

    /** How close (relative Dice) a longer term must come to its part to replace it. */
    static final double NESTED_TOLERANCE = 0.9;

    private Linker() {
    }

    /** Drops pairs whose term is contained in a longer term as strongly associated with the same partner. */
    static List<Candidate> resolveNested(List<Candidate> candidates, IntFunction<String> zhKey,
                                         IntFunction<String> enKey) {
        Set<Candidate> dropped = new HashSet<>();
        dropNested(candidates, Candidate::en, Candidate::zh, zhKey, false, dropped);
        dropNested(candidates, Candidate::zh, Candidate::en, enKey, true, dropped);
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : candidates) {
            if (!dropped.contains(c)) {
                out.add(c);
            }
        }
        return out;
    }

    private static void dropNested(List<Candidate> candidates, java.util.function.ToIntFunction<Candidate> group,
                                   java.util.function.ToIntFunction<Candidate> member, IntFunction<String> key,
                                   boolean words, Set<Candidate> dropped) {
        Map<Integer, List<Candidate>> byGroup = new HashMap<>();
        for (Candidate c : candidates) {
            byGroup.computeIfAbsent(group.applyAsInt(c), k -> new ArrayList<>()).add(c);
        }
        for (List<Candidate> list : byGroup.values()) {
            if (list.size() < 2) {
                continue;
            }
            list.sort(Comparator.comparingInt((Candidate c) -> key.apply(member.applyAsInt(c)).length()).reversed());
            for (int i = 0; i < list.size(); i++) {
                Candidate part = list.get(i);
                String p = key.apply(member.applyAsInt(part));
                for (int j = 0; j < i; j++) {
                    Candidate whole = list.get(j);
                    String w = key.apply(member.applyAsInt(whole));
                    if (w.length() > p.length() && contains(w, p, words)
                            && whole.dice() >= NESTED_TOLERANCE * part.dice()) {
                        dropped.add(part);
                        break;
                    }
                }
            }
        }
    }

    private static boolean contains(String whole, String part, boolean words) {
        return words ? (" " + whole + " ").contains(" " + part + " ") : whole.contains(part);
    }

    /**
     * Competitive linking: strongest first by {@code order}, skipping pairs whose Chinese or English term is
     * already taken (the anchors' terms are taken from the start).
     */
    static List<Candidate> link(List<Candidate> candidates, Comparator<Candidate> order, Set<Integer> takenZh,
                                Set<Integer> takenEn) {
        List<Candidate> sorted = new ArrayList<>(candidates);
        sorted.sort(order);
        List<Candidate> out = new ArrayList<>();
        for (Candidate c : sorted) {
            if (!takenZh.contains(c.zh()) && !takenEn.contains(c.en())) {
                takenZh.add(c.zh());
                takenEn.add(c.en());
                out.add(c);
            }
        }
        return out;
    }
}
