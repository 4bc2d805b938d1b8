package org.bitext.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.function.BinaryOperator;
import org.bitext.Seeded;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The merge functions of the terms core: merging partial results of any partition of the units, in any
 * order, gives what one sequential pass gives (the property the spilling runner and Spark rely on), and the
 * sequential pass gives what the job computed before counting became mergeable (reference implementations
 * of the old rules below).
 */
@ExtendWith(Seeded.class)
class MergeTest {

    /** Merges {@code parts} in a random partition and a random order. */
    private static <T> T shuffledMerge(List<T> parts, BinaryOperator<T> merge, Random random) {
        List<T> items = new ArrayList<>(parts);
        Collections.shuffle(items, random);
        while (items.size() > 1) {
            int i = random.nextInt(items.size() - 1);
            T merged = random.nextBoolean() ? merge.apply(items.get(i), items.get(i + 1))
                    : merge.apply(items.get(i + 1), items.get(i));
            items.set(i, merged);
            items.remove(i + 1);
        }
        return items.get(0);
    }

    private static <T> T sequential(List<T> parts, BinaryOperator<T> merge) {
        T out = parts.get(0);
        for (int i = 1; i < parts.size(); i++) {
            out = merge.apply(out, parts.get(i));
        }
        return out;
    }

    /** The accessor variety as the job counted it sequentially before (Vocabulary.vary). */
    private static int oldVariety(List<Integer> neighbours) {
        int variety = 0;
        int first = 0;
        for (int n : neighbours) {
            if (variety >= 2) {
                break;
            }
            if (n == 0) {
                variety++;
            } else if (first == 0) {
                first = n;
                variety++;
            } else if (first != n) {
                variety++;
            }
        }
        return variety;
    }

    @RepeatedTest(20)
    void neighboursMergeInAnyOrderAsCountedSequentially(Random random) {
        List<Integer> seen = new ArrayList<>();
        List<Neighbours> parts = new ArrayList<>();
        int units = 1 + random.nextInt(8);
        for (int u = 0; u < units; u++) {
            Neighbours part = Neighbours.NONE;
            for (int k = random.nextInt(3); k >= 0; k--) {
                // Few distinct values, so that repeats and single-neighbour fragments are common.
                int n = random.nextInt(4) == 0 ? 0 : -2 + random.nextInt(4);
                n = n == 0 && random.nextBoolean() ? 7 : n;
                seen.add(n);
                part = part.add(n);
            }
            parts.add(part);
        }
        Neighbours all = sequential(parts, Neighbours::merge);
        assertEquals(oldVariety(seen), all.variety(), "neighbours " + seen);
        assertEquals(all, shuffledMerge(parts, Neighbours::merge, random), "neighbours " + seen);
    }

    /** The display form as the job chose it sequentially before (Vocabulary.intern). */
    private static String oldSurface(List<String> forms) {
        String cur = forms.get(0);
        for (String s : forms) {
            if (!s.equals(cur) && s.equalsIgnoreCase(cur) && SurfaceForms.capitals(s) < SurfaceForms.capitals(cur)) {
                cur = s;
            }
        }
        return cur;
    }

    @RepeatedTest(20)
    void surfaceFormsMergeInAnyOrderToTheOldDisplayForm(Random random) {
        String[] variants = {"Nuclear Weapons", "nuclear weapons", "NUCLEAR WEAPONS", "Nuclear weapons",
            "nuclear weapon", "Nuclear Weapon", "nuclear-weapons"};
        List<String> seen = new ArrayList<>();
        List<SurfaceForms> parts = new ArrayList<>();
        int units = 1 + random.nextInt(6);
        for (int u = 0; u < units; u++) {
            SurfaceForms part = null;
            for (int k = 0; k <= random.nextInt(3); k++) {
                String form = variants[random.nextInt(variants.length)];
                seen.add(form);
                SurfaceForms one = SurfaceForms.of(form, SurfaceForms.seq(u, k));
                part = part == null ? one : SurfaceForms.merge(part, one);
            }
            parts.add(part);
        }
        SurfaceForms all = sequential(parts, SurfaceForms::merge);
        assertEquals(oldSurface(seen), all.display(), "forms " + seen);
        assertEquals(all, shuffledMerge(parts, SurfaceForms::merge, random), "forms " + seen);
    }

    @RepeatedTest(10)
    void termStatsMergeInAnyOrder(Random random) {
        List<TermStats> parts = new ArrayList<>();
        for (int u = 0; u < 2 + random.nextInt(10); u++) {
            long ordinal = random.nextInt(1000);
            parts.add(new TermStats("nuclear weapon", 1, ordinal, Neighbours.NONE.add(random.nextInt(3)),
                    Neighbours.NONE.add(random.nextInt(3)), SurfaceForms.of(random.nextBoolean() ? "Nuclear weapons"
                    : "nuclear weapons", SurfaceForms.seq(ordinal, 0))));
        }
        TermStats all = sequential(parts, TermStats::merge);
        assertEquals(parts.size(), all.df());
        assertEquals(parts.stream().mapToLong(TermStats::ordinal).min().orElseThrow(), all.ordinal());
        assertEquals(all, shuffledMerge(parts, TermStats::merge, random));
    }

    @Test
    void termStatsOfDifferentKeysOrLanguagesDoNotMerge() {
        TermStats a = new TermStats("核武器", 1, 0, Neighbours.NONE, Neighbours.NONE, null);
        TermStats b = new TermStats("核材料", 1, 1, Neighbours.NONE, Neighbours.NONE, null);
        assertThrows(IllegalArgumentException.class, () -> TermStats.merge(a, b));
        TermStats en = new TermStats("核武器", 1, 1, Neighbours.NONE, Neighbours.NONE, SurfaceForms.of("x", 1 << 16));
        assertThrows(IllegalArgumentException.class, () -> TermStats.merge(a, en));
        assertThrows(IllegalArgumentException.class, () -> new TermStats("x", 0, 0, Neighbours.NONE,
                Neighbours.NONE, null));
    }

    @RepeatedTest(10)
    void definitionsKeepTheFirstSeenPairAndFirstAndLastSeenVariant(Random random) {
        List<FoundDefinitions> parts = new ArrayList<>();
        String[] shorts = {"NPT", "FMCT", "IAEA"};
        for (int u = 0; u < 2 + random.nextInt(8); u++) {
            String s = shorts[random.nextInt(shorts.length)];
            long seq = SurfaceForms.seq(u, 0);
            parts.add(FoundDefinitions.of(List.of(new FoundDefinitions.Pair(null, "条约" + s, null, s, seq)),
                    List.of(new FoundDefinitions.Variant("long " + s, s, seq, seq))));
        }
        FoundDefinitions all = sequential(parts, FoundDefinitions::merge);
        assertEquals(all, shuffledMerge(parts, FoundDefinitions::merge, random));
        for (FoundDefinitions.Variant v : all.variants().values()) {
            long first = Long.MAX_VALUE;
            long last = -1;
            for (FoundDefinitions p : parts) {
                FoundDefinitions.Variant w = p.variants().get(v.longForm() + "\t" + v.shortForm());
                if (w != null) {
                    first = Math.min(first, w.firstSeq());
                    last = Math.max(last, w.lastSeq());
                }
            }
            assertEquals(first, v.firstSeq());
            assertEquals(last, v.lastSeq());
        }
        List<FoundDefinitions.Pair> ordered = all.pairsInOrder();
        for (int i = 1; i < ordered.size(); i++) {
            assertEquals(true, ordered.get(i - 1).seq() < ordered.get(i).seq());
        }
    }

    @RepeatedTest(10)
    void smallestOrdinalsMergeInAnyOrder(Random random) {
        List<Smallest> parts = new ArrayList<>();
        List<Long> all = new ArrayList<>();
        for (int u = 0; u < 1 + random.nextInt(20); u++) {
            long o = random.nextInt(10_000);
            if (!all.contains(o)) {
                all.add(o);
                parts.add(Smallest.of(5, o));
            }
        }
        Collections.sort(all);
        long[] expected = all.subList(0, Math.min(5, all.size())).stream().mapToLong(Long::longValue).toArray();
        assertEquals(new Smallest(5, expected), shuffledMerge(parts, Smallest::merge, random));
    }

    @RepeatedTest(10)
    void linkCountsKeepTheFirstThreeDistinctReferences(Random random) {
        List<LinkCount> parts = new ArrayList<>();
        List<String> refsInOrder = new ArrayList<>();
        int units = 1 + random.nextInt(20);
        for (int u = 0; u < units; u++) {
            // Several sentences share a paragraph reference, as at sentence level.
            String ref = "D:" + (u / (1 + random.nextInt(3)));
            parts.add(new LinkCount(1, 1, random.nextInt(2), List.of(new LinkCount.Example(u, ref)), u));
            if (refsInOrder.size() < 3 && !refsInOrder.contains(ref)) {
                refsInOrder.add(ref);
            }
        }
        LinkCount all = shuffledMerge(parts, LinkCount::merge, random);
        assertEquals(units, all.both());
        assertEquals(0, all.context());
        assertEquals(refsInOrder, all.refs());
        assertEquals(sequential(parts, LinkCount::merge), all);
    }
}
