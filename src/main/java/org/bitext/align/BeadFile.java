package org.bitext.align;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.bitext.format.Beads;

/**
 * The aligner's view of the beads format of Vecalign and Bertalign ({@code [0,1]:[2]}, one bead per line):
 * reading and writing are {@link Beads}'; this only converts to and from the aligner's {@link Bead}, which
 * also carries a confidence (1.0 for beads read from a file).
 */
public final class BeadFile {

    private BeadFile() {
    }

    /** Reads a beads file; a malformed line is reported with the file and line number. */
    public static List<Bead> read(Path file) throws IOException {
        return Beads.read(file).stream().map(b -> new Bead(b.src(), b.tgt(), 1.0)).toList();
    }

    /**
     * The beads, one per line, as {@link Beads.Bead#format} writes them ({@code [0,1]:[2]}), appended
     * directly: this is the whole output of a pre-segmented alignment (tens of thousands of lines).
     */
    public static String format(List<Bead> beads) {
        StringBuilder sb = new StringBuilder(beads.size() * 12);
        for (Bead b : beads) {
            indices(sb, b.src());
            sb.append(':');
            indices(sb, b.tgt());
            sb.append('\n');
        }
        return sb.toString();
    }

    private static void indices(StringBuilder sb, List<Integer> ix) {
        sb.append('[');
        for (int k = 0; k < ix.size(); k++) {
            if (k > 0) {
                sb.append(',');
            }
            sb.append(ix.get(k).intValue());
        }
        sb.append(']');
    }
}
