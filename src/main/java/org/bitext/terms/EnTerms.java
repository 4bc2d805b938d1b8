package org.bitext.terms;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.KeywordTokenizer;
import org.apache.lucene.analysis.en.EnglishMinimalStemFilter;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.bitext.text.WordList;

/**
 * English term candidates of one text: word n-grams that do not cross punctuation or numbers and neither
 * start nor end with a stop word ({@link org.bitext.text.WordList#EN_TERM_EDGE_STOPWORDS}), which approximates noun phrases
 * without a tagger. Each candidate has a key (lower case, plural s removed by Lucene's minimal stemmer;
 * acronyms such as NPT or PrepCom keep their case) and the surface form it was seen with.
 */
final class EnTerms {

    static final int MAX_WORDS = 6;
    /** Function words that may stand inside an ordinary noun phrase (weapons of mass destruction). */
    static final Set<String> JOINERS = Set.of("of", "and", "for", "on", "in", "the", "against");
    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+(?:['’/-][\\p{L}\\p{M}\\p{N}]+)*");
    /** Marks a break (punctuation, number) in a key sequence so that no term matches across it. */
    static final String BREAK = "|";

    private static final class Holder {
        static final Set<String> STOP = WordList.EN_TERM_EDGE_STOPWORDS.words();
    }

    /** Lower case + Lucene's minimal English (plural) stemmer, applied to one word at a time. */
    private final Analyzer stemmer = new Analyzer() {
        @Override
        protected TokenStreamComponents createComponents(String field) {
            KeywordTokenizer source = new KeywordTokenizer();
            return new TokenStreamComponents(source, new EnglishMinimalStemFilter(new LowerCaseFilter(source)));
        }
    };
    /**
     * Keys of recent word forms. Bounded (least recently used out): one instance lives per extraction thread
     * for the whole job, and an archive's vocabulary keeps growing, so an unbounded cache would grow with the
     * corpus outside the job's memory budget.
     */
    private final Map<String, String> keys = new LinkedHashMap<>(1 << 12, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, String> eldest) {
            return size() > KEY_CACHE;
        }
    };
    private static final int KEY_CACHE = 50_000;

    /** One word: its key, surface and offsets. */
    record Token(String key, String surface, int start, int end) {
    }

    /** Words of a text, with {@code null} standing for a break (punctuation or a number). */
    List<Token> tokens(String text) {
        List<Token> out = new ArrayList<>();
        Matcher m = TOKEN.matcher(text);
        int last = 0;
        while (m.find()) {
            if (hasPunctuation(text, last, m.start())) {
                out.add(null);
            }
            String w = m.group();
            if (hasDigit(w)) {
                out.add(null);
            } else {
                out.add(new Token(key(w), w, m.start(), m.end()));
            }
            last = m.end();
        }
        return out;
    }

    /** Key of one word: acronyms as written, other words lower-cased and singular. */
    String key(String word) {
        if (isAcronym(word)) {
            return word;
        }
        return keys.computeIfAbsent(word, this::stem);
    }

    private String stem(String word) {
        try (TokenStream ts = stemmer.tokenStream("", word)) {
            CharTermAttribute term = ts.addAttribute(CharTermAttribute.class);
            ts.reset();
            String out = ts.incrementToken() ? term.toString() : word.toLowerCase(Locale.ROOT);
            ts.end();
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Two or more capitals (NPT, PrepCom, LORD): a short form, kept case-sensitive. */
    static boolean isAcronym(String word) {
        // Loops, not streams: this is asked of every word of every unit.
        int upper = 0;
        for (int i = 0; i < word.length(); ) {
            int c = word.codePointAt(i);
            if (Character.isWhitespace(c)) {
                return false;
            }
            if (Character.isUpperCase(c)) {
                upper++;
            }
            i += Character.charCount(c);
        }
        return upper >= 2;
    }

    private static boolean hasDigit(String word) {
        for (int i = 0; i < word.length(); ) {
            int c = word.codePointAt(i);
            if (Character.isDigit(c)) {
                return true;
            }
            i += Character.charCount(c);
        }
        return false;
    }

    /** All capitals (NPT, FMCT): written to TBX as termType acronym. */
    static boolean isAllCapsAcronym(String term) {
        return isAcronym(term) && term.codePoints().filter(Character::isLetter).allMatch(Character::isUpperCase);
    }

    static boolean isStop(String key) {
        return Holder.STOP.contains(key.toLowerCase(Locale.ROOT));
    }

    /** The key of a whole term ("Additional Protocols" gives "additional protocol"). */
    String termKey(String term) {
        StringBuilder sb = new StringBuilder();
        for (Token t : tokens(term)) {
            if (t != null) {
                if (!sb.isEmpty()) {
                    sb.append(' ');
                }
                sb.append(t.key());
            }
        }
        return sb.toString();
    }

    /** Receives one candidate occurrence with hashes of its neighbour words, 0 for a boundary or stop word. */
    interface Sink {
        void accept(String key, String surface, int left, int right);
    }

    /** Distinct candidates of a text: key to the surface form first seen. */
    Map<String, String> candidates(String text) {
        Map<String, String> out = new LinkedHashMap<>();
        candidates(text, (key, surface, left, right) -> out.putIfAbsent(key, surface));
        return out;
    }

    private static int neighbour(List<Token> tokens, boolean[] stop, int i) {
        if (i < 0 || i >= tokens.size() || tokens.get(i) == null || stop[i]) {
            return 0;
        }
        int h = tokens.get(i).key().hashCode();
        return h == 0 ? 1 : h;
    }

    /**
     * Every candidate occurrence of a text, with its neighbours. What the word lists say of a word is looked
     * up once per word of the text (each word is in up to {@link #MAX_WORDS} n-grams).
     */
    void candidates(String text, Sink out) {
        List<Token> tokens = tokens(text);
        GeneralLanguage general = GeneralLanguage.get();
        int n = tokens.size();
        boolean[] stop = new boolean[n];
        boolean[] joiner = new boolean[n];
        boolean[] acronym = new boolean[n];
        boolean[] adverbOnly = new boolean[n];
        boolean[] verbOrAdverbOnly = new boolean[n];
        boolean[] noun = new boolean[n];
        for (int k = 0; k < n; k++) {
            Token t = tokens.get(k);
            if (t == null) {
                continue;
            }
            String w = t.surface();
            stop[k] = isStop(w);
            if (stop[k]) {
                joiner[k] = JOINERS.contains(w.toLowerCase(Locale.ROOT));
            } else {
                acronym[k] = isAcronym(w);
                adverbOnly[k] = general.isAdverbOnly(w);
                verbOrAdverbOnly[k] = general.isVerbOrAdverbOnly(w);
                noun[k] = general.canBeNoun(w);
            }
        }
        for (int i = 0; i < n; i++) {
            Token first = tokens.get(i);
            if (first == null || stop[i] || !acronym[i] && verbOrAdverbOnly[i]) {
                continue;
            }
            boolean title = Character.isUpperCase(first.surface().charAt(0));
            StringBuilder key = new StringBuilder();
            for (int j = i; j < n && j - i < MAX_WORDS && tokens.get(j) != null; j++) {
                Token t = tokens.get(j);
                // A noun phrase: no adverb inside, nor a lower-case past form that can only be a verb (the
                // delegation thanked the Committee is a clause; the word-class list, American, takes British
                // "programme" for a verb, so only -ed forms are trusted); of its function words only those that join the parts of a
                // noun phrase (of, and, for, on, in, the, against), others only inside a capitalized name
                // (Global Initiative to Combat Nuclear Terrorism).
                if (stop[j] ? !joiner[j] && !(title && capitalized(tokens, j + 1))
                        : adverbOnly[j] || j > i && Character.isLowerCase(t.surface().charAt(0))
                                && t.surface().endsWith("ed") && verbOrAdverbOnly[j]) {
                    break;
                }
                if (j > i) {
                    key.append(' ');
                }
                key.append(t.key());
                if (!stop[j] && (j > i || t.surface().length() >= 2) && (acronym[j] || noun[j])) {
                    out.accept(key.toString(), oneSpace(text.substring(first.start(), t.end())),
                            neighbour(tokens, stop, i - 1), neighbour(tokens, stop, j + 1));
                }
            }
        }
    }

    private static final Pattern SPACES = Pattern.compile("\\s+");

    /**
     * {@code s.replaceAll("\\s+", " ")} without a regular expression for the usual case, words already
     * separated by single spaces.
     */
    static String oneSpace(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ' ' ? i + 1 < s.length() && s.charAt(i + 1) == ' '
                    : c == '\t' || c == '\n' || c == 0x0B || c == '\f' || c == '\r') {
                return SPACES.matcher(s).replaceAll(" ");
            }
        }
        return s;
    }

    /** The key sequence of a text with breaks, padded, for whole-term containment checks. */
    String keySequence(String text) {
        StringBuilder sb = new StringBuilder(" ");
        for (Token t : tokens(text)) {
            sb.append(t == null ? BREAK : t.key()).append(' ');
        }
        return sb.toString();
    }

    private static boolean capitalized(List<Token> tokens, int i) {
        return i < tokens.size() && tokens.get(i) != null && Character.isUpperCase(tokens.get(i).surface().charAt(0));
    }

    private static boolean hasPunctuation(String text, int from, int to) {
        for (int i = from; i < to; i++) {
            if (!Character.isWhitespace(text.charAt(i))) {
                return true;
            }
        }
        return false;
    }
}
