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

    private SegmentRules() {
        abbreviations = Set.copyOf(lines("abbreviations.en.txt"));
        Map<String, List<String>> alternatives = new LinkedHashMap<>();
        for (String line : lines("patterns.txt")) {
            int tab = line.indexOf('\t');
            if (tab <= 0) {
                throw new IllegalStateException(BASE + "patterns.txt: expected NAME<TAB>regex, got '" + line + "'");
            }
            alternatives.computeIfAbsent(line.substring(0, tab), k -> new ArrayList<>())
                    .add("(?:" + line.substring(tab + 1) + ")");
        }
        Map<String, Pattern> compiled = new LinkedHashMap<>();
        alternatives.forEach((name, alts) -> compiled.put(name, Pattern.compile(String.join("|", alts))));
        patterns = Map.copyOf(compiled);
    }

    static SegmentRules get() {
        return Holder.INSTANCE;
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
