package org.bitext.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.bitext.lexicon.Lexicon;
import org.bitext.terms.TermPair;
import org.bitext.text.DataFiles;
import org.bitext.text.Scripts;
import org.bitext.text.WordList;

/**
 * The open-class vocabulary of {@link ZipfCorpus}: an unbounded list of English word types by frequency rank,
 * each with one fixed Chinese translation (so translations are consistent word for word).
 *
 * <p>The <b>head</b> is real English: the nouns and adjectives (word classes from {@code terms/pos.en.tsv},
 * a word not listed being a noun) of the general-language list that the terms job ships
 * ({@code terms/general.en.tsv}, SUBTLEX-US, most frequent first), without function words and words under
 * three letters, that have a CC-CEDICT translation: the headword (bundled {@code lexicon/cedict.tsv.gz},
 * Simplified, two to four characters, not a function word) that glosses it best (the word as a whole sense,
 * earliest sense first), each Chinese word given to one English word only. Spoken-English fragments
 * (don, gonna) have no such translation and drop out. The <b>tail</b>, ranks past the head, is
 * generated: English pseudo-words of consonant–vowel syllables (three or more, so six letters or more, a
 * letter {@code x} appended in the rare case it spells a real word) and Chinese pseudo-words of two or more
 * characters drawn from the CJK Unified Ideographs of CC-CEDICT's one-character headwords that no head word
 * uses. Both are bijections of the rank (an affine permutation inside each length class), so every rank is a
 * distinct type on both sides and the vocabulary never runs out. The vocabulary is fixed: it does not depend
 * on the seed.
 */
final class ZipfVocabulary {

    /** Consonants and vowels of the English pseudo-words: 15 × 5 = 75 syllables. */
    private static final String CONSONANTS = "bcdfglmnprstvzk";
    private static final String VOWELS = "aeiou";
    private static final int SYLLABLES = CONSONANTS.length() * VOWELS.length();
    private static final int MIN_SYLLABLES = 3;
    /** Multiplier of the affine permutations: a prime, coprime with 75^n and (checked) the Chinese base. */
    private static final long MIX = 7919;
    private static final Pattern WORD = Pattern.compile("[a-z]{3,}");

    /** One head word: English, Chinese, most likely word class (N, J, V, R or P). */
    record Word(String en, String zh, char wordClass) {
    }

    private final List<Word> head;
    /** Rank of each head word. */
    private final Map<String, Integer> headRank = new HashMap<>();
    /** Characters of the Chinese pseudo-words. */
    private final int[] chars;
    private final long mixZh;
    /** Real English words, which an English pseudo-word must not spell. */
    private final Set<String> english;

    private ZipfVocabulary() {
        Set<String> stop = new HashSet<>(WordList.EN_TERM_EDGE_STOPWORDS.words());
        stop.addAll(WordList.EN_ALIGNMENT_STOPWORDS.words());
        Map<String, String> classes = new HashMap<>();
        english = new HashSet<>();
        for (String line : DataFiles.lines(TermPair.class, "pos.en.tsv")) {
            String[] c = line.split("\t");
            classes.put(c[0], c[1]);
            english.add(c[0].toLowerCase(java.util.Locale.ROOT));
        }
        List<String> words = new ArrayList<>();
        for (String line : DataFiles.lines(TermPair.class, "general.en.tsv")) {
            String w = line.split("\t")[0];
            english.add(w);
            if (WORD.matcher(w).matches() && !stop.contains(w)) {
                words.add(w);
            }
        }
        Map<String, List<String>> glossed = cedictTranslations(new HashSet<>(words));
        Set<String> used = new HashSet<>();
        Set<Integer> headChars = new HashSet<>();
        List<Word> out = new ArrayList<>(words.size());
        for (String w : words) {
            char cls = classes.getOrDefault(w, "N").charAt(0);
            if (cls != 'N' && cls != 'J') {
                // Verbs and adverbs come from the grammar's closed lists; UN text is mostly noun phrases.
                continue;
            }
            for (String c : glossed.getOrDefault(w, List.of())) {
                if (used.add(c)) {
                    out.add(new Word(w, c, cls));
                    c.codePoints().forEach(headChars::add);
                    break;
                }
            }
        }
        chars = pseudoCharacters(headChars);
        long m = MIX;
        while (chars.length % m == 0) {
            m += 2;
        }
        mixZh = m;
        head = List.copyOf(out);
        for (int i = 0; i < head.size(); i++) {
            headRank.put(head.get(i).en(), i);
        }
    }

    private static final class Holder {
        static final ZipfVocabulary INSTANCE = new ZipfVocabulary();
    }

    /** The vocabulary (built once per JVM, from the bundled data files, in about a second). */
    static ZipfVocabulary get() {
        return Holder.INSTANCE;
    }

    /** Number of real English word types before the generated tail starts. */
    int headSize() {
        return head.size();
    }

    /** The head word of rank {@code rank} (0-based, {@code rank < headSize()}). */
    Word headWord(int rank) {
        return head.get(rank);
    }

    /** English of rank {@code rank} (0-based; any non-negative rank). */
    String english(long rank) {
        return rank < head.size() ? head.get((int) rank).en() : pseudoEnglish(rank - head.size());
    }

    /** Chinese of rank {@code rank}: the fixed translation of {@link #english(long)}. */
    String chinese(long rank) {
        return rank < head.size() ? head.get((int) rank).zh() : pseudoChinese(rank - head.size());
    }

    /** The rank of an English vocabulary word (lower case), or -1 when it is not one. */
    long rank(String en) {
        Integer r = headRank.get(en);
        if (r != null) {
            return r;
        }
        String w = en;
        while (w.endsWith("x")) {
            w = w.substring(0, w.length() - 1);
        }
        int syllables = w.length() / 2;
        if (w.length() % 2 != 0 || syllables < MIN_SYLLABLES || syllables > 8) {
            return -1;
        }
        long x = 0;
        for (int i = syllables - 1; i >= 0; i--) {
            int c = CONSONANTS.indexOf(w.charAt(2 * i));
            int v = VOWELS.indexOf(w.charAt(2 * i + 1));
            if (c < 0 || v < 0) {
                return -1;
            }
            x = x * SYLLABLES + c * VOWELS.length() + v;
        }
        long offset = 0;
        for (int n = MIN_SYLLABLES; n < syllables; n++) {
            offset += pow(SYLLABLES, n);
        }
        long size = pow(SYLLABLES, syllables);
        // Undo the affine permutation x = (MIX * index + 12345) mod size.
        long inverse = java.math.BigInteger.valueOf(MIX).modInverse(java.math.BigInteger.valueOf(size)).longValue();
        long index = java.math.BigInteger.valueOf(Math.floorMod(x - 12_345, size))
                .multiply(java.math.BigInteger.valueOf(inverse)).mod(java.math.BigInteger.valueOf(size)).longValue();
        long rank = head.size() + offset + index;
        return english(rank).equals(en) ? rank : -1;
    }

    /** The {@code k}-th English pseudo-word: CV syllables, never a real word (an {@code x} appended if so). */
    String pseudoEnglish(long k) {
        int syllables = MIN_SYLLABLES;
        long size = pow(SYLLABLES, syllables);
        long index = k;
        while (index >= size) {
            index -= size;
            syllables++;
            size = Math.multiplyExact(size, SYLLABLES);
        }
        long x = Math.floorMod(Math.multiplyExact(index, MIX) + 12_345, size);
        StringBuilder sb = new StringBuilder(2 * syllables + 1);
        for (int i = 0; i < syllables; i++) {
            int s = (int) (x % SYLLABLES);
            x /= SYLLABLES;
            sb.append(CONSONANTS.charAt(s / VOWELS.length())).append(VOWELS.charAt(s % VOWELS.length()));
        }
        // 'x' is no consonant of the syllables, so an appended x never makes another pseudo-word.
        while (english.contains(sb.toString())) {
            sb.append('x');
        }
        return sb.toString();
    }

    /** The {@code k}-th Chinese pseudo-word: two or more characters no head word uses. */
    String pseudoChinese(long k) {
        int length = 2;
        long size = pow(chars.length, length);
        long index = k;
        while (index >= size) {
            index -= size;
            length++;
            size = Math.multiplyExact(size, chars.length);
        }
        long x = Math.floorMod(Math.multiplyExact(index, mixZh) + 54_321, size);
        StringBuilder sb = new StringBuilder(length);
        for (int i = 0; i < length; i++) {
            sb.appendCodePoint(chars[(int) (x % chars.length)]);
            x /= chars.length;
        }
        return sb.toString();
    }

    private static long pow(long base, int exponent) {
        long out = 1;
        for (int i = 0; i < exponent; i++) {
            out = Math.multiplyExact(out, base);
        }
        return out;
    }

    /**
     * English word to its Chinese candidates, best first: CC-CEDICT headwords (Simplified, 2–4 Han
     * characters, no function word) with a sense that is exactly the word ("to" of verbs dropped), ranked by
     * the position of that sense, then two characters before others, then the file's order.
     */
    private static Map<String, List<String>> cedictTranslations(Set<String> wanted) {
        Set<String> function = new HashSet<>(WordList.ZH_TERM_EDGE_FUNCTION_WORDS.words());
        function.addAll(WordList.ZH_DICTIONARY_FUNCTION_WORDS.words());
        Map<String, TreeSet<Candidate>> found = new HashMap<>();
        long order = 0;
        try (InputStream raw = Lexicon.class.getResourceAsStream("cedict.tsv.gz")) {
            if (raw == null) {
                throw new IllegalStateException("missing resource org/bitext/lexicon/cedict.tsv.gz");
            }
            BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw),
                    StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                int tab = line.indexOf('\t');
                if (line.startsWith("#") || tab < 2 || tab > 4 || line.charAt(tab + 1) == '=') {
                    continue;
                }
                String zh = line.substring(0, tab);
                if (!zh.codePoints().allMatch(Scripts::isHan) || function.contains(zh)
                        || Lexicon.hasTraditionalCharacters(zh)) {
                    continue;
                }
                String[] senses = line.substring(tab + 1).split("[|;]");
                for (int s = 0; s < senses.length; s++) {
                    String sense = senses[s].strip();
                    if (sense.startsWith("to ")) {
                        sense = sense.substring(3);
                    }
                    if (wanted.contains(sense)) {
                        found.computeIfAbsent(sense, k -> new TreeSet<>())
                                .add(new Candidate(s * 4 + (zh.length() == 2 ? 0 : zh.length()), order++, zh));
                    }
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read org/bitext/lexicon/cedict.tsv.gz", e);
        }
        Map<String, List<String>> out = new HashMap<>();
        found.forEach((en, set) -> out.put(en, set.stream().limit(4).map(Candidate::zh).toList()));
        return out;
    }

    private record Candidate(int score, long order, String zh) implements Comparable<Candidate> {
        @Override
        public int compareTo(Candidate o) {
            return score != o.score ? Integer.compare(score, o.score) : Long.compare(order, o.order);
        }
    }

    /**
     * Characters of the Chinese pseudo-words: Simplified one-character CC-CEDICT headwords that no head word
     * uses and that are no function word or bound prefix, in code point order.
     */
    private static int[] pseudoCharacters(Set<Integer> headChars) {
        Set<String> banned = new HashSet<>(WordList.ZH_TERM_EDGE_FUNCTION_WORDS.words());
        banned.addAll(WordList.ZH_DICTIONARY_FUNCTION_WORDS.words());
        banned.addAll(DataFiles.lines(TermPair.class, "prefix.zh.txt"));
        TreeSet<Integer> out = new TreeSet<>();
        try (InputStream raw = Lexicon.class.getResourceAsStream("cedict.tsv.gz")) {
            BufferedReader r = new BufferedReader(new InputStreamReader(new GZIPInputStream(raw),
                    StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                int tab = line.indexOf('\t');
                if (tab <= 0 || line.startsWith("#")) {
                    continue;
                }
                String zh = line.substring(0, tab);
                if (zh.length() == 1 && zh.charAt(0) >= '\u4E00' && zh.charAt(0) <= '\u9FFF'
                        && !banned.contains(zh) && !Lexicon.hasTraditionalCharacters(zh)
                        && !headChars.contains(zh.codePointAt(0))) {
                    out.add(zh.codePointAt(0));
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read org/bitext/lexicon/cedict.tsv.gz", e);
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }
}
