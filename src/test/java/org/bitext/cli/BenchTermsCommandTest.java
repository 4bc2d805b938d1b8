package org.bitext.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** {@code bitext bench terms --units N}: the real job on a small generated corpus finds the planted terms. */
class BenchTermsCommandTest {

    private static final Pattern RECALL = Pattern.compile("recall +planted pairs in >= (\\d+) units: (\\d+)/(\\d+)");

    @Test
    void recoversMostPlantedTermsOnTwoThousandUnits() {
        CliRun run = CliRun.of("bench", "terms", "--units", "2000", "--seed", "4", "--show", "5");
        assertEquals(0, run.code(), run.err());
        assertTrue(run.out().contains("2,000 generated units (seed 4), 2,000 used"), run.out());
        Matcher m = RECALL.matcher(run.out());
        int bands = 0;
        while (m.find()) {
            int min = Integer.parseInt(m.group(1));
            int found = Integer.parseInt(m.group(2));
            int eligible = Integer.parseInt(m.group(3));
            if (min == 2) {
                assertTrue(eligible >= 100, "too few planted pairs to measure: " + run.out());
            } else if (eligible < 10) {
                continue;
            }
            bands++;
            // Planted pairs seen in at least min-freq units: most are listed with exactly both sides; the
            // frequent ones nearly all.
            double need = min >= 10 ? 0.95 : 0.85;
            assertTrue(found >= need * eligible, "recall " + found + "/" + eligible + " at >= " + min + "\n" + run.out());
        }
        assertTrue(bands >= 2, run.out());
        // Precision: the pairs whose Chinese is the generator's translation of their English, at the top of
        // the list and over all of it (the rest are wrong boundaries and chance pairs of frequent words).
        Matcher correct = Pattern.compile("correct +(\\d+) of the first (\\d+) pairs \\([\\d.]+\\), ([\\d,]+) of all"
                + " ([\\d,]+)").matcher(run.out());
        assertTrue(correct.find(), run.out());
        assertEquals(100, Integer.parseInt(correct.group(2)));
        assertTrue(Integer.parseInt(correct.group(1)) >= 90, run.out());
        double all = Double.parseDouble(correct.group(3).replace(",", ""))
                / Double.parseDouble(correct.group(4).replace(",", ""));
        assertTrue(all >= 0.7, run.out());
        Matcher heap = Pattern.compile("peak after GC ([\\d,]+) MB").matcher(run.out());
        assertTrue(heap.find(), run.out());
        assertTrue(Integer.parseInt(heap.group(1).replace(",", "")) > 0, run.out());
    }

    @Test
    void badUnitCountIsAOneLineError() {
        CliRun run = CliRun.of("bench", "terms", "--units", "0");
        assertEquals(2, run.code());
        assertTrue(run.err().contains("--units must be >= 1"), run.err());
        CliRun memory = CliRun.of("bench", "terms", "--units", "10", "--memory", "lots");
        assertEquals(2, memory.code());
        assertTrue(memory.err().contains("--memory must be a positive size"), memory.err());
    }
}
