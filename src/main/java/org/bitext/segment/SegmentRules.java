package org.bitext.segment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.bitext.text.DataFiles;

/**
 * The segmenter's per-language data (abbreviations, compound prefixes, line patterns), read lazily from
 * resource files under {@code org/bitext/segment/}; a missing file or a missing pattern fails loudly.
 */
final class SegmentRules {

    private static final String BASE = "/org/bitext/segment/";

    /** Loaded on first use (holder idiom): unmodifiable and shared by all threads. */
    private static final class Holder {
        static final SegmentRules INSTANCE = new SegmentRules();
    }

    final Set<String> abbreviations;
    private final Map<String, Pattern> patterns;
    /** Structural labels ({@code structure.txt}), matched at line starts. */
    private final Map<String, List<Pattern>> structure;
    /** Openers of preambular paragraphs per language code ("en", "zh"). */
    final Map<String, List<String>> preambleOpeners;

    private SegmentRules() {
        abbreviations = Set.copyOf(lines("abbreviations.en.txt"));
        patterns = compile("patterns.txt");
        Map<String, List<Pattern>> labels = new LinkedHashMap<>();
        for (String line : lines("structure.txt")) {
            int tab = line.indexOf('\t');
            if (tab <= 0) {
                throw new IllegalStateException(BASE + "structure.txt: expected NAME<TAB>regex, got '" + line + "'");
            }
            // Kept apart, not joined: each alternative names its value group "v".
            labels.computeIfAbsent(line.substring(0, tab), k -> new ArrayList<>())
                    .add(Pattern.compile(line.substring(tab + 1)));
        }
        structure = Map.copyOf(labels);
        preambleOpeners = Map.of("en", byLengthDescending(lines("preamble-openers.en.txt")),
                "zh", byLengthDescending(lines("preamble-openers.zh.txt")));
    }

    private static List<String> byLengthDescending(List<String> words) {
        return words.stream().distinct().sorted((a, b) -> Integer.compare(b.length(), a.length())).toList();
    }

    /** NAME<TAB>regex lines; several lines with one name are alternatives of one pattern. */
    private static Map<String, Pattern> compile(String file) {
        Map<String, List<String>> alternatives = new LinkedHashMap<>();
        for (String line : lines(file)) {
            int tab = line.indexOf('\t');
            if (tab <= 0) {
                throw new IllegalStateException(BASE + file + ": expected NAME<TAB>regex, got '" + line + "'");
            }
            alternatives.computeIfAbsent(line.substring(0, tab), k -> new ArrayList<>())
                    .add("(?:" + line.substring(tab + 1) + ")");
        }
        Map<String, Pattern> compiled = new LinkedHashMap<>();
        alternatives.forEach((name, alts) -> compiled.put(name, Pattern.compile(String.join("|", alts))));
        return Map.copyOf(compiled);
    }

    /** The structure patterns {@code name} ({@code structure.txt}); fails loudly when the file lacks it. */
    List<Pattern> structure(String name) {
        List<Pattern> p = structure.get(name);
        if (p == null) {
            throw new IllegalStateException("No pattern '" + name + "' in " + BASE + "structure.txt");
        }
        return p;
    }

    static SegmentRules get() {
        return Holder.INSTANCE;
    }

    /** The compiled pattern {@code name} of {@code patterns.txt}. */
    Pattern pattern(String name) {
        Pattern p = patterns.get(name);
        if (p == null) {
            throw new IllegalStateException("No pattern '" + name + "' in " + BASE + "patterns.txt");
        }
        return p;
    }

    /** True when the pattern {@code name} matches the whole of {@code line}. */
    boolean matches(String name, CharSequence line) {
        Pattern p = patterns.get(name);
        if (p == null) {
            throw new IllegalStateException("No pattern '" + name + "' in " + BASE + "patterns.txt");
        }
        return p.matcher(line).matches();
    }

    private static List<String> lines(String name) {
        return DataFiles.lines(SegmentRules.class, name);
    }
}
