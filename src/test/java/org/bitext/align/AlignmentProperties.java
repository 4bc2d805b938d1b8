package org.bitext.align;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

/** Invariants every alignment must keep, shared by the property and hostile-input tests. */
final class AlignmentProperties {

    private AlignmentProperties() {
    }

    /** Every sentence of both sides in exactly one bead, beads in order, confidences in range. */
    static void assertPartition(List<Bead> beads, int n, int m) {
        int i = 0;
        int j = 0;
        for (Bead b : beads) {
            for (int s : b.src()) {
                assertEquals(i++, s, "source sentence out of order or missing in " + b);
            }
            for (int t : b.tgt()) {
                assertEquals(j++, t, "target sentence out of order or missing in " + b);
            }
            assertTrue(b.confidence() >= 0 && b.confidence() <= 1, b.toString());
        }
        assertEquals(n, i, "source sentences covered");
        assertEquals(m, j, "target sentences covered");
    }
}
