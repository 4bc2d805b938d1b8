package org.bitext.terms;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.bitext.lexicon.Glossary;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

/** Corpus-scale check on the Bible gold beads (../shared, when present): the top pairs are real. */
@Tag("bench")
class BibleTermsBenchTest {

    @Test
    void topPairsOfTheBibleAreReal() {
        Path dir = Path.of("../shared/bench/bible");
        Assumptions.assumeTrue(Files.isRegularFile(dir.resolve("gold/006.align")), "Bible benchmark data absent");
        TermExtractor.Result r = new TermExtractor(new TermExtractor.Settings(2, 0.5, Glossary.none()), m -> { })
                .extract(new BeadFileUnits(dir.resolve("006.en"), dir.resolve("006.zh"), dir.resolve("gold/006.align")),
                        dir);
        List<String> top = r.terms().subList(0, 30).stream().map(t -> t.pair().zh() + "=" + t.pair().en()).toList();
        assertTrue(top.contains("耶和华=LORD"), top.toString());
        assertTrue(top.contains("以色列=Israel"), top.toString());
        assertTrue(top.contains("摩西=Moses"), top.toString());
    }
}
