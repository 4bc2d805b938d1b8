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
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bitext.text.BadInputException;

/**
 * The beads format of Vecalign and Bertalign: one bead per line, {@code [0,1]:[2]} = source sentences 0 and
 * 1 with target sentence 2 (0-based), {@code []:[3]} for a target sentence on its own. This is how
 * {@code bitext align --presegmented} reports and how {@code bitext eval} reads gold and test alignments.
 */
public final class Beads {

    private static final Pattern LINE = Pattern.compile("\\s*\\[([0-9,\\s]*)\\]\\s*:\\s*\\[([0-9,\\s]*)\\]\\s*");

    private Beads() {
    }

    /**
     * One bead's sentence indices.
     *
     * @param src 0-based source sentence indices, increasing (empty for a 0-1 bead)
     * @param tgt 0-based target sentence indices, increasing (empty for a 1-0 bead)
     */
    public record Bead(List<Integer> src, List<Integer> tgt) {
        public Bead {
            src = List.copyOf(src);
            tgt = List.copyOf(tgt);
            check("src", src);
            check("tgt", tgt);
            if (src.isEmpty() && tgt.isEmpty()) {
                throw new IllegalArgumentException("A bead needs a sentence on at least one side");
            }
        }

        private static void check(String name, List<Integer> ix) {
            for (int i = 0; i < ix.size(); i++) {
                if (Objects.requireNonNull(ix.get(i), name) < 0 || (i > 0 && ix.get(i) <= ix.get(i - 1))) {
                    throw new IllegalArgumentException(name + " must be increasing indices >= 0, was " + ix);
                }
            }
        }

        /** The bead as a line of the format, without the line break: {@code [0,1]:[2]}. */
        public String format() {
            return src.toString().replace(" ", "") + ":" + tgt.toString().replace(" ", "");
        }
    }

    /** Writes one line per bead. */
    public static void write(List<Bead> beads, Writer out) throws IOException {
        for (Bead b : beads) {
            out.write(b.format());
            out.write('\n');
        }
    }

    /** Parses one line such as {@code [0,1]:[2]}; null when the line is not a bead. */
    public static Bead parse(String line) {
        Matcher m = LINE.matcher(line);
        if (!m.matches()) {
            return null;
        }
        try {
            return new Bead(indices(m.group(1)), indices(m.group(2)));
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
