package org.bitext.format;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bitext.align.Bead;
import org.bitext.text.BadInputException;

/**
 * The beads format of Vecalign and Bertalign, the one writer and reader of the notation in bitext: one bead
 * per line, {@code [0,1]:[2]} = source sentences 0 and 1 with target sentence 2 (0-based), {@code []:[3]}
 * for a target sentence on its own. This is how {@code bitext align --presegmented} reports and how
 * {@code bitext eval} reads gold and test alignments. Beads read from a file have confidence 1.0 (the
 * notation carries none).
 */
public final class Beads {

    private static final Pattern LINE = Pattern.compile("\\s*\\[([0-9,\\s]*)\\]\\s*:\\s*\\[([0-9,\\s]*)\\]\\s*");

    private Beads() {
    }

    /** One bead as a line of the format, without the line break: {@code [0,1]:[2]}. */
    public static String line(Bead b) {
        StringBuilder sb = new StringBuilder(12);
        append(sb, b);
        return sb.toString();
    }

    /**
     * The beads, one per line, appended directly to one buffer: this is the whole output of a pre-segmented
     * alignment (tens of thousands of lines).
     */
    public static String format(List<Bead> beads) {
        StringBuilder sb = new StringBuilder(beads.size() * 12);
        for (Bead b : beads) {
            append(sb, b);
            sb.append('\n');
        }
        return sb.toString();
    }

    /** Writes one line per bead. */
    public static void write(List<Bead> beads, Writer out) throws IOException {
        out.write(format(beads));
    }

    private static void append(StringBuilder sb, Bead b) {
        indices(sb, b.src());
        sb.append(':');
        indices(sb, b.tgt());
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

    /**
     * Parses one line such as {@code [0,1]:[2]}; null when the line is not a bead (indices not consecutive,
     * both sides empty, or not the notation at all).
     */
    public static Bead parse(String line) {
        Matcher m = LINE.matcher(line);
        if (!m.matches()) {
            return null;
        }
        try {
            return new Bead(indices(m.group(1)), indices(m.group(2)), 1.0);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    private static List<Integer> indices(String list) {
        List<Integer> out = new ArrayList<>();
        for (String s : list.split(",")) {
            if (!s.isBlank()) {
                out.add(Integer.parseInt(s.strip()));
            }
        }
        return out;
    }

    /**
     * Reads a beads file (blank lines skipped).
     *
     * @throws BadInputException naming the file and the first bad line
     */
    public static List<Bead> read(Path file) {
        List<Bead> beads = new ArrayList<>();
        org.bitext.text.InputFiles.check(file, "beads");
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int no = 0;
            for (String line; (line = r.readLine()) != null; ) {
                no++;
                if (line.isBlank()) {
                    continue;
                }
                Bead b = parse(line);
                if (b == null) {
                    throw new BadInputException(file, "line " + no + ": not a bead like [0,1]:[2]: '"
                            + (line.length() > 60 ? line.substring(0, 60) + "…" : line) + "'");
                }
                beads.add(b);
            }
        } catch (NoSuchFileException e) {
            throw new BadInputException(file, "file not found");
        } catch (CharacterCodingException e) {
            throw new BadInputException(file, "not UTF-8 text");
        } catch (IOException e) {
            throw new BadInputException(file, "cannot read: " + e.getMessage());
        }
        return beads;
    }
}
