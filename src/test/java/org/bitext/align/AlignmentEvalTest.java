package org.bitext.align;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The Sennrich &amp; Volk metric on hand-checked cases. */
class AlignmentEvalTest {

    private static Bead b(List<Integer> s, List<Integer> t) {
        return new Bead(s, t, 1.0);
    }

    @Test
    void strictAndLaxCountsAndOneSidedBeadsIgnored() {
        List<Bead> gold = List.of(b(List.of(0), List.of(0)), b(List.of(1), List.of(1, 2)), b(List.of(2), List.of()),
                b(List.of(3), List.of(3)));
        // 0-0 exact; 1-1 overlaps gold 1:[1,2] (lax only); 1-0 bead ignored; [3]:[2,3] overlaps [3]:[3] (lax)
        List<Bead> test = List.of(b(List.of(0), List.of(0)), b(List.of(1), List.of(1)), b(List.of(), List.of(2)),
                b(List.of(2), List.of()), b(List.of(3), List.of(3)));
        AlignmentEval.Scores s = new AlignmentEval().add(gold, test).scores();
        assertEquals(2.0 / 3, s.strictPrecision(), 1e-9);
        assertEquals(2.0 / 3, s.strictRecall(), 1e-9);
        assertEquals(1.0, s.laxPrecision(), 1e-9);
        assertEquals(1.0, s.laxRecall(), 1e-9);
        assertEquals(3, s.goldBeads());
    }

    @Test
    void pooledOverPairs() {
        AlignmentEval e = new AlignmentEval();
        e.add(List.of(b(List.of(0), List.of(0))), List.of(b(List.of(0), List.of(0))));
        e.add(List.of(b(List.of(0), List.of(0)), b(List.of(1), List.of(1))), List.of(b(List.of(0, 1), List.of(0, 1))));
        AlignmentEval.Scores s = e.scores();
        assertEquals(0.5, s.strictPrecision(), 1e-9);
        assertEquals(1.0 / 3, s.strictRecall(), 1e-9);
        assertEquals(1.0, s.laxPrecision(), 1e-9);
    }
}
