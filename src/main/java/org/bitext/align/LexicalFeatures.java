package org.bitext.align;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * The tokens of both sides of one pair, as integer ids: English content words and strong tokens, Chinese
 * words and strong tokens, and the English words each Chinese word type translates to (restricted to words
 * that occur in this English text, which keeps signatures sparse). Built once per pair; the learned lexicon
 * adds translations before the second pass.
 */
final class LexicalFeatures {

    final int[][] enWeak;
    final int[][] enStrong;
    final int[][] zhWords;
    final int[][] zhStrong;
    final int[][] zhLatin;
    final int enVocabSize;
    final List<String> zhVocab = new ArrayList<>();
    final int[][] dictionaryTranslations;

    LexicalFeatures(List<String> en, List<String> zh, Translations dictionary, LanguageData data) {
        // Both sides are tokenised on the machine's cores: chunks of sentences (English first, as Chinese
        // max-match may have to wait for the dictionary to finish loading) are taken by two threads, each
        // with its own tokenizer; ids are assigned afterwards, in order, so results do not depend on threads.
        Tokenizer.Tokens[] enTokens = new Tokenizer.Tokens[en.size()];
        Tokenizer.Tokens[] zhTokens = new Tokenizer.Tokens[zh.size()];
        int enChunks = (en.size() + CHUNK - 1) / CHUNK;
        int chunks = enChunks + (zh.size() + CHUNK - 1) / CHUNK;
        AtomicInteger next = new AtomicInteger();
        Runnable work = () -> {
            Tokenizer t = new Tokenizer(dictionary);
            for (int c = next.getAndIncrement(); c < chunks; c = next.getAndIncrement()) {

                if (c < enChunks) {
                    for (int k = c * CHUNK; k < Math.min(en.size(), (c + 1) * CHUNK); k++) {
                        enTokens[k] = t.english(en.get(k));
                    }
                } else {
                    int z = c - enChunks;
                    for (int k = z * CHUNK; k < Math.min(zh.size(), (z + 1) * CHUNK); k++) {
                        zhTokens[k] = t.chinese(zh.get(k));
                    }
                }
            }
        };
        CompletableFuture<Void> helper = chunks > 1 ? CompletableFuture.runAsync(work, PARALLEL) : null;
        work.run();
        if (helper != null) {
            join(helper);
        }
        Map<String, Integer> enIds = new HashMap<>();
        Map<String, Integer> strongIds = new HashMap<>();
        enWeak = new int[en.size()][];
        enStrong = new int[en.size()][];
        for (int k = 0; k < en.size(); k++) {
            Tokenizer.Tokens t = enTokens[k];
            enWeak[k] = ids(t.weak(), enIds, true);
            enStrong[k] = ids(t.strong(), strongIds, true);
        }
        enVocabSize = enIds.size();
        Map<String, Integer> zhIds = new HashMap<>();
        zhWords = new int[zh.size()][];
        zhStrong = new int[zh.size()][];
        zhLatin = new int[zh.size()][];
        for (int k = 0; k < zh.size(); k++) {
            Tokenizer.Tokens t = zhTokens[k];
            int[] w = new int[t.weak().size()];
            for (int x = 0; x < w.length; x++) {
                String word = t.weak().get(x);
                Integer id = zhIds.get(word);
                if (id == null) {
                    id = zhIds.size();
                    zhIds.put(word, id);
                    zhVocab.add(word);
                }
                w[x] = id;
            }
            zhWords[k] = distinct(w);
            zhStrong[k] = ids(t.strong(), strongIds, false);
            zhLatin[k] = ids(t.latin(), enIds, false);
        }
        // dictionary look-ups parse glosses: worth the second core too (own stemmer and cache per thread)
        dictionaryTranslations = new int[zhVocab.size()][];
        int vocabChunks = (zhVocab.size() + CHUNK - 1) / CHUNK;
        AtomicInteger nextWord = new AtomicInteger();
        Runnable translate = () -> {
            Tokenizer t = new Tokenizer(dictionary);
            Map<String, Integer> glossCache = new HashMap<>();
            for (int c = nextWord.getAndIncrement(); c < vocabChunks; c = nextWord.getAndIncrement()) {
                for (int z = c * CHUNK; z < Math.min(zhVocab.size(), (c + 1) * CHUNK); z++) {
                    List<Integer> out = new ArrayList<>();
                    for (String g : dictionary.english(zhVocab.get(z))) {
                        Integer id = glossCache.computeIfAbsent(g, w -> {
                            String lower = w.toLowerCase(java.util.Locale.ROOT);
                            if (lower.length() < 2 || data.englishStopWords.contains(lower)) {
                                return -1;
                            }
                            return enIds.getOrDefault(t.englishKey(lower), -1);
                        });
                        if (id >= 0 && !out.contains(id)) {
                            out.add(id);
                        }
                    }
                    dictionaryTranslations[z] = out.stream().mapToInt(Integer::intValue).toArray();
                }
            }
        };
        CompletableFuture<Void> translator = vocabChunks > 1
                ? CompletableFuture.runAsync(translate, PARALLEL) : null;
        translate.run();
        if (translator != null) {
            join(translator);
        }
    }

    private static final int CHUNK = 500;

    /** Runs a share of the work beside the caller's; daemon threads, so that they never keep the JVM alive. */
    private static final Executor PARALLEL = runnable -> {
        Thread t = new Thread(runnable, "bitext-tokenize");
        t.setDaemon(true);
        t.start();
    };

    private static <T> T join(CompletableFuture<T> future) {
        try {
            return future.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) {
                throw r;
            }
            if (e.getCause() instanceof Error err) {
                throw err;
            }
            throw e;
        }
    }

    private static int[] ids(List<String> tokens, Map<String, Integer> vocab, boolean add) {
        int[] out = new int[tokens.size()];
        int n = 0;
        for (String t : tokens) {
            Integer id = vocab.get(t);
            if (id == null && add) {
                id = vocab.size();
                vocab.put(t, id);
            }
            if (id != null) {
                out[n++] = id;
            }
        }
        return distinct(Arrays.copyOf(out, n));
    }

    /** The ids of {@code a} without repeats, in first-seen order (sentences are short: no hashing). */
    private static int[] distinct(int[] a) {
        int n = 0;
        outer:
        for (int x = 0; x < a.length; x++) {
            for (int y = 0; y < n; y++) {
                if (a[y] == a[x]) {
                    continue outer;
                }
            }
            a[n++] = a[x];
        }
        return n == a.length ? a : Arrays.copyOf(a, n);
    }

    /** A scorer over these features; {@code learned} (may be null) adds translations per Chinese word id. */
    LexicalScorer scorer(int[][] learned, double weakWeight, double strongWeight) {
        return scorer(learned, weakWeight, strongWeight, 8, null, null);
    }

    /**
     * A scorer whose Chinese sentence {@code j} only counts translations into English words that occur in
     * English sentences {@code [windowLo[j], windowHi[j])} (no restriction when the arrays are null). A
     * bead inside the windows scores the same, but the Chinese signatures hold only the few words they can
     * meet, so hashing them into 512 bits stops producing false matches: a Chinese sentence has tens of
     * dictionary translations that occur somewhere in a long English text.
     */
    LexicalScorer scorer(int[][] learned, double weakWeight, double strongWeight, int longs, int[] windowLo,
                         int[] windowHi) {
        int n = enWeak.length;
        int m = zhWords.length;
        long[] sw = new long[n * longs];
        long[] ss = new long[n];
        long[] tw = new long[m * longs];
        long[] ts = new long[m];
        for (int k = 0; k < n; k++) {
            for (int id : enWeak[k]) {
                LexicalScorer.setWeak(sw, longs, k, id);
            }
            for (int id : enStrong[k]) {
                LexicalScorer.setStrong(ss, k, id);
            }
        }
        int[][] where = windowLo == null ? null : occurrences();
        for (int k = 0; k < m; k++) {
            int lo = windowLo == null ? 0 : windowLo[k];
            int hi = windowHi == null ? n : windowHi[k];
            targetSignature(k, learned, longs, where, lo, hi, tw, k * longs);
            for (int id : zhStrong[k]) {
                LexicalScorer.setStrong(ts, k, id);
            }
        }
        return new LexicalScorer(longs, sw, ss, tw, ts, weakWeight, strongWeight);
    }

    /**
     * {@code previous} with the Chinese sentences flagged in {@code changed} re-signed for their new windows;
     * cheaper than {@link #scorer} when the band widens in a few places.
     */
    LexicalScorer rescored(LexicalScorer previous, int[][] learned, int[] windowLo, int[] windowHi,
                           boolean[] changed) {
        int[][] where = occurrences();
        int longs = previous.longs;
        return previous.withTargets(changed, k -> {
            long[] sig = new long[longs];
            targetSignature(k, learned, longs, where, windowLo[k], windowHi[k], sig, 0);
            return sig;
        });
    }

    /**
     * Sets in {@code sig} (from {@code at}) the bits of the English words Chinese sentence {@code k} translates
     * to, among those occurring in English sentences {@code [lo, hi)} ({@code where} null: any).
     */
    private void targetSignature(int k, int[][] learned, int longs, int[][] where, int lo, int hi, long[] sig,
                                 int at) {
        for (int z : zhWords[k]) {
            for (int id : dictionaryTranslations[z]) {
                if (where == null || occursIn(where[id], lo, hi)) {
                    setBit(sig, at, longs, id);
                }
            }
            if (learned != null && learned[z] != null) {
                for (int id : learned[z]) {
                    if (where == null || occursIn(where[id], lo, hi)) {
                        setBit(sig, at, longs, id);
                    }
                }
            }
        }
        for (int id : zhLatin[k]) {
            if (where == null || occursIn(where[id], lo, hi)) {
                setBit(sig, at, longs, id);
            }
        }
    }

    private static void setBit(long[] sig, int at, int longs, int id) {
        int b = LexicalScorer.weakBit(id, longs);
        sig[at + (b >>> 6)] |= 1L << (b & 63);
    }

    private int[][] occurrences;

    /** For each English word id, the sentences it occurs in, ascending. */
    private int[][] occurrences() {
        if (occurrences == null) {
            int[] count = new int[enVocabSize];
            for (int[] ws : enWeak) {
                for (int id : ws) {
                    count[id]++;
                }
            }
            int[][] out = new int[enVocabSize][];
            for (int id = 0; id < enVocabSize; id++) {
                out[id] = new int[count[id]];
            }
            int[] fill = new int[enVocabSize];
            for (int k = 0; k < enWeak.length; k++) {
                for (int id : enWeak[k]) {
                    out[id][fill[id]++] = k;
                }
            }
            occurrences = out;
        }
        return occurrences;
    }

    /** True when some sentence of the ascending list {@code at} is in {@code [lo, hi)}. */
    private static boolean occursIn(int[] at, int lo, int hi) {
        int x = Arrays.binarySearch(at, lo);
        int k = x >= 0 ? x : -x - 1;
        return k < at.length && at[k] < hi;
    }
}
