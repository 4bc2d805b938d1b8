package org.bitext.align;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bitext.text.Scripts;
import org.tartarus.snowball.ext.EnglishStemmer;

/**
 * Turns sentences into the tokens lexical evidence is made of. English: content words (lower case,
 * Snowball-stemmed). Both languages: "strong" tokens that agree across languages without a dictionary — numbers
 * ({@code #2012}; digits, Chinese numerals, English number words, month names next to a number), percent,
 * document symbols ({@code @cd/1937}) and Latin words ({@code ^npt}). Chinese: words by dictionary
 * max-match when a lexicon is given, else by ICU's word break iterator.
 */
final class Tokenizer {

    private static final Normalizer2 NFKC = Normalizer2.getNFKCInstance();
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[,.]\\d+)*");
    private static final Pattern DIGITS = Pattern.compile("\\d+");

    private final LanguageData data = LanguageData.get();
    private final EnglishStemmer stemmer = new EnglishStemmer();
    private final Map<String, String> stems = new HashMap<>();
    private final Map<String, EnglishWord> englishWords = new HashMap<>();
    private final WordTable table = new WordTable();
    private final Translations dictionary;
    private BreakIterator words;

    Tokenizer(Translations dictionary) {
        this.dictionary = dictionary;
    }

    /** Tokens of one sentence: {@code weak} = content words (English) or words (Chinese). */
    record Tokens(List<String> weak, List<String> strong, List<String> latin) {
    }

    /** Initialises the class (ICU's NFKC instance) and Snowball's stemmer classes: see AlignSupport.warmUp. */
    static void warmUp() {
        new EnglishStemmer().stem();
        normalize("\uFF01");
    }

    static String normalize(String s) {
        // ASCII and the CJK Unified Ideographs block have no compatibility decompositions and compose with
        // nothing, so a sentence made of them only is its own NFKC form: most English sentences are.
        for (int k = 0; k < s.length(); k++) {
            char c = s.charAt(k);
            if (c >= 0x80 && (c < 0x4E00 || c > 0x9FFF)) {
                return NFKC.isNormalized(s) ? s : NFKC.normalize(s);
            }
        }
        return s;
    }

    /** English: content words (stemmed) as weak tokens, numbers/symbols/acronyms as strong ones. */
    Tokens english(String sentence) {
        String s = normalize(sentence);
        List<String> weak = new ArrayList<>();
        List<String> strong = new ArrayList<>();
        List<String> toks = new ArrayList<>();
        for (int k = 0; k < s.length(); ) {
            if (isWordChar(s.charAt(k))) {
                int e = tokenEnd(s, k);
                toks.add(table.get(s, k, e));
                k = e;
            } else {
                k++;
            }
        }
        if (s.indexOf('%') >= 0) {
            strong.add("%");
        }
        NumberWords number = new NumberWords(strong);
        for (int k = 0; k < toks.size(); k++) {
            String tok = toks.get(k);
            if (Character.isDigit(tok.charAt(0)) || tok.indexOf('/') > 0) {
                number.flush();
            }
            if (strongToken(tok, strong)) {
                continue;
            }
            // the runs of letters of the token ("non-proliferation" -> non, proliferation)
            int n = tok.length();
            for (int a = 0; a < n; ) {
                if (!isLetter(tok.charAt(a))) {
                    a++;
                    continue;
                }
                int b = a + 1;
                while (b < n && isLetter(tok.charAt(b))) {
                    b++;
                }
                String part = a == 0 && b == n ? tok : table.get(tok, a, b);
                a = b;
                EnglishWord w = englishWord(part);
                if (number.accept(w.cardinal, w.and)) {
                    continue;
                }
                if (w.month != null && (isNumber(toks, k - 1) || isNumber(toks, k + 1))) {
                    strong.add(w.month);
                    continue;
                }
                if (w.percent && !strong.contains("%")) {
                    strong.add("%");
                }
                if (w.stop) {
                    continue;
                }
                if (w.number != null) {
                    strong.add(w.number);
                    continue;
                }
                if (w.acronym != null) {
                    strong.add(w.acronym);
                }
                if (w.stem != null) {
                    weak.add(w.stem);
                }
            }
        }
        number.flush();
        return new Tokens(weak, strong, List.of());
    }

    /**
     * What {@link #english} makes of one run of letters (case kept: capitals decide months and acronyms),
     * worked out once per tokenizer: the same few thousand words recur all through a long text.
     *
     * @param month   {@code #month} when it is a capitalised month name (a date if a number is next to it)
     * @param percent "percent" or "cent"
     * @param stop    an English function word
     * @param number  {@code #n} for an ordinal or other number word that stands alone ("first", "twice")
     * @param acronym {@code ^word} for an all-capitals word of two letters or more
     * @param stem    the matching key (base form, Snowball-stemmed) of a word of two letters or more that is no
     *                function or number word
     * @param cardinal the value of a cardinal number word (runs of them combine), else null
     * @param and     the word "and" (it may join a run of number words)
     */
    private record EnglishWord(String month, boolean percent, boolean stop, String number, String acronym,
                               String stem, Long cardinal, boolean and) {
    }

    private EnglishWord englishWord(String part) {
        EnglishWord w = englishWords.get(part);
        if (w == null) {
            String lower = part.toLowerCase(Locale.ROOT);
            String month = data.englishMonths.get(lower);
            String number = data.englishOrdinals.get(lower);
            Long cardinal = data.englishCardinals.get(lower);
            boolean stop = data.englishStopWords.contains(lower);
            w = new EnglishWord(month != null && Character.isUpperCase(part.charAt(0)) ? "#" + month : null,
                    lower.equals("percent") || lower.equals("cent"), stop, number == null ? null : "#" + number,
                    part.length() >= 2 && allUpper(part) ? "^" + lower : null,
                    !stop && number == null && cardinal == null && lower.length() >= 2 ? englishKey(lower) : null,
                    cardinal, lower.equals("and"));
            englishWords.put(part, w);
        }
        return w;
    }

    private static boolean isLetter(char c) {
        return c < 0x80 ? (c | 0x20) >= 'a' && (c | 0x20) <= 'z' : Character.isLetter(c);
    }

    static boolean isDigit(char c) {
        return c < 0x80 ? c >= '0' && c <= '9' : Character.isDigit(c);
    }

    /** Letters and digits of alphabetic scripts (not Han): what Latin words, numbers and symbols are made of. */
    static boolean isWordChar(char c) {
        if (c < 0x80) {
            return (c | 0x20) >= 'a' && (c | 0x20) <= 'z' || c >= '0' && c <= '9';
        }
        return c < 0x3000 ? Character.isLetterOrDigit(c) || (c >= 0x300 && c < 0x370)
                : Character.isLetterOrDigit(c) && !Scripts.isHan(c)
                        && c > 0xFF00;
    }

    /**
     * End of the token starting at {@code k}: word characters, joined by / . , ' ’ - when a word character
     * follows ("CD/1937", "1,000", "non-proliferation"). A hand scan because this runs on every character.
     */
    static int tokenEnd(String s, int k) {
        int e = k;
        int n = s.length();
        while (e < n) {
            char c = s.charAt(e);
            if (isWordChar(c)) {
                e++;
            } else if ("/.,'’-".indexOf(c) >= 0 && e + 1 < n && isWordChar(s.charAt(e + 1))) {
                e++;
            } else {
                break;
            }
        }
        return e;
    }

    private static boolean allUpper(String s) {
        for (int k = 0; k < s.length(); k++) {
            if (!Character.isUpperCase(s.charAt(k))) {
                return false;
            }
        }
        return true;
    }

    private static boolean isNumber(List<String> toks, int k) {
        return k >= 0 && k < toks.size() && NUMBER.matcher(toks.get(k)).matches();
    }

    /** Numbers and symbols; true when the token was consumed. */
    private static boolean strongToken(String tok, List<String> strong) {
        if (isDigit(tok.charAt(0)) && NUMBER.matcher(tok).matches()) {
            strong.add("#" + number(tok));
            return true;
        }
        boolean digit = false;
        for (int k = 0; k < tok.length() && !digit; k++) {
            digit = isDigit(tok.charAt(k));
        }
        if (tok.indexOf('/') > 0 || digit) {
            if (tok.indexOf('/') > 0) {
                strong.add("@" + tok.toLowerCase(Locale.ROOT));
            }
            Matcher d = DIGITS.matcher(tok);
            while (d.find()) {
                strong.add("#" + Long.parseLong(trimZeros(d.group())));
            }
            return true;
        }
        return false;
    }

    private static String trimZeros(String digits) {
        String t = digits.length() > 18 ? digits.substring(digits.length() - 18) : digits;
        return t;
    }

    private static String number(String tok) {
        String t = tok.replace(",", "");
        int dot = t.indexOf('.');
        if (dot < 0) {
            return Long.toString(Long.parseLong(trimZeros(t)));
        }
        if (t.indexOf('.', dot + 1) >= 0) {
            return tok;
        }
        String frac = t.substring(dot + 1).replaceAll("0+$", "");
        String whole = Long.toString(Long.parseLong(trimZeros(t.substring(0, dot))));
        return frac.isEmpty() ? whole : whole + "." + frac;
    }

    /** The key an English word is matched by: its base form (irregular forms mapped first), stemmed. */
    String englishKey(String lower) {
        return stem(data.englishIrregular.getOrDefault(lower, lower));
    }

    /** Snowball (Porter2) stem, cached: the same words recur thousands of times in a long text. */
    String stem(String lower) {
        return stems.computeIfAbsent(lower, w -> {
            stemmer.setCurrent(w);
            stemmer.stem();
            return stemmer.getCurrent();
        });
    }

    /** Chinese (already Simplified): words as weak tokens, numbers/symbols/Latin words as strong ones. */
    Tokens chinese(String sentence) {
        String s = normalize(sentence);
        List<String> words = new ArrayList<>();
        List<String> strong = new ArrayList<>();
        List<String> latin = new ArrayList<>();
        if (s.indexOf('%') >= 0 || s.contains("百分之")) {
            strong.add("%");
        }
        int k = 0;
        int n = s.length();
        while (k < n) {
            char c = s.charAt(k);
            if (isWordChar(c)) {
                int e = tokenEnd(s, k);
                String tok = s.substring(k, e);
                if (!strongToken(tok, strong)) {
                    String lower = tok.toLowerCase(Locale.ROOT);
                    strong.add("^" + lower);
                    latin.add(englishKey(lower));
                }
                k = e;
                continue;
            }
            if (Scripts.isHanUnit(c)) {
                int e = k;
                while (e < n && Scripts.isHanUnit(s.charAt(e))) {
                    e++;
                }
                han(s, k, e, words, strong);
                k = e;
                continue;
            }
            k++;
        }
        words.removeIf(data.chineseStopWords::contains);
        return new Tokens(words, strong, latin);
    }

    private void han(String s, int start, int end, List<String> words, List<String> strong) {
        // numerals first: 三十 / 第十二 / 百分之五; a lone 一 is too often part of a word to count
        for (int k = start; k < end; ) {
            if (ChineseNumbers.isNumeral(s.charAt(k))) {
                int e = k;
                while (e < end && ChineseNumbers.isNumeral(s.charAt(e))) {
                    e++;
                }
                boolean marked = (k > start && (s.charAt(k - 1) == '第' || s.charAt(k - 1) == '之'))
                        || (e < end && "年月日号个次岁条项名倍".indexOf(s.charAt(e)) >= 0);
                if (e - k >= 2 || marked) {
                    long v = ChineseNumbers.parse(s.substring(k, e));
                    if (v >= 0) {
                        strong.add("#" + v);
                    }
                }
                k = e;
            } else {
                k++;
            }
        }
        if (dictionary.maxKeyLength() > 0) {
            maxMatch(s, start, end, words);
        } else {
            icuWords(s, start, end, words);
        }
    }

    private void maxMatch(String s, int start, int end, List<String> out) {
        // characters that start no headword are kept as one-character words (the learned lexicon uses them)
        for (int k = start; k < end; ) {
            int len = dictionary.longestMatch(s, k, end);
            if (len <= 0) {
                len = Character.charCount(s.codePointAt(k));
            }
            out.add(table.get(s, k, k + len));
            k += len;
        }
    }

    private void icuWords(String s, int start, int end, List<String> out) {
        if (words == null) {
            words = BreakIterator.getWordInstance(ULocale.SIMPLIFIED_CHINESE);
        }
        String run = s.substring(start, end);
        words.setText(run);
        int a = words.first();
        for (int b = words.next(); b != BreakIterator.DONE; a = b, b = words.next()) {
            out.add(run.substring(a, b));
        }
    }
}
