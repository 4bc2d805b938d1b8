package org.bitext.terms;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bitext.Bitext;
import org.bitext.align.AlignedPair;
import org.bitext.align.Level;
import org.junit.jupiter.api.Test;

/**
 * The number of units association counts over is that of the level the job uses: sentence units when there
 * are any, even when the source holds more paragraph units (it took the larger of the two, which changed G²).
 */
class UnitsUsedTest {

    @Test
    void theCountIsThatOfTheLevelUsed() {
        List<AlignedPair> units = new ArrayList<>();
        for (int i = 1; i <= 3; i++) {
            units.add(new AlignedPair("d", Level.SENTENCE, String.valueOf(i), 1,
                    "The Preparatory Committee met in Vienna.", "筹备委员会在维也纳举行会议。", 1.0));
        }
        for (int i = 1; i <= 10; i++) {
            units.add(new AlignedPair("d", Level.PARAGRAPH, String.valueOf(i), 1,
                    "The Preparatory Committee met in Vienna.", "筹备委员会在维也纳举行会议。", 1.0));
        }
        TermsReport report = Bitext.extractTerms(new TermsOptions(Path.of("corpus"), null, null, 2, 0, null, 0.5),
                units::forEach, m -> { });
        assertEquals(13, report.unitsSeen());
        assertEquals(3, report.unitsUsed());
    }
}
