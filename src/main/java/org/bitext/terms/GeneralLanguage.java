package org.bitext.terms;

import java.io.BufferedInputStream;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.ObjectInputFilter;
import java.io.ObjectInputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.cn.smart.SmartChineseAnalyzer;

/**
 * General-language reference data against which term candidates are judged for domain specificity and
 * well-formedness: word frequencies of spoken English (SUBTLEX-US, resource {@code general.en.tsv}), English
 * word classes (resource {@code pos.en.tsv}, from the en-lexicon package) and Chinese word frequencies from the
 * core dictionary that Lucene's smartcn analyzer ships ({@code coredict.mem}, read from its jar, so no copy is
 * kept here). A word frequent in general language is not a term on its own (国家, global, actions).
 */
final class GeneralLanguage {

    /** English words at or above this frequency rank are general vocabulary. */
    static final int EN_GENERAL_RANK = 6000;
    /** Chinese dictionary words at or above this count (of 7.9 million in smartcn's corpus) are general. */
    static final int ZH_GENERAL_COUNT = 600;

    /** Chinese characters that bind to the following word as a prefix (resource {@code prefix.zh.txt}). */
    static final java.util.Set<String> PREFIXES = readSet("prefix.zh.txt");

    /** Chinese characters that bind to the preceding word as a suffix (resource {@code suffix.zh.txt}). */
    static final java.util.Set<String> SUFFIXES = readSet("suffix.zh.txt");

    private static final String COREDICT = "/org/apache/lucene/analysis/cn/smart/hhmm/coredict.mem";

    private static final class Holder {
        static final GeneralLanguage INSTANCE = new GeneralLanguage();
    }

    private final Map<String, Integer> enRank = new HashMap<>();
    private final Map<String, String> enClasses = new HashMap<>();
    private final Map<String, Integer> zhCount;

    private GeneralLanguage() {
        int[] rank = {0};
        read("general.en.tsv", cells -> enRank.putIfAbsent(cells[0], ++rank[0]));
        read("pos.en.tsv", cells -> enClasses.put(cells[0], cells[1]));
        zhCount = readCoreDictionary();
    }

    static GeneralLanguage get() {
        return Holder.INSTANCE;
    }

    /** Frequency rank of an English word in general language (1 = most frequent), or MAX_VALUE when unlisted. */
    int enRank(String word) {
        return enRank.getOrDefault(word.toLowerCase(Locale.ROOT), Integer.MAX_VALUE);
    }

    boolean isGeneralEnglish(String word) {
        return enRank(word) <= EN_GENERAL_RANK && !isProperNoun(word);
    }

    /** Count of a Chinese word in smartcn's dictionary corpus, 0 when not a dictionary word. */
    int zhCount(String word) {
        return zhCount.getOrDefault(word, 0);
    }

    boolean isGeneralChinese(String word) {
        return zhCount(word) >= ZH_GENERAL_COUNT;
    }

    /**
     * Word classes of an English word, most likely first: N noun, P proper noun, J adjective, V verb, R adverb;
     * "N" for a word not listed (the list leaves out plain nouns, and unknown words are mostly names or terms).
     */
    String classes(String word) {
        String c = enClasses.get(word);
        if (c == null && !word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
            c = enClasses.get(word.toLowerCase(Locale.ROOT));
            if (c == null) {
                return "P";
            }
        }
        return c == null ? "N" : c;
    }

    /** True when the word can head a noun phrase (a noun, a proper noun, or an unknown word). */
    boolean canBeNoun(String word) {
        String c = classes(word);
        return c.indexOf('N') >= 0 || c.indexOf('P') >= 0;
    }

    /** True for a word that is only a proper noun (Germany, Istanbul), never general vocabulary. */
    boolean isProperNoun(String word) {
        return !word.isEmpty() && Character.isUpperCase(word.charAt(0)) && classes(word).equals("P");
    }

    /** True when the word is most likely a verb or an adverb and cannot be a noun or adjective. */
    boolean isVerbOrAdverbOnly(String word) {
        String c = classes(word.toLowerCase(Locale.ROOT));
        return c.indexOf('N') < 0 && c.indexOf('J') < 0 && c.indexOf('P') < 0;
    }

    /** True for an adverb that cannot be anything else (ultimately, effectively). */
    boolean isAdverbOnly(String word) {
        return classes(word.toLowerCase(Locale.ROOT)).equals("R");
    }

    private static java.util.Set<String> readSet(String resource) {
        java.util.Set<String> out = new java.util.HashSet<>();
        read(resource, cells -> out.add(cells[0]), 1);
        return java.util.Set.copyOf(out);
    }

    private interface Row {
        void accept(String[] cells);
    }

    private static void read(String resource, Row row) {
        read(resource, row, 2);
    }

    private static void read(String resource, Row row, int columns) {
        try (InputStream in = GeneralLanguage.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("missing resource org/bitext/terms/" + resource);
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                if (!line.isEmpty() && !line.startsWith("#")) {
                    String[] cells = line.strip().split("\t");
                    if (cells.length != columns) {
                        throw new IllegalStateException("org/bitext/terms/" + resource + ": bad line '" + line + "'");
                    }
                    row.accept(cells);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read resource org/bitext/terms/" + resource, e);
        }
    }

    /**
     * The word counts of smartcn's core dictionary. The file is a Java serialization of four primitive arrays
     * (hash slots to word rows, slot characters, word tails per row, counts per row); only primitive arrays
     * are accepted while reading it.
     */
    private static Map<String, Integer> readCoreDictionary() {
        try (InputStream in = SmartChineseAnalyzer.class.getResourceAsStream(COREDICT)) {
            if (in == null) {
                throw new IllegalStateException("missing smartcn resource " + COREDICT);
            }
            ObjectInputStream o = new ObjectInputStream(new BufferedInputStream(in));
            o.setObjectInputFilter(info -> info.serialClass() == null
                    || info.serialClass().isArray() && info.serialClass().getComponentType() != null
                    && (info.serialClass().getComponentType().isPrimitive()
                    || info.serialClass().getComponentType().isArray())
                    ? ObjectInputFilter.Status.ALLOWED : ObjectInputFilter.Status.REJECTED);
            short[] rowOfSlot = (short[]) o.readObject();
            char[] charOfSlot = (char[]) o.readObject();
            char[][][] tails = (char[][][]) o.readObject();
            int[][] counts = (int[][]) o.readObject();
            Map<String, Integer> out = new HashMap<>(1 << 17);
            for (int slot = 0; slot < rowOfSlot.length; slot++) {
                int row = rowOfSlot[slot];
                if (row < 0 || tails[row] == null) {
                    continue;
                }
                for (int j = 0; j < tails[row].length; j++) {
                    String word = charOfSlot[slot] + (tails[row][j] == null ? "" : new String(tails[row][j]));
                    out.merge(word, counts[row][j], Integer::sum);
                }
            }
            return out;
        } catch (IOException | ClassNotFoundException | ClassCastException e) {
            throw new IllegalStateException("cannot read smartcn's core dictionary " + COREDICT, e);
        }
    }
}
