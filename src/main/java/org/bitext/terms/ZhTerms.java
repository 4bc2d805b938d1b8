package org.bitext.terms;

import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.text.Normalizer2;
import com.ibm.icu.util.ULocale;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bitext.text.Scripts;
import org.bitext.text.WordList;

/**
 * Chinese term candidates of one text: n-grams of ICU dictionary words inside runs of Han characters that
 * neither start nor end with a function word ({@link org.bitext.text.WordList#ZH_TERM_EDGE_FUNCTION_WORDS}), plus whole 《…》 titles.
 * ICU's break iterator is used rather than smartcn because it is fast enough for whole-corpus runs and
 * keeps offsets simple.
 */
final class ZhTerms {

    /** Longest candidate in words and in characters; longer terms come only from definitions. */
    static final int MAX_WORDS = 6;
    static final int MAX_CHARS = 12;
    private static final Set<String> COORDINATORS = Set.of("和", "与", "及");
    private static final Pattern TITLE = Pattern.compile("《([^《》\\n]{2,30})》");

    private static final class Holder {
        static final Set<String> FUNCTION = WordList.ZH_TERM_EDGE_FUNCTION_WORDS.words();
        static final Set<String> PREFIX = GeneralLanguage.PREFIXES;
    }

    private final BreakIterator words = BreakIterator.getWordInstance(ULocale.ROOT);

    /** NFKC (full-width brackets and digits become ASCII, as the definitions finder expects). */
    static String normalize(String zh) {
        return Normalizer2.getNFKCInstance().normalize(zh);
    }

    /** A term without the title brackets 《》 it is quoted with in running text (《不扩散条约》 gives 不扩散条约). */
    static String stripTitle(String term) {
        return term.length() > 2 && term.startsWith("《") && term.endsWith("》")
                && term.indexOf('《', 1) < 0 ? term.substring(1, term.length() - 1) : term;
    }

    /** Receives one candidate occurrence with hashes of its neighbour words, 0 for a boundary. */
    interface Sink {
        void accept(String term, int left, int right);
    }

    /** True when the break iterator sees {@code term} as one dictionary word (国家, 支持; not 核武器国家). */
    boolean isOneWord(String term) {
        words.setText(term);
        int first = words.first();
        int next = words.next();
        return first == 0 && next == term.length();
    }

    /** Distinct candidates of a normalized text, in order of first occurrence. */
    Set<String> candidates(String text) {
        Set<String> out = new LinkedHashSet<>();
        candidates(text, (term, left, right) -> out.add(term));
        return out;
    }

    /** Every candidate occurrence of a normalized text, with its neighbours. */
    void candidates(String text, Sink out) {
        List<String> run = new ArrayList<>();
        words.setText(text);
        int start = words.first();
        for (int end = words.next(); end != BreakIterator.DONE; start = end, end = words.next()) {
            String token = text.substring(start, end);
            if (allHan(token)) {
                run.add(token);
            } else {
                addNgrams(run, out);
                run.clear();
            }
        }
        addNgrams(run, out);
        Matcher m = TITLE.matcher(text);
        while (m.find()) {
            out.accept(m.group(1), 0, 0);
        }
    }

    private static int neighbour(List<String> run, boolean[] function, int i) {
        if (i < 0 || i >= run.size() || function[i]) {
            return 0;
        }
        int h = run.get(i).hashCode();
        return h == 0 ? 1 : h;
    }

    private static void addNgrams(List<String> run, Sink out) {
        // What the word lists say of each word, looked up once (each word is in up to MAX_WORDS n-grams).
        int n = run.size();
        boolean[] function = new boolean[n];
        boolean[] prefix = new boolean[n];
        boolean[] coordinator = new boolean[n];
        for (int k = 0; k < n; k++) {
            String w = run.get(k);
            function[k] = Holder.FUNCTION.contains(w);
            prefix[k] = Holder.PREFIX.contains(w);
            coordinator[k] = function[k] && COORDINATORS.contains(w);
        }
        for (int i = 0; i < n; i++) {
            if (function[i] || i > 0 && prefix[i - 1]) {
                continue;
            }
            StringBuilder sb = new StringBuilder();
            for (int j = i; j < n && j - i < MAX_WORDS; j++) {
                if (j > i && function[j] && !coordinator[j]) {
                    // Only coordination may stand inside a term (不扩散和裁军倡议); 的, 在, 对 … mark phrases.
                    break;
                }
                sb.append(run.get(j));
                if (sb.length() > MAX_CHARS) {
                    break;
                }
                if (sb.length() >= 2 && !function[j] && !prefix[j]) {
                    out.accept(sb.toString(), neighbour(run, function, i - 1), neighbour(run, function, j + 1));
                }
            }
        }
    }

    private static boolean allHan(String token) {
        if (token.isEmpty()) {
            return false;
        }
        for (int i = 0; i < token.length(); ) {
            int c = token.codePointAt(i);
            if (!Scripts.isHan(c)) {
                return false;
            }
            i += Character.charCount(c);
        }
        return true;
    }
}
