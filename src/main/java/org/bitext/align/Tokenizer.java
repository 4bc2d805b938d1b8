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
    private final Translations dictionary;
    private BreakIterator words;

    Tokenizer(Translations dictionary) {
        this.dictionary = dictionary;
    }

    /** Tokens of one sentence: {@code weak} = content words (English) or words (Chinese). */
    record Tokens(List<String> weak, List<String> strong, List<String> latin) {
    }

    static String normalize(String s) {
        return NFKC.isNormalized(s) ? s : NFKC.normalize(s);
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
                toks.add(s.substring(k, e));
                k = e;
            } else {
                k++;
            }
        }
        if (s.indexOf('%') >= 0) {
            strong.add("%");
        }
        NumberWords number = new NumberWords(data.englishCardinals, strong);
        for (int k = 0; k < toks.size(); k++) {
            String tok = toks.get(k);
            if (Character.isDigit(tok.charAt(0)) || tok.indexOf('/') > 0) {
                number.flush();
            }
            if (strongToken(tok, strong)) {
                continue;
            }
            for (String part : letterRuns(tok)) {
                if (part.isEmpty()) {
                    continue;
                }
                String lower = part.toLowerCase(Locale.ROOT);
                if (number.accept(lower)) {
                    continue;
                }
                String month = data.englishMonths.get(lower);
                if (month != null && Character.isUpperCase(part.charAt(0))
                        && (isNumber(toks, k - 1) || isNumber(toks, k + 1))) {
                    strong.add("#" + month);
                    continue;
                }
                if ((lower.equals("percent") || lower.equals("cent")) && !strong.contains("%")) {
                    strong.add("%");
                }
                if (data.englishStopWords.contains(lower)) {
                    continue;
                }
                String num = data.englishNumbers.get(lower);
                if (num != null) {
                    strong.add("#" + num);
                    continue;
                }
                if (part.length() >= 2 && allUpper(part)) {
                    strong.add("^" + lower);
                }
                if (lower.length() >= 2) {
                    weak.add(englishKey(lower));
                }
            }
        }
        number.flush();
        return new Tokens(weak, strong, List.of());
    }

    /** Letters and digits of alphabetic scripts (not Han): what Latin words, numbers and symbols are made of. */
    private static boolean isWordChar(char c) {
        return c < 0x3000 ? Character.isLetterOrDigit(c) || (c >= 0x300 && c < 0x370)
                : Character.isLetterOrDigit(c) && Character.UnicodeScript.of(c) != Character.UnicodeScript.HAN
                        && c > 0xFF00;
    }

    /**
     * End of the token starting at {@code k}: word characters, joined by / . , ' ’ - when a word character
     * follows ("CD/1937", "1,000", "non-proliferation"). A hand scan because this runs on every character.
     */
    private static int tokenEnd(String s, int k) {
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

    /** The runs of letters of a token ("non-proliferation" -> non, proliferation); no regex: hot path. */
    private static List<String> letterRuns(String tok) {
        int start = -1;
        List<String> out = new ArrayList<>(2);
        for (int k = 0; k <= tok.length(); k++) {
            boolean letter = k < tok.length() && Character.isLetter(tok.charAt(k));
            if (letter && start < 0) {
                start = k;
            } else if (!letter && start >= 0) {
                out.add(k - start == tok.length() ? tok : tok.substring(start, k));
                start = -1;
            }
        }
        return out;
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
        if (Character.isDigit(tok.charAt(0)) && NUMBER.matcher(tok).matches()) {
            strong.add("#" + number(tok));
            return true;
        }
        boolean digit = false;
        for (int k = 0; k < tok.length() && !digit; k++) {
            digit = Character.isDigit(tok.charAt(k));
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
            if (isHan(c)) {
                int e = k;
                while (e < n && isHan(s.charAt(e))) {
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

    private static boolean isHan(char c) {
        return c >= 0x2E80 && (c < 0xA000 ? c >= 0x3400 || c == 0x3007 : Character.isSurrogate(c)
                || (c >= 0xF900 && c < 0xFB00));
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
            out.add(s.substring(k, k + len));
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
