package org.bitext.terms;

import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.bitext.text.BadInputException;
import org.bitext.text.OutputFile;

/**
 * The term table that the terms job stores in the index folder ({@value #FILE_NAME}) and that search reads
 * to spot translations. Immutable; looked up by either side, case-insensitively for English.
 */
public final class TermTable {

    /** File name of the table inside the index folder. */
    public static final String FILE_NAME = "terms.tsv";
    private static final String HEADER = "zh\ten\tkind\tfrequency\tscore\tmethod\texamples\tconfidence";
    private static final String OLD_HEADER = "zh\ten\tkind\tfrequency\tscore\tmethod\texamples";

    private final List<TermPair> pairs;
    private final Map<String, List<TermPair>> byZh = new HashMap<>();
    private final Map<String, List<TermPair>> byEn = new HashMap<>();

    public TermTable(List<TermPair> pairs) {
        this.pairs = List.copyOf(pairs);
        for (TermPair p : this.pairs) {
            byZh.computeIfAbsent(p.zh(), k -> new ArrayList<>()).add(p);
            byEn.computeIfAbsent(p.en().toLowerCase(Locale.ROOT), k -> new ArrayList<>()).add(p);
        }
    }

    public List<TermPair> pairs() {
        return pairs;
    }

    /** Pairs whose Chinese side is exactly {@code zh}, strongest first as stored. */
    public List<TermPair> byZh(String zh) {
        return Collections.unmodifiableList(byZh.getOrDefault(zh, List.of()));
    }

    /** Pairs whose English side equals {@code en} ignoring case. */
    public List<TermPair> byEn(String en) {
        return Collections.unmodifiableList(byEn.getOrDefault(en.toLowerCase(Locale.ROOT), List.of()));
    }

    /** Reads the table from an index folder; empty when the terms job has not run there. */
    public static Optional<TermTable> readFrom(Path indexDir) {
        Path file = indexDir.resolve(FILE_NAME);
        if (!Files.isRegularFile(file)) {
            return Optional.empty();
        }
        List<TermPair> pairs = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            String line = r.readLine();
            if (OLD_HEADER.equals(line)) {
                throw new BadInputException(file, "term table of an older bitext: run bitext terms again");
            }
            if (!HEADER.equals(line)) {
                throw new BadInputException(file, "not a bitext term table (unexpected header)");
            }
            int lineNo = 1;
            while ((line = r.readLine()) != null) {
                lineNo++;
                if (line.isEmpty()) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length != 8) {
                    throw new BadInputException(file, "line " + lineNo + ": expected 8 columns, found " + f.length);
                }
                try {
                    List<String> examples = f[6].isEmpty() ? List.of() : Arrays.asList(f[6].split(" "));
                    pairs.add(new TermPair(f[0], f[1], TermPair.Kind.valueOf(f[2]), Integer.parseInt(f[3]),
                            Double.parseDouble(f[4]), f[5], examples, Double.parseDouble(f[7])));
                } catch (IllegalArgumentException e) {
                    throw new BadInputException(file, "line " + lineNo + ": " + e.getMessage());
                }
            }
        } catch (IOException e) {
            throw new BadInputException(file, "cannot read term table: " + e.getMessage(), e);
        }
        return Optional.of(new TermTable(pairs));
    }

    /**
     * Writes the table into an index folder completely or not at all ({@link OutputFile}: a temporary file
     * beside it, moved into place); a write error names the file.
     */
    public void writeTo(Path indexDir) throws IOException {
        Files.createDirectories(indexDir);
        OutputFile.writeText(indexDir.resolve(FILE_NAME), w -> {
            w.write(HEADER);
            w.write('\n');
            for (TermPair p : pairs) {
                w.write(clean(p.zh()) + '\t' + clean(p.en()) + '\t' + p.kind() + '\t' + p.frequency() + '\t'
                        + p.score() + '\t' + clean(p.method()) + '\t'
                        + String.join(" ", p.examples().stream().map(TermTable::clean).toList()) + '\t'
                        + p.confidence());
                w.write('\n');
            }
        });
    }

    private static String clean(String s) {
        return s.replace('\t', ' ').replace('\n', ' ').replace('\r', ' ');
    }
}
