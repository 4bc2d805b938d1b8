package org.bitext.segment;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** The gold sentence alignment of CD/1937 (test resource), read per paragraph and language. */
final class GoldAlignment {

    static final Path CORPUS = Path.of("src/test/resources/corpus");

    /** One gold row: paragraph (0 = front matter), English sentence, its Chinese sentence numbers, texts. */
    record Row(int paragraph, int en, List<Integer> zh, String enText, String zhText) {
    }

    private final List<Row> rows;

    private GoldAlignment(List<Row> rows) {
        this.rows = rows;
    }

    static GoldAlignment load() {
        try {
            List<String> lines = Files.readAllLines(CORPUS.resolve("CD-1937.alignment.tsv"), StandardCharsets.UTF_8);
            List<Row> rows = new ArrayList<>();
            for (String line : lines.subList(1, lines.size())) {
                String[] f = line.split("\t", -1);
                List<Integer> zh = new ArrayList<>();
                for (String n : f[2].split(",")) {
                    zh.add(Integer.parseInt(n.trim()));
                }
                rows.add(new Row(Integer.parseInt(f[0]), Integer.parseInt(f[1]), zh, f[3], f[4]));
            }
            return new GoldAlignment(rows);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    List<Row> rows(int paragraph) {
        return rows.stream().filter(r -> r.paragraph() == paragraph).toList();
    }

    /** Paragraph number -> number of English sentences. */
    Map<Integer, Integer> englishCounts() {
        Map<Integer, Integer> m = new TreeMap<>();
        rows.stream().filter(r -> r.paragraph() > 0).forEach(r -> m.merge(r.paragraph(), 1, Integer::sum));
        return m;
    }

    /** Paragraph number -> number of Chinese sentences (the highest sentence number in the paragraph). */
    Map<Integer, Integer> chineseCounts() {
        Map<Integer, Integer> m = new TreeMap<>();
        rows.stream().filter(r -> r.paragraph() > 0)
                .forEach(r -> m.merge(r.paragraph(), r.zh().stream().mapToInt(Integer::intValue).max().orElse(0),
                        Math::max));
        return m;
    }

    String englishParagraph(int paragraph) {
        return String.join(" ", rows(paragraph).stream().map(Row::enText).toList());
    }

    String chineseParagraph(int paragraph) {
        return String.join("", rows(paragraph).stream().map(Row::zhText).toList());
    }
}
