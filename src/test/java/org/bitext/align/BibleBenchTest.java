package org.bitext.align;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.bitext.format.Beads;
import org.bitext.text.Language;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/**
 * Corpus-scale accuracy on the Bible sets of ../shared/bench/bible (skipped when absent; run with
 * {@code mvn -Pbench verify}). Prints strict/lax F1; asserts the partition and a floor well above the
 * length-only baseline. Speed is measured by {@code bitext bench align}, not here.
 */
@Tag("bench")
class BibleBenchTest {

    private static final Path BIBLE = Path.of("../shared/bench/bible");

    private static AlignmentEval.Scores run(String set) throws IOException {
        Path en = BIBLE.resolve(set + ".en");
        Assumptions.assumeTrue(Files.isRegularFile(en), "no Bible data in " + BIBLE);
        List<String> e = Presegmented.read(en);
        List<String> z = Presegmented.read(BIBLE.resolve(set + ".zh"));
        List<Bead> beads = new SentenceAligner(AlignSupport.dictionary()).align(e, z, Language.EN);
        AlignmentProperties.assertPartition(beads, e.size(), z.size());
        AlignmentEval.Scores s = new AlignmentEval().add(Beads.read(BIBLE.resolve("gold/" + set + ".align")),
                beads).scores();
        System.out.printf(java.util.Locale.ROOT, "Bible %s: strict P %.3f R %.3f F1 %.3f, lax F1 %.3f%n", set,
                s.strictPrecision(), s.strictRecall(), s.strictF1(), s.laxF1());
        return s;
    }

    @Test
    void bible001() throws IOException {
        AlignmentEval.Scores s = run("001");
        // the target (hunalign 0.895); measured 0.909, see src/site/markdown/align.md
        assertTrue(s.strictF1() >= 0.90, "strict F1 " + s.strictF1());
        assertTrue(s.laxF1() >= 0.99, "lax F1 " + s.laxF1());
    }

    @Test
    void bible006() throws IOException {
        AlignmentEval.Scores s = run("006");
        assertTrue(s.strictF1() >= 0.84, "strict F1 " + s.strictF1()); // measured 0.855
        assertTrue(s.laxF1() >= 0.98, "lax F1 " + s.laxF1());
    }
}
