package org.bitext.index;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.bitext.text.BadInputException;
import org.bitext.text.Language;
import org.bitext.text.Scripts;

/**
 * The concordance query language, as translators know it from web search: words and Chinese strings are
 * ANDed, {@code "a phrase"} (also “…” and 「…」) matches exactly, {@code -word} excludes, {@code a OR b}
 * accepts either, {@code word*} matches a prefix. Each clause's language is decided by its script.
 */
final class QuerySyntax {

    /**
     * One searchable piece of the query.
     *
     * @param text     the clause text without quotes, minus sign or trailing star
     * @param quoted   written in quotes (exact phrase)
     * @param prefix   written with a trailing {@code *}
     * @param language by script: ZH when it holds a Han character, EN otherwise
     */
    public record Clause(String text, boolean quoted, boolean prefix, Language language) {
        public Clause {
            Objects.requireNonNull(text, "text");
            Objects.requireNonNull(language, "language");
            if (text.isBlank()) {
                throw new IllegalArgumentException("clause text must not be blank");
            }
        }
    }

    /**
     * A parsed query: every group must match (a group of several clauses is an OR), no excluded clause may.
     */
    public record Parsed(List<List<Clause>> groups, List<Clause> excluded) {
        public Parsed {
            groups = groups.stream().map(List::copyOf).toList();
            excluded = List.copyOf(excluded);
        }

        /** True when a positive clause is a quoted phrase. */
        public boolean hasQuoted() {
            return positive().stream().anyMatch(Clause::quoted);
        }

        /** The same query with quoted phrases unquoted (stemmed phrase instead of exact). */
        public Parsed relaxed() {
            return new Parsed(groups.stream().map(g -> g.stream()
                    .map(c -> new Clause(c.text(), false, c.prefix(), c.language())).toList()).toList(), excluded);
        }

        /** The clauses that must or may match (not the excluded ones), in query order. */
        public List<Clause> positive() {
            return groups.stream().flatMap(List::stream).toList();
        }
    }

    private QuerySyntax() {
    }

    /** Parses {@code query}; a malformed query is a {@link BadInputException} with a one-line reason. */
    public static Parsed parse(String query) {
        Objects.requireNonNull(query, "query");
        if (query.length() > org.bitext.index.SearchRequest.MAX_QUERY_LENGTH) {
            throw bad("query is " + query.length() + " characters long; the limit is "
                    + SearchRequest.MAX_QUERY_LENGTH);
        }
        List<String> tokens = tokenize(query);
        if (tokens.isEmpty()) {
            throw bad("empty query");
        }
        List<List<Clause>> groups = new ArrayList<>();
        List<Clause> excluded = new ArrayList<>();
        boolean pendingOr = false;
        boolean sawWordless = false;
        for (int i = 0; i < tokens.size(); i++) {
            String t = tokens.get(i);
            if (t.equals("OR")) {
                if (groups.isEmpty() || pendingOr || i == tokens.size() - 1) {
                    throw bad("'OR' needs a term on each side");
                }
                pendingOr = true;
                continue;
            }
            boolean negated = t.length() > 1 && t.charAt(0) == '-' && t.charAt(1) != '-';
            String body = negated ? t.substring(1) : t;
            Clause c = clause(body);
            if (c == null) {
                sawWordless = true;
                if (pendingOr) {
                    throw bad("'OR' needs a term on each side");
                }
                continue;
            }
            if (negated) {
                if (pendingOr || (i + 1 < tokens.size() && tokens.get(i + 1).equals("OR"))) {
                    throw bad("an excluded term (-" + c.text() + ") cannot be part of an OR");
                }
                excluded.add(c);
            } else if (pendingOr) {
                groups.get(groups.size() - 1).add(c);
                pendingOr = false;
            } else {
                List<Clause> g = new ArrayList<>();
                g.add(c);
                groups.add(g);
            }
        }
        if (groups.isEmpty()) {
            if (!excluded.isEmpty()) {
                throw bad("the query only excludes terms; add a term to search for");
            }
            throw bad("the query '" + query.strip() + "' has no words to search for"
                    + (sawWordless ? " (only punctuation)" : ""));
        }
        return new Parsed(groups, excluded);
    }

    /** Which language a piece of text is in, by script; null when it has no letters or digits. */
    public static Language languageOf(String s) {
        boolean word = false;
        for (int i = 0; i < s.length(); ) {
            int cp = s.codePointAt(i);
            if (Scripts.isHan(cp)) {
                return Language.ZH;
            }
            if (Character.isLetterOrDigit(cp)) {
                word = true;
            }
            i += Character.charCount(cp);
        }
        return word ? Language.EN : null;
    }

    private static Clause clause(String body) {
        boolean quoted = body.length() >= 2 && isOpenQuote(body.charAt(0));
        String text = quoted ? body.substring(1, body.length() - 1) : body;
        boolean prefix = false;
        if (!quoted && text.endsWith("*")) {
            prefix = true;
            text = text.substring(0, text.length() - 1);
            if (text.endsWith("*")) {
                throw bad("'" + body + "': only one trailing * is allowed");
            }
        }
        if (!quoted && text.indexOf('*') >= 0) {
            throw bad("'" + body + "': * is only allowed at the end of a word");
        }
        Language lang = languageOf(text);
        if (lang == null) {
            return null;
        }
        if (prefix && lang == Language.EN && text.codePointCount(0, text.length()) < 2) {
            throw bad("'" + body + "': a prefix needs at least two letters");
        }
        return new Clause(text.strip(), quoted, prefix, lang);
    }

    /** Splits on white space, keeping quoted stretches (with their quotes) as one token. */
    private static List<String> tokenize(String q) {
        List<String> out = new ArrayList<>();
        int i = 0;
        int n = q.length();
        while (i < n) {
            char c = q.charAt(i);
            if (Character.isWhitespace(c) || c == '\u3000') {
                i++;
                continue;
            }
            int start = i;
            boolean neg = c == '-' && i + 1 < n && isOpenQuote(q.charAt(i + 1));
            int qpos = neg ? i + 1 : i;
            if (isOpenQuote(q.charAt(qpos))) {
                char close = closeQuote(q.charAt(qpos));
                int end = q.indexOf(close, qpos + 1);
                if (end < 0) {
                    throw bad("unbalanced quote " + q.charAt(qpos) + " in the query");
                }
                out.add(q.substring(start, end + 1));
                i = end + 1;
                continue;
            }
            while (i < n && !Character.isWhitespace(q.charAt(i)) && q.charAt(i) != '\u3000'
                    && !isOpenQuote(q.charAt(i))) {
                if (isCloseOnlyQuote(q.charAt(i))) {
                    throw bad("unbalanced quote " + q.charAt(i) + " in the query");
                }
                i++;
            }
            out.add(q.substring(start, i));
        }
        return out;
    }

    private static boolean isOpenQuote(char c) {
        return c == '"' || c == '\u201C' || c == '\u300C';
    }

    private static boolean isCloseOnlyQuote(char c) {
        return c == '\u201D' || c == '\u300D';
    }

    private static char closeQuote(char open) {
        return switch (open) {
            case '\u201C' -> '\u201D';
            case '\u300C' -> '\u300D';
            default -> '"';
        };
    }

    private static BadInputException bad(String problem) {
        return new BadInputException(null, problem);
    }
}
