package org.bitext.align;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bitext.text.BadInputException;

/**
 * The beads format of Vecalign and Bertalign: one bead per line, {@code [0,1]:[2]}, 0-based sentence
 * indices of the source and the target file. Used for gold standards and for comparing aligners.
 */
public final class BeadFile {

    private static final Pattern LINE = Pattern.compile("\\s*\\[([0-9,\\s]*)\\]\\s*:\\s*\\[([0-9,\\s]*)\\]\\s*");

    private BeadFile() {
    }

    /** Reads a beads file; a malformed line is reported with the file and line number. */
    public static List<Bead> read(Path file) throws IOException {
        List<Bead> out = new ArrayList<>();
        int lineNo = 0;
        for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
            lineNo++;
            if (line.isBlank()) {
                continue;
            }
            Matcher m = LINE.matcher(line);
            if (!m.matches()) {
                throw new BadInputException(file, "line " + lineNo + ": not a bead like [0,1]:[2]: " + line.strip());
            }
            List<Integer> src = ints(m.group(1));
            List<Integer> tgt = ints(m.group(2));
            if (src.isEmpty() && tgt.isEmpty()) {
                continue;
            }
            try {
                out.add(new Bead(src, tgt, 1.0));
            } catch (IllegalArgumentException e) {
                throw new BadInputException(file, "line " + lineNo + ": " + e.getMessage());
            }
        }
        return out;
    }

    private static List<Integer> ints(String s) {
        List<Integer> out = new ArrayList<>();
        for (String p : s.split(",")) {
            if (!p.isBlank()) {
                out.add(Integer.parseInt(p.strip()));
            }
        }
        return out;
    }

    /** The beads, one per line. */
    public static String format(List<Bead> beads) {
        StringBuilder sb = new StringBuilder(beads.size() * 12);
        for (Bead b : beads) {
            sb.append(b.toBeadString()).append('\n');
        }
        return sb.toString();
    }
}
