package org.bitext.lexicon;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.bitext.text.Span;
import org.bitext.text.WordList;
import org.bitext.text.DataFiles;

/**
 * A Chinese → English word lexicon used as lexical evidence by the aligner: the bundled CC-CEDICT (both
 * Simplified and Traditional headwords), a user's glossary, a lexicon learned from the text, or a union of
 * these. Immutable and thread-safe; lookups are exact-match hash lookups and cost no more than a few
 * allocations, so they can sit in the aligner's inner loop.
 *
 * <p>{@link #english} gives the content words of an entry's glosses as {@link EnglishWords#contentWords}
 * tokenizes them (lower case, function words dropped); {@link #stems} gives their Snowball stems, to compare
 * with {@code EnglishWords.stem} of the English text's tokens so that "weapons" matches the gloss "weapon".
 */
public final class Lexicon {

    /** Bundled resource produced by {@code scripts/build-cedict.sh}; see the README beside it. */
    static final String CEDICT_RESOURCE = "cedict.tsv.gz";

    private static final Object CEDICT_LOCK = new Object();
    /** CC-CEDICT once loaded (lazily, on the first {@link #cedict()} or {@link #preload()}). */
    private static volatile Lexicon cedict;

    private final List<Layer> layers;
    private final Map<String, Set<String>> englishCache = new ConcurrentHashMap<>();
    private final Map<String, Set<String>> stemCache = new ConcurrentHashMap<>();

    /** The same layers as an array: the look-ups of every character of a text should not allocate an iterator. */
    private final Layer[] layerArray;

    private Lexicon(List<Layer> layers) {
        this.layers = List.copyOf(layers);
        this.layerArray = this.layers.toArray(new Layer[0]);
    }

    static Lexicon ofLayers(List<Layer> layers) {
        return new Lexicon(layers);
    }

    private static Lexicon ofLayer(Map<String, String> layer) {
        return new Lexicon(List.of(new MapLayer(layer)));
    }

    /**
     * The bundled CC-CEDICT lexicon (CC BY-SA 4.0, see {@code NOTICE}), loaded once on first use.
     *
     * @throws IllegalStateException when the resource is missing from the build (run scripts/build-cedict.sh)
     */
    public static Lexicon cedict() {
        Lexicon l = cedict;
        if (l != null) {
            return l;
        }
        // Not a lazy-holder class: a failure in a class initializer would surface as NoClassDefFoundError
        // on later calls and hide the message; here every call fails with the real reason.
        synchronized (CEDICT_LOCK) {
            if (cedict == null) {
                cedict = new Lexicon(List.of(loadCedict()));
            }
            return cedict;
        }
    }

    /**
     * Starts loading {@link #cedict()} in a background thread and returns at once, so that the load overlaps
     * with reading and segmenting the input; a later {@code cedict()} waits for it to finish.
     */
    public static void preload() {
        if (cedict == null) {
            // new Thread rather than Thread.ofPlatform(): the build's API checker runs on JDK 17.
            Thread t = new Thread(() -> {
                try {
                    cedict();
                } catch (RuntimeException e) {
                    // The caller's own cedict() call fails again with the same message; nothing is lost.
                }
            }, "bitext-cedict-preload");
            t.setDaemon(true);
            t.start();
        }
    }

    /**
     * A user's glossary: UTF-8 text, one {@code zh<TAB>en} pair per line ('#' comments, blank lines and a
     * {@code zh<TAB>en} header are skipped). Bad lines are reported in {@code warningsOut} by line number and
     * skipped; the rest is used. Traditional terms are also entered in Simplified (ICU4J), so a Traditional
     * glossary serves Simplified (or Simplified-normalised) text.
     *
     * @throws org.bitext.text.BadInputException when the file cannot be read, is not UTF-8 or has no usable
     *                                           pair
     */
    public static Lexicon fromGlossary(Path tsv, List<String> warningsOut) {
        Glossary glossary = Glossary.read(tsv);
        warningsOut.addAll(glossary.warnings());
        return fromGlossary(glossary);
    }

    /** A glossary already read (see {@link Glossary}) as a lexicon. */
    public static Lexicon fromGlossary(Glossary glossary) {
        return ofLayer(glossary.layer());
    }

    /**
     * A lexicon from a map of Chinese headword → English words or phrases (e.g. learned from the text being
     * aligned). The English values are glosses: words or phrases, reduced to content words like any other.
     */
    public static Lexicon of(Map<String, ? extends Set<String>> entries) {
        Map<String, String> layer = new HashMap<>(Math.max(16, entries.size() * 2));
        for (Map.Entry<String, ? extends Set<String>> e : entries.entrySet()) {
            String key = checkKey(e.getKey());
            Set<String> glosses = Objects.requireNonNull(e.getValue(), () -> "English of '" + key + "'");
            if (glosses.stream().anyMatch(g -> EnglishWords.tokens(g).isEmpty())) {
                throw new IllegalArgumentException("English of '" + key + "' has a value without letters or digits: "
                        + glosses);
            }
            layer.merge(key, encode(glosses), Lexicon::mergeEncoded);
        }
        return ofLayer(layer);
    }

    /** A lexicon with the entries of both; a headword in both gets the words of both. */
    public Lexicon union(Lexicon other) {
        List<Layer> all = new ArrayList<>(layers);
        all.addAll(other.layers);
        return new Lexicon(all);
    }

    /** True when {@code zhWord} is a headword (Simplified or, for CC-CEDICT and glossaries, Traditional). */
    public boolean has(String zhWord) {
        for (Layer layer : layerArray) {
            if (layer.has(zhWord)) {
                return true;
            }
        }
        return false;
    }

    /**
     * True for a Chinese function word (的, 了, 和, 在, 我们 …, listed in {@link WordList#ZH_DICTIONARY_FUNCTION_WORDS}):
     * its dictionary glosses are English function words or rare readings (的 "taxi"), so a match is no
     * evidence of translation and the aligner should skip it.
     */
    public static boolean isFunctionWord(String zhWord) {
        return FunctionWords.SET.contains(zhWord);
    }

    /**
     * True when {@code zh} contains a character used only in Traditional spellings (條, 國, 會 …; from
     * CC-CEDICT, {@code zh-traditional-chars.txt}): a cheap test of whether a Traditional→Simplified
     * conversion (ICU4J, which takes a second or more to set up) is worth running. A few rare characters
     * without a Simplified form (繸, 讟) also count, so use a threshold on long texts.
     */
    public static boolean hasTraditionalCharacters(CharSequence zh) {
        Set<Integer> traditional = TraditionalChars.SET;
        for (int i = 0; i < zh.length(); ) {
            int cp = Character.codePointAt(zh, i);
            if (traditional.contains(cp)) {
                return true;
            }
            i += Character.charCount(cp);
        }
        return false;
    }

    /** Lower-case English content words of the glosses of {@code zhWord}; empty when it is no headword. */
    public Set<String> english(String zhWord) {
        Set<String> cached = englishCache.get(zhWord);
        if (cached != null) {
            return cached;
        }
        Set<String> words = new LinkedHashSet<>();
        for (Layer layer : layers) {
            String raw = layer.get(zhWord);
            if (raw != null) {
                // Function words ("of" for 的, "and" for 和) are left out: they are no evidence of translation.
                for (String gloss : raw.split("\\|")) {
                    words.addAll(EnglishWords.contentWords(gloss));
                }
            }
        }
        if (words.isEmpty()) {
            return Set.of();
        }
        Set<String> result = Collections.unmodifiableSet(words);
        englishCache.put(zhWord, result);
        return result;
    }

    /** Snowball stems ({@link EnglishWords#stem}) of {@link #english}: compare with stems of text tokens. */
    public Set<String> stems(String zhWord) {
        Set<String> cached = stemCache.get(zhWord);
        if (cached != null) {
            return cached;
        }
        Set<String> english = english(zhWord);
        if (english.isEmpty()) {
            return Set.of();
        }
        Set<String> stems = new LinkedHashSet<>();
        for (String w : english) {
            stems.add(EnglishWords.stem(w));
        }
        Set<String> result = Collections.unmodifiableSet(stems);
        stemCache.put(zhWord, result);
        return result;
    }

    /** The cleaned glosses of {@code zhWord} (e.g. "treaty", "pact"), for display; empty when none. */
    public List<String> glosses(String zhWord) {
        List<String> out = new ArrayList<>();
        for (Layer layer : layers) {
            String raw = layer.get(zhWord);
            if (raw != null) {
                for (String g : raw.split("\\|")) {
                    if (!g.isEmpty() && !out.contains(g)) {
                        out.add(g);
                    }
                }
            }
        }
        return out;
    }

    /** Length in chars of the longest headword: no lookup of a longer string can succeed. */
    public int maxKeyLength() {
        int max = 0;
        for (Layer layer : layers) {
            max = Math.max(max, layer.maxKeyLength());
        }
        return max;
    }

    /** Number of headwords over all layers (a headword in two layers counts twice). */
    public int size() {
        int n = 0;
        for (Layer layer : layers) {
            n += layer.size();
        }
        return n;
    }

    /**
     * Greedy longest-match (forward maximum matching) segmentation of {@code zh} into headwords of this
     * lexicon: the spans of the words found, in order and non-overlapping; characters that start no headword
     * are skipped. Cheap (a few hash lookups per character), meant for lexical evidence rather than as a
     * linguistic word segmenter.
     */
    public List<Span> words(String zh) {
        List<Span> out = new ArrayList<>();
        int n = zh.length();
        int i = 0;
        while (i < n) {
            int found = longestMatch(zh, i, n);
            if (found > 0) {
                out.add(new Span(i, i + found));
                i += found;
            } else {
                i += Character.charCount(zh.codePointAt(i));
            }
        }
        return out;
    }

    /**
     * Length in chars of the longest headword that is a prefix of {@code text[from, to)}, or 0: one step of
     * {@link #words}, for callers that segment runs of a longer string themselves. Allocates nothing for the
     * bundled lexicon.
     */
    public int longestMatch(String text, int from, int to) {
        if (from < 0 || to > text.length() || from > to) {
            throw new IndexOutOfBoundsException("range [" + from + ", " + to + ") of a text of length "
                    + text.length());
        }
        if (from == to) {
            return 0;
        }
        int found = 0;
        for (Layer layer : layerArray) {
            found = Math.max(found, layer.longestMatch(text, from, to));
        }
        return found;
    }

    @Override
    public String toString() {
        return "Lexicon[" + size() + " headwords in " + layers.size() + " layer(s)]";
    }

    // --- encoding of one entry: "gloss|gloss…" -------------------------------------------------------

    static String checkKey(String key) {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("Lexicon headword must not be blank, was '" + key + "'");
        }
        if (key.indexOf('\t') >= 0 || key.indexOf('\n') >= 0 || key.indexOf('\r') >= 0) {
            throw new IllegalArgumentException("Lexicon headword must be one line without tabs, was '" + key
                    + "'");
        }
        return key.strip();
    }

    /** Joins glosses with '|' (a '|' inside a gloss becomes '/'; line breaks and tabs become spaces). */
    static String encode(Iterable<String> glosses) {
        StringBuilder sb = new StringBuilder();
        for (String g : glosses) {
            String clean = g.replace('|', '/').replace('\t', ' ').replace('\n', ' ').replace('\r', ' ').strip();
            if (!clean.isEmpty() && (sb.isEmpty() || !("|" + sb + "|").contains("|" + clean + "|"))) {
                if (!sb.isEmpty()) {
                    sb.append('|');
                }
                sb.append(clean);
            }
        }
        return sb.toString();
    }

    static String mergeEncoded(String a, String b) {
        List<String> all = new ArrayList<>(List.of(a.split("\\|")));
        all.addAll(List.of(b.split("\\|")));
        return encode(all);
    }

    /** Lazy holder for the function-word list; a missing resource fails loudly. */
    private static final class FunctionWords {
        static final Set<String> SET = WordList.ZH_DICTIONARY_FUNCTION_WORDS.words();
    }

    /** Lazy holder for the Traditional-only characters; a missing resource fails loudly. */
    private static final class TraditionalChars {
        static final Set<Integer> SET = load();

        private static Set<Integer> load() {
            Set<Integer> set = new HashSet<>();
            for (String line : DataFiles.lines(Lexicon.class, CedictBuilder.TRADITIONAL_CHARS)) {
                line.codePoints().forEach(set::add);
            }
            return Set.copyOf(set);
        }
    }

    private static Layer loadCedict() {
        // The launcher keeps an uncompressed copy with its hash table beside the jar (PackedLayerCache):
        // read when valid, written after the first load from the bundled resource, which stays the reference.
        String cacheFile = System.getProperty(PackedLayerCache.PROPERTY);
        Path cache = cacheFile == null || cacheFile.isBlank() ? null : Path.of(cacheFile);
        if (cache != null) {
            PackedLayer cached = PackedLayerCache.read(cache);
            if (cached != null) {
                return cached;
            }
        }
        PackedLayer layer = loadCedictResource();
        if (cache != null) {
            PackedLayerCache.write(layer, cache);
        }
        return layer;
    }

    private static PackedLayer loadCedictResource() {
        String name = "org/bitext/lexicon/" + CEDICT_RESOURCE;
        InputStream in = Lexicon.class.getResourceAsStream(CEDICT_RESOURCE);
        if (in == null) {
            throw new IllegalStateException("Missing bundled lexicon " + name
                    + " (build it with scripts/build-cedict.sh)");
        }
        try (in) {
            return PackedLayer.load(in, name);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot read bundled lexicon " + name, e);
        }
    }
}
