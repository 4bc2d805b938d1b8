package org.bitext.lexicon;

import com.ibm.icu.text.Transliterator;
import com.ibm.icu.text.UnicodeSet;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.bitext.text.BadInputException;
import org.bitext.text.InputFiles;
import org.bitext.text.Scripts;
import org.bitext.text.TraditionalChinese;

/**
 * A translator's glossary ({@code --glossary}), the one parser of that file for the aligner and the terms
 * job: UTF-8 text, one {@code zh<TAB>en} pair per line; {@code #} comments, blank lines and a {@code zh<TAB>en}
 * header are skipped. A bad line (no tab, a third column, an empty side, no Chinese characters on the
 * Chinese side, no letters or digits on the English side) is a warning naming the line and is skipped, so the
 * translator still gets the good lines; a missing, undecodable or pair-less file is a
 * {@link BadInputException}.
 *
 * @param entries  the usable pairs, in file order
 * @param warnings one message per bad line ({@code FILE: line N: problem; line skipped})
 */
public record Glossary(List<Entry> entries, List<String> warnings) {

    /**
     * One glossary pair, both sides stripped.
     *
     * @param line 1-based line number in the file
     */
    public record Entry(String zh, String en, int line) {
        public Entry {
            if (zh == null || zh.isBlank() || en == null || en.isBlank()) {
                throw new IllegalArgumentException("glossary entry needs both sides, was '" + zh + "' / '" + en + "'");
            }
            if (line < 1) {
                throw new IllegalArgumentException("glossary line must be >= 1, was " + line);
            }
        }
    }

    public Glossary {
        entries = List.copyOf(entries);
        warnings = List.copyOf(warnings);
    }

    /** An empty glossary (no {@code --glossary} given). */
    public static Glossary none() {
        return new Glossary(List.of(), List.of());
    }

    /** Reads a glossary file; see the class comment for what is a warning and what is bad input. */
    public static Glossary read(Path tsv) {
        InputFiles.check(tsv, "glossary");
        List<String> lines;
        try (BufferedReader r = Files.newBufferedReader(tsv, StandardCharsets.UTF_8)) {
            lines = r.lines().toList();
        } catch (NoSuchFileException e) {
            throw new BadInputException(tsv, "glossary file not found");
        } catch (CharacterCodingException e) {
            throw new BadInputException(tsv, "glossary is not UTF-8 text");
        } catch (java.io.UncheckedIOException e) {
            if (e.getCause() instanceof CharacterCodingException) {
                throw new BadInputException(tsv, "glossary is not UTF-8 text");
            }
            throw new BadInputException(tsv, "cannot read glossary: " + e.getCause().getMessage());
        } catch (IOException e) {
            throw new BadInputException(tsv, "cannot read glossary: " + e.getMessage());
        }
        List<Entry> entries = new ArrayList<>();
        List<String> warnings = new ArrayList<>();
        int bad = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (i == 0 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
                line = line.substring(1);
            }
            int no = i + 1;
            String trimmed = line.strip();
            if ((trimmed.isEmpty() && line.indexOf('\t') < 0) || trimmed.startsWith("#")) {
                continue;
            }
            String[] cols = line.split("\t", -1);
            if (no == 1 && cols.length >= 2 && cols[0].strip().equalsIgnoreCase("zh")
                    && cols[1].strip().toLowerCase(Locale.ROOT).startsWith("en")) {
                continue;
            }
            String problem = null;
            String zh = cols.length >= 2 ? cols[0].strip() : "";
            String en = cols.length >= 2 ? cols[1].strip() : "";
            if (cols.length < 2) {
                problem = "expected zh<TAB>en, found no tab";
            } else if (cols.length > 2) {
                problem = "expected 2 columns zh<TAB>en, found " + cols.length;
            } else if (zh.isEmpty() || en.isEmpty()) {
                problem = "empty " + (zh.isEmpty() ? "Chinese" : "English") + " term";
            } else if (!Scripts.hasHan(zh)) {
                problem = Scripts.hasHan(en) ? "columns swapped? expected zh<TAB>en"
                        : "Chinese term has no Chinese characters: '" + zh + "'";
            } else if (EnglishWords.tokens(en).isEmpty()) {
                problem = "English term has no letters or digits: '" + en + "'";
            }
            if (problem != null) {
                bad++;
                warnings.add(tsv + ": line " + no + ": " + problem + "; line skipped");
                continue;
            }
            entries.add(new Entry(zh, en, no));
        }
        if (entries.isEmpty()) {
            throw new BadInputException(tsv, bad == 0 ? "glossary has no term pairs (expected zh<TAB>en lines)"
                    : "glossary has no usable term pair (" + bad + " bad lines; expected zh<TAB>en)");
        }
        return new Glossary(entries, warnings);
    }

    /**
     * The glossary as a lexicon layer: each Chinese term (and its Simplified form) to its English glosses.
     */
    Map<String, String> layer() {
        List<String> terms = new ArrayList<>(entries.size());
        List<String> translations = new ArrayList<>(entries.size());
        for (Entry e : entries) {
            terms.add(e.zh());
            translations.add(e.en());
        }
        // Traditional terms are also entered in Simplified, the script the aligner normalises Chinese text to.
        // Only that direction: building an ICU script transliterator costs 0.3-2.5 s and converting ~12 us
        // per character on a busy machine, and callers that look up raw Traditional text have CC-CEDICT's
        // Traditional headwords. One call for the whole glossary, through the one shared transliterator.
        List<String> simplified = terms.stream().noneMatch(Lexicon::hasTraditionalCharacters) ? terms
                : toSimplified(terms);
        Map<String, Set<String>> glosses = new HashMap<>();
        for (int i = 0; i < terms.size(); i++) {
            for (String key : new LinkedHashSet<>(List.of(terms.get(i), simplified.get(i)))) {
                glosses.computeIfAbsent(key, k -> new LinkedHashSet<>()).add(translations.get(i));
            }
        }
        Map<String, String> layer = new HashMap<>(glosses.size() * 2);
        for (Map.Entry<String, Set<String>> e : glosses.entrySet()) {
            layer.put(e.getKey(), Lexicon.encode(e.getValue()));
        }
        return layer;
    }

    /**
     * Converts the terms that contain a character the transform can change (its source set), all in one
     * transliteration; the others, usually most of a Simplified glossary, are returned as they are.
     */
    private static List<String> toSimplified(List<String> terms) {
        Transliterator t = TraditionalChinese.toSimplified();
        UnicodeSet changeable = t.getSourceSet();
        List<Integer> todo = new ArrayList<>();
        for (int i = 0; i < terms.size(); i++) {
            if (!changeable.containsNone(terms.get(i))) {
                todo.add(i);
            }
        }
        List<String> out = new ArrayList<>(terms);
        if (todo.isEmpty()) {
            return out;
        }
        StringBuilder joined = new StringBuilder();
        for (int i : todo) {
            joined.append(terms.get(i)).append('\n');
        }
        String[] converted = t.transliterate(joined.toString()).split("\n", -1);
        for (int k = 0; k < todo.size(); k++) {
            int i = todo.get(k);
            // If the transform ever touched the separators, fall back to one call per term.
            out.set(i, converted.length == todo.size() + 1 ? converted[k] : t.transliterate(terms.get(i)));
        }
        return out;
    }
}
