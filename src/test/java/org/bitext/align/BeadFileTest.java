package org.bitext.align;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.bitext.format.Beads;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The aligner's beads file: the lines {@link Beads} writes, read back to the same beads. */
class BeadFileTest {

    @TempDir
    Path dir;

    @Test
    void formatWritesWhatTheBeadsFormatWritesAndReadsBack() throws IOException {
        List<Bead> beads = List.of(new Bead(List.of(0), List.of(0), 0.9), new Bead(List.of(1, 2), List.of(1), 0.5),
                new Bead(List.of(), List.of(2), 0.1), new Bead(List.of(3), List.of(), 0.2),
                new Bead(List.of(4), List.of(3, 4, 5), 1.0), new Bead(List.of(1000, 1001), List.of(12345, 12346), 1));
        List<Beads.Bead> plain = new ArrayList<>();
        for (Bead b : beads) {
            plain.add(new Beads.Bead(b.src(), b.tgt()));
        }
        StringWriter expected = new StringWriter();
        Beads.write(plain, expected);
        String text = BeadFile.format(beads);
        assertEquals(expected.toString(), text);
        assertEquals("[0]:[0]\n[1,2]:[1]\n[]:[2]\n[3]:[]\n[4]:[3,4,5]\n[1000,1001]:[12345,12346]\n", text);
        Path file = dir.resolve("test.align");
        Files.writeString(file, text, StandardCharsets.UTF_8);
        List<Bead> back = BeadFile.read(file);
        assertEquals(beads.size(), back.size());
        for (int k = 0; k < beads.size(); k++) {
            assertEquals(beads.get(k).src(), back.get(k).src());
            assertEquals(beads.get(k).tgt(), back.get(k).tgt());
        }
    }
}
