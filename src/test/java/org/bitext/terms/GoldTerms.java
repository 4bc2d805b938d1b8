package org.bitext.terms;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The hand-made CD/1937 term list ({@code src/test/resources/terms-gold/cd1937-terms.tsv}, see the README
 * beside it) and the precision and recall of an extracted list against it. A pair matches an entry when its
 * Chinese is one of the entry's Chinese forms and its English one of its English forms, English compared
 * without case, hyphens or a plural s.
 */
final class GoldTerms {

    static final Path FILE = Path.of("src/test/resources/terms-gold/cd1937-terms.tsv");

    record Entry(Set<String> zh, Set<String> en, String kind) {
        boolean matches(String zhTerm, String enTerm) {
            return zh.contains(zhTerm) && en.contains(normalize(enTerm));
        }
    }

    private final List<Entry> entries = new ArrayList<>();

    GoldTerms() {
        try {
            for (String line : Files.readAllLines(FILE, StandardCharsets.UTF_8)) {
                if (line.isBlank() || line.startsWith("#")) {
                    continue;
                }
                String[] f = line.split("\t");
                if (f.length != 3) {
                    throw new IllegalStateException(FILE + ": bad line " + line);
                }
                entries.add(new Entry(split(f[0], s -> s), split(f[1], GoldTerms::normalize), f[2]));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Set<String> split(String cell, java.util.function.UnaryOperator<String> f) {
        return Arrays.stream(cell.split(" \\| ")).map(String::strip).map(f).collect(Collectors.toSet());
    }

    /** Lower case, hyphens as spaces, and each word without a final plural s. */
    static String normalize(String en) {
        return Arrays.stream(en.toLowerCase(Locale.ROOT).replace('-', ' ').split("\\s+"))
                .map(w -> w.endsWith("ies") ? w.substring(0, w.length() - 3) + "y"
                        : w.length() > 3 && w.endsWith("s") && !w.endsWith("ss") ? w.substring(0, w.length() - 1) : w)
                .collect(Collectors.joining(" "));
    }

    int size() {
        return entries.size();
    }

    boolean contains(TermPair p) {
        return entries.stream().anyMatch(e -> e.matches(p.zh(), p.en()));
    }

    /** Share of the first {@code n} pairs that are in the list. */
    double precisionAt(List<TermPair> pairs, int n) {
        List<TermPair> top = pairs.subList(0, Math.min(n, pairs.size()));
        return (double) top.stream().filter(this::contains).count() / n;
    }

    /** Share of the list's entries that some pair matches. */
    double recall(List<TermPair> pairs) {
        return (double) entries.stream()
                .filter(e -> pairs.stream().anyMatch(p -> e.matches(p.zh(), p.en()))).count() / entries.size();
    }

    List<Entry> missed(List<TermPair> pairs) {
        return entries.stream().filter(e -> pairs.stream().noneMatch(p -> e.matches(p.zh(), p.en()))).toList();
    }
}
