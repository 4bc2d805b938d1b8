package org.bitext.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.bitext.align.AlignedPair;
import org.bitext.lexicon.Glossary;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The single-machine runner on the shipped corpus (CD/1937's real sentence pairs): a budget so small that
 * candidate stats and pair counts spill in many runs gives the same term list as counting in memory, the
 * spill folder is gone afterwards (also after an error), stale folders of dead processes are removed.
 */
class LocalRunnerTest {

    private static final TermExtractor.Settings SETTINGS = new TermExtractor.Settings(2, 0.5, Glossary.none());

    private static TermExtractor.Result run(UnitSource source, long budget, Path workDir, List<String> progress) {
        try (LocalRunner runner = new LocalRunner(source, 0.5, new LocalRunner.Budget(budget, workDir),
                progress::add)) {
            return new TermExtractor(SETTINGS, progress::add).extract(runner, GoldUnits.GOLD);
        }
    }

    private static List<String> lines(TermExtractor.Result r) {
        return r.terms().stream().map(t -> t.pair() + " | " + t.zhContext() + " | " + t.enContext()).toList();
    }

    private static List<Path> spillFolders(Path workDir) throws IOException {
        try (Stream<Path> s = Files.list(workDir)) {
            return s.filter(p -> p.getFileName().toString().startsWith(SpillFolder.PREFIX)).toList();
        }
    }

    @Test
    void aTinyBudgetSpillsEverythingAndGivesTheSameList(@TempDir Path tmp) throws IOException {
        List<String> inMemory = new ArrayList<>();
        TermExtractor.Result expected = run(GoldUnits.source(), LocalRunner.Budget.DEFAULT_BYTES, tmp, inMemory);
        assertTrue(inMemory.stream().noneMatch(l -> l.contains("spilled")), inMemory.toString());
        List<String> spilled = new ArrayList<>();
        TermExtractor.Result actual = run(GoldUnits.source(), 1 << 20, tmp, spilled);
        for (String what : List.of("Chinese candidate counts spilled", "English candidate counts spilled",
                "pair counts spilled")) {
            assertTrue(spilled.stream().filter(l -> l.contains(what)).count() >= 2, what + " in " + spilled);
        }
        assertTrue(expected.terms().size() > 100, "pairs: " + expected.terms().size());
        assertEquals(lines(expected), lines(actual));
        assertEquals(expected.warnings(), actual.warnings());
        assertEquals(List.of(), spillFolders(tmp));
    }

    @Test
    void aVocabularyOverTheBudgetRaisesTheThresholdWithAWarning(@TempDir Path tmp) {
        TermExtractor.Result r = run(GoldUnits.source(), 100 << 10, tmp, new ArrayList<>());
        assertTrue(r.warnings().stream().anyMatch(w -> w.contains("do not fit the memory budget")
                && w.contains("at least 2 units")), r.warnings().toString());
        assertFalse(r.terms().isEmpty());
    }

    @Test
    void theSpillFolderIsRemovedWhenAPassFails(@TempDir Path tmp) {
        List<AlignedPair> pairs = GoldUnits.read(GoldUnits.GOLD);
        int[] passes = new int[1];
        UnitSource failing = consumer -> {
            passes[0]++;
            for (int i = 0; i < pairs.size(); i++) {
                if (passes[0] == 2 && i == pairs.size() / 2) {
                    throw new IllegalStateException("disk gone");
                }
                consumer.accept(pairs.get(i));
            }
        };
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> run(failing, 1 << 20, tmp, new ArrayList<>()));
        assertEquals("disk gone", e.getMessage());
        assertEquals(2, passes[0]);
        assertTrue(tmp.toFile().list().length == 0, "left: " + List.of(tmp.toFile().list()));
    }

    @Test
    void aSourceThatChangesBetweenPassesIsAnError(@TempDir Path tmp) {
        List<AlignedPair> pairs = GoldUnits.read(GoldUnits.GOLD);
        int[] passes = new int[1];
        UnitSource shrinking = consumer -> {
            passes[0]++;
            pairs.subList(0, passes[0] > 2 ? pairs.size() - 1 : pairs.size()).forEach(consumer);
        };
        IllegalStateException e = assertThrows(IllegalStateException.class,
                () -> run(shrinking, LocalRunner.Budget.DEFAULT_BYTES, tmp, new ArrayList<>()));
        assertTrue(e.getMessage().contains("same units every time"), e.getMessage());
    }

    @Test
    void budgetsParseAndAreValidated() {
        assertEquals(2L << 30, LocalRunner.Budget.parse("2g"));
        assertEquals(512L << 20, LocalRunner.Budget.parse("512M"));
        assertEquals(300L << 10, LocalRunner.Budget.parse("300k"));
        assertEquals(1_000_000L, LocalRunner.Budget.parse("1000000"));
        assertThrows(IllegalArgumentException.class, () -> LocalRunner.Budget.parse("two gigs"));
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> new LocalRunner.Budget(1000, null));
        assertTrue(e.getMessage().contains("1000"), e.getMessage());
        Consumer<String> none = m -> { };
        try (LocalRunner r = new LocalRunner(c -> { }, 0.5, new LocalRunner.Budget(Long.MAX_VALUE / 2, null), none)) {
            assertTrue(r.budget() <= Runtime.getRuntime().maxMemory());
        }
    }
}
