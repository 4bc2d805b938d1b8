package org.bitext.lexicon;

import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.bitext.text.Scripts;

/**
 * Cleans one CC-CEDICT gloss for use as translation evidence: drops pinyin, classifiers, pronunciation
 * notes, surnames and labels such as "(literary)", and recognises glosses that only point to another entry
 * ("variant of 着[zhe5]", "abbr. for …"), which the builder resolves to that entry's glosses.
 */
final class CedictGloss {

    /** A Chinese reference: {@code 繁|简[pin1 yin1]}, {@code 简[pin1]} or just {@code 简}. */
    private static final String REF = "([^\\s\\[\\],;|()]+)(?:\\|([^\\s\\[\\],;|()]+))?(?:\\[([^\\]]*)\\])?";

    /** Glosses that mean "same as the entry referred to": resolved to that entry's glosses. */
    private static final Pattern SAME_AS = Pattern.compile("^(?:(?:old|archaic|ancient|erhua|japanese|korean"
            + "|taiwan|erroneous|unofficial|non-standard|obscure|dialectal|literary|variant)\\s+)*"
            + "(?:variant|form|equivalent|version) of\\s+" + REF
            + "|^(?:abbr\\.? (?:for|of|to)|same as|also written|now written|another name for"
            + "|used erroneously for|erhua form of|also called)\\s+" + REF, Pattern.CASE_INSENSITIVE);

    /**
     * Glosses that carry no translation: cross-references, pronunciation notes, surnames, radicals,
     * classifiers and descriptions of grammatical function.
     */
    private static final Pattern NOISE = Pattern.compile("^(?:see(?: also)?\\s|cf\\.?\\s|used in\\s"
            + "|taiwan pr\\.|also pr\\.|pr\\.\\s|surname\\s|kangxi radical|cl:|classifier\\b|measure word\\b"
            + "|\\(?used as phonetic|used (?:to|before|after|at|for|with|as)\\s)|radical in chinese characters"
            // grammatical descriptions ("structural particle: …"), not translations
            + "|\\bparticle\\b", Pattern.CASE_INSENSITIVE);

    private static final Pattern PINYIN = Pattern.compile("\\[[^\\]]*\\]");
    private static final Pattern LABEL_PREFIX = Pattern.compile("^(?:lit\\.|fig\\.|i\\.e\\.|esp\\.|abbr\\. (?:for|of|to))\\s*",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern ACRONYM = Pattern.compile("[A-Z][A-Z0-9&.\\-]*[A-Z0-9]");
    private static final Pattern SPACES = Pattern.compile("\\s+");

    private CedictGloss() {
    }

    /** A reference to another entry: its Simplified headword and pinyin (null when none was given). */
    record Ref(String simplified, String pinyin) {
    }

    /** The entry this gloss merely points to, or null when the gloss has content of its own. */
    static Ref reference(String gloss) {
        Matcher m = SAME_AS.matcher(gloss.strip());
        if (!m.find()) {
            return null;
        }
        int base = m.group(1) != null ? 1 : 4;
        String first = m.group(base);
        String second = m.group(base + 1);
        String pinyin = m.group(base + 2);
        String simplified = second != null ? second : first;
        if (!Scripts.hasHan(simplified)) {
            return null;
        }
        return new Ref(simplified, pinyin == null ? null : pinyin.strip().toLowerCase(Locale.ROOT));
    }

    /**
     * The gloss without pinyin, Chinese cross-references, parenthesised labels (acronyms inside parentheses,
     * such as "(NPT)", are kept) and leading "lit."/"fig."; lower case; empty when nothing useful is left.
     */
    static String clean(String gloss) {
        String g = gloss.strip();
        if (g.isEmpty() || NOISE.matcher(g).find() || reference(g) != null) {
            return "";
        }
        g = PINYIN.matcher(g).replaceAll("");
        g = removeParentheses(g);
        StringBuilder sb = new StringBuilder();
        for (String token : SPACES.split(g)) {
            // Chinese words and 繁|简 references inside a gloss are cross-references, not translations.
            if (token.indexOf('|') >= 0 || Scripts.hasHan(token)) {
                continue;
            }
            if (!sb.isEmpty()) {
                sb.append(' ');
            }
            sb.append(token);
        }
        g = LABEL_PREFIX.matcher(sb.toString()).replaceFirst("");
        if (NOISE.matcher(g).find()) {
            return ""; // noise behind a label: "(coll.) used to indicate …"
        }
        g = g.replaceAll("^[\\s,;:.~=]+|[\\s,;:~]+$", "").replace(" ,", ",");
        return EnglishWords.tokens(g).isEmpty() ? "" : g.toLowerCase(Locale.ROOT);
    }

    /** Removes (possibly nested) parenthesised text, keeping acronyms such as "(NPT)" without parentheses. */
    private static String removeParentheses(String g) {
        StringBuilder out = new StringBuilder();
        int depth = 0;
        int start = -1;
        for (int i = 0; i < g.length(); i++) {
            char c = g.charAt(i);
            if (c == '(' || c == '（') {
                if (depth++ == 0) {
                    start = i + 1;
                }
            } else if ((c == ')' || c == '）') && depth > 0) {
                if (--depth == 0) {
                    String inside = g.substring(start, i).strip();
                    if (ACRONYM.matcher(inside).matches() && inside.length() <= 10) {
                        out.append(inside);
                    }
                }
            } else if (depth == 0) {
                out.append(c);
            }
        }
        return out.toString();
    }
}
