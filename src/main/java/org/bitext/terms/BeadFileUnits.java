package org.bitext.terms;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.function.Consumer;
import org.bitext.align.AlignedPair;
import org.bitext.align.Level;
import org.bitext.text.BadInputException;

/**
 * Aligned units from sentence-per-line files and a bead file ({@code [0]:[0]}, {@code [1,2]:[1,2,3]}, 0-based
 * line numbers, English list first), the format of the Bible benchmark's gold alignment. One unit per bead.
 */
public final class BeadFileUnits implements UnitSource {

    private final Path en;
    private final Path zh;
    private final Path beads;

    public BeadFileUnits(Path en, Path zh, Path beads) {
        this.en = en;
        this.zh = zh;
        this.beads = beads;
    }

    @Override
    public void forEachUnit(Consumer<AlignedPair> consumer) {
        List<String> enLines = lines(en);
        List<String> zhLines = lines(zh);
        List<String> beadLines = lines(beads);
        String document = en.getFileName().toString().replaceFirst("\\.[^.]*$", "");
        int n = 0;
        for (String line : beadLines) {
            n++;
            if (line.isBlank()) {
                continue;
            }
            String[] sides = line.split(":", -1);
            if (sides.length != 2) {
                throw new BadInputException(beads, "line " + n + ": expected '[..]:[..]', found '" + line + "'");
            }
            String e = join(enLines, sides[0], n);
            String z = join(zhLines, sides[1], n);
            consumer.accept(new AlignedPair(document, Level.SENTENCE, Integer.toString(n), 1, e, z, 1.0));
        }
    }

    private String join(List<String> lines, String list, int lineNo) {
        String inner = list.strip();
        if (!inner.startsWith("[") || !inner.endsWith("]")) {
            throw new BadInputException(beads, "line " + lineNo + ": expected a bracketed list, found '" + list + "'");
        }
        inner = inner.substring(1, inner.length() - 1).strip();
        if (inner.isEmpty()) {
            return "";
        }
        StringBuilder sb = new StringBuilder();
        for (String s : inner.split(",")) {
            int i;
            try {
                i = Integer.parseInt(s.strip());
            } catch (NumberFormatException ex) {
                throw new BadInputException(beads, "line " + lineNo + ": not a line number: '" + s.strip() + "'");
            }
            if (i < 0 || i >= lines.size()) {
                throw new BadInputException(beads, "line " + lineNo + ": line " + i + " out of range");
            }
            if (!sb.isEmpty()) {
                sb.append(' ');
            }
            sb.append(lines.get(i));
        }
        return sb.toString();
    }

    private static List<String> lines(Path file) {
        try {
            return Files.readAllLines(file, StandardCharsets.UTF_8);
        } catch (IOException ex) {
            throw new BadInputException(file, "cannot read: " + ex.getMessage(), ex);
        }
    }
}
