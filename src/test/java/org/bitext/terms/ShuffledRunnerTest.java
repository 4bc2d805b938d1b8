package org.bitext.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.bitext.Seeded;
import org.bitext.lexicon.Glossary;
import org.junit.jupiter.api.RepeatedTest;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * The driver is order-free: on the shipped corpus's pairs, a runner that maps the units in a random order
 * and partition and merges in a random order (as a cluster may) gives exactly the single-machine list.
 */
@ExtendWith(Seeded.class)
class ShuffledRunnerTest {

    private static List<String> lines(TermExtractor.Result r) {
        return r.terms().stream().map(t -> t.pair() + " | " + t.zhContext() + " | " + t.enContext()).toList();
    }

    @RepeatedTest(2)
    void anyMapAndMergeOrderGivesTheSameList(Random random, @TempDir Path tmp) {
        TermExtractor.Settings settings = new TermExtractor.Settings(2, 0.5, Glossary.none());
        TermExtractor.Result local;
        try (LocalRunner runner = new LocalRunner(GoldUnits.source(), 0.5,
                new LocalRunner.Budget(LocalRunner.Budget.DEFAULT_BYTES, tmp), m -> { })) {
            local = new TermExtractor(settings, m -> { }).extract(runner, GoldUnits.GOLD);
        }
        TermExtractor.Result shuffled;
        try (ShuffledRunner runner = new ShuffledRunner(GoldUnits.source(), 0.5, random)) {
            shuffled = new TermExtractor(settings, m -> { }).extract(runner, GoldUnits.GOLD);
        }
        assertTrue(local.terms().size() > 100);
        assertEquals(lines(local), lines(shuffled));
        assertEquals(local.unitsUsed(), shuffled.unitsUsed());
    }
}
