package org.bitext.index;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.commons.text.diff.CommandVisitor;
import org.apache.commons.text.diff.StringsComparator;
import org.apache.commons.text.similarity.LevenshteinDistance;
import org.bitext.align.AlignedPair;
import org.bitext.align.Placeables;
import org.bitext.text.Language;
import org.bitext.text.Span;

/**
 * Scores stored units against one query as CAT tools do: edit distance over tokens (words for English,
 * characters for Chinese; see {@link TmText}), normalised to 0–100 by the longer side, then small charges for
 * what the distance does not see: each placeable with another value, case or width, punctuation and spacing.
 * Only an identical source scores 100.
 *
 * <p>Commons Text measures both steps over strings, so each distinct token key is mapped to one char (all
 * chars but surrogates: 63,000 symbols) and the tokens become strings: {@link LevenshteinDistance} with a
 * threshold gives the distance and stops early on hopeless candidates; {@link StringsComparator} (Myers'
 * diff) gives the edit script that the marked differences and the placeable correspondence come from (the
 * Levenshtein classes report counts only, no alignment). Not thread-safe: one per lookup.
 */
final class TmScorer {

    /** What a placeable with another value costs, in percentage points. */
    static final double PLACEABLE_COST = 1.0;
    /** What differences of case or width cost, and those of punctuation or spacing, once each. */
    static final double SURFACE_COST = 1.0;
    private static final int MAX_SYMBOLS = 60_000;

    private final TmText query;
    private final int min;
    private final Map<String, Character> symbols = new HashMap<>();
    private String queryCodes;
    private final String querySkeleton;

    TmScorer(TmText query, int min) {
        this.query = query;
        this.min = min;
        this.queryCodes = encode(query);
        this.querySkeleton = skeleton(query);
    }

    /** The match of {@code unit}, or null when it scores below the minimum (or has no tokens). */
    TmMatch score(AlignedPair unit) {
        String sourceText = query.language == Language.ZH ? unit.zh() : unit.en();
        TmText source = TmText.of(sourceText, query.language);
        int n = Math.max(source.size(), query.size());
        if (source.size() == 0 || n == 0) {
            return null;
        }
        if (symbols.size() > MAX_SYMBOLS) {
            symbols.clear();
            queryCodes = encode(query);
        }
        String sourceCodes = encode(source);
        int threshold = n * (100 - min) / 100;
        int d = new LevenshteinDistance(threshold).apply(sourceCodes, queryCodes);
        if (d < 0) {
            return null;
        }
        List<int[]> ops = script(sourceCodes, queryCodes);
        boolean identical = sourceText.strip().equals(query.text.strip());
        int placeables = 0;
        boolean caseOrWidth = false;
        for (int[] op : ops) {
            if (op[0] == KEEP) {
                String a = source.raw(op[1]);
                String b = query.raw(op[2]);
                if (!a.equals(b)) {
                    if (source.tokens.get(op[1]).placeable() && !TmText.fold(a).equals(TmText.fold(b))) {
                        placeables++;
                    } else {
                        caseOrWidth = true;
                    }
                }
            }
        }
        double score = 100.0 * (n - d) / n - placeables * PLACEABLE_COST - (caseOrWidth ? SURFACE_COST : 0);
        boolean punctuation = !skeleton(source).equals(querySkeleton);
        if (punctuation || !identical && score >= 100) {
            score -= SURFACE_COST; // punctuation, or spacing only
        }
        score = identical ? 100 : Math.min(score, 99.0);
        if (score < min) {
            return null;
        }
        String translation = query.language == Language.ZH ? unit.en() : unit.zh();
        return new TmMatch((int) Math.floor(Math.max(0, score)), score, unit, query.language,
                diff(ops, source), adapt(ops, source, translation));
    }

    private static final int KEEP = 0;
    private static final int DELETE = 1;
    private static final int INSERT = 2;

    /** Myers' edit script as {op, source index, query index} triples (source = left, query = right). */
    private static List<int[]> script(String sourceCodes, String queryCodes) {
        List<int[]> ops = new ArrayList<>();
        new StringsComparator(sourceCodes, queryCodes).getScript().visit(new CommandVisitor<>() {
            int i;
            int j;

            @Override
            public void visitKeepCommand(Character c) {
                ops.add(new int[] {KEEP, i++, j++});
            }

            @Override
            public void visitDeleteCommand(Character c) {
                ops.add(new int[] {DELETE, i++, j});
            }

            @Override
            public void visitInsertCommand(Character c) {
                ops.add(new int[] {INSERT, i, j++});
            }
        });
        return ops;
    }

    /** The parts of the difference: runs of kept tokens, and each run of edits as one change. */
    private List<DiffPart> diff(List<int[]> ops, TmText source) {
        List<DiffPart> out = new ArrayList<>();
        int k = 0;
        while (k < ops.size()) {
            int[] op = ops.get(k);
            if (op[0] == KEEP) {
                Span s = source.tokens.get(op[1]).span();
                Span q = query.tokens.get(op[2]).span();
                boolean placeable = source.tokens.get(op[1]).placeable()
                        && !TmText.fold(s.of(source.text)).equals(TmText.fold(q.of(query.text)));
                DiffPart last = out.isEmpty() ? null : out.get(out.size() - 1);
                if (placeable) {
                    out.add(new DiffPart(DiffPart.Kind.PLACEABLE, s, q));
                } else if (last != null && last.kind() == DiffPart.Kind.EQUAL) {
                    out.set(out.size() - 1, new DiffPart(DiffPart.Kind.EQUAL, new Span(last.source().start(), s.end()),
                            new Span(last.query().start(), q.end())));
                } else {
                    out.add(new DiffPart(DiffPart.Kind.EQUAL, s, q));
                }
                k++;
                continue;
            }
            Span del = null;
            Span ins = null;
            for (; k < ops.size() && ops.get(k)[0] != KEEP; k++) {
                int[] e = ops.get(k);
                if (e[0] == DELETE) {
                    Span s = source.tokens.get(e[1]).span();
                    del = del == null ? s : new Span(del.start(), s.end());
                } else {
                    Span q = query.tokens.get(e[2]).span();
                    ins = ins == null ? q : new Span(ins.start(), q.end());
                }
            }
            DiffPart.Kind kind = del != null && ins != null ? DiffPart.Kind.CHANGED
                    : del != null ? DiffPart.Kind.DELETED : DiffPart.Kind.INSERTED;
            out.add(new DiffPart(kind, del, ins));
        }
        return out;
    }

    /**
     * The translation with each placeable that differs replaced by the query's value, where the
     * correspondence is clear: the source's value occurs exactly once in the translation as a whole token
     * ({@code 66/44} in {@code 第66/44号决议}). Null when no placeable differs.
     */
    private TmMatch.Adaptation adapt(List<int[]> ops, TmText source, String translation) {
        Map<String, String> swaps = new HashMap<>();
        int conflicts = 0;
        for (int[] op : ops) {
            if (op[0] != KEEP || !source.tokens.get(op[1]).placeable()) {
                continue;
            }
            String from = TmText.fold(source.raw(op[1]));
            String to = query.raw(op[2]);
            if (from.equals(TmText.fold(to))) {
                continue;
            }
            String before = swaps.putIfAbsent(from, to);
            if (before != null && !before.equals(to)) {
                conflicts++; // one value becoming two: which occurrence is which is not clear
                swaps.put(from, null);
            }
        }
        if (swaps.isEmpty()) {
            return null;
        }
        List<Placeables.Token> tokens = Placeables.tokens(translation);
        Map<String, List<Span>> where = new HashMap<>();
        for (Placeables.Token t : tokens) {
            String key = TmText.fold(t.span().of(translation));
            if (swaps.containsKey(key)) {
                where.computeIfAbsent(key, x -> new ArrayList<>()).add(t.span());
            }
        }
        List<Span> replace = new ArrayList<>();
        List<String> with = new ArrayList<>();
        int notCarried = conflicts;
        for (Map.Entry<String, String> e : swaps.entrySet()) {
            List<Span> at = where.getOrDefault(e.getKey(), List.of());
            if (e.getValue() != null && at.size() == 1) {
                replace.add(at.get(0));
                with.add(e.getValue());
            } else if (e.getValue() != null) {
                notCarried++;
            }
        }
        Integer[] order = new Integer[replace.size()];
        for (int i = 0; i < order.length; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (a, b) -> replace.get(a).compareTo(replace.get(b)));
        StringBuilder out = new StringBuilder();
        List<Span> adapted = new ArrayList<>();
        int at = 0;
        for (int i : order) {
            Span s = replace.get(i);
            out.append(translation, at, s.start());
            int start = out.length();
            out.append(with.get(i));
            adapted.add(new Span(start, out.length()));
            at = s.end();
        }
        out.append(translation, at, translation.length());
        return new TmMatch.Adaptation(out.toString(), adapted, notCarried);
    }

    /** The tokens as a string of one char per distinct key (surrogates skipped: they are no symbols). */
    private String encode(TmText t) {
        char[] out = new char[t.size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = symbols.computeIfAbsent(t.keys[i], k -> {
                int c = symbols.size() + 1;
                return (char) (c < Character.MIN_SURROGATE ? c : c + (Character.MAX_SURROGATE - Character.MIN_SURROGATE + 1));
            });
        }
        return new String(out);
    }

    /** What is between the tokens, without spaces: the punctuation, folded. */
    private static String skeleton(TmText t) {
        StringBuilder b = new StringBuilder();
        int at = 0;
        for (Placeables.Token tok : t.tokens) {
            appendPunctuation(b, t.text, at, tok.span().start());
            at = tok.span().end();
        }
        appendPunctuation(b, t.text, at, t.text.length());
        return TmText.fold(b.toString());
    }

    private static void appendPunctuation(StringBuilder b, String s, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = s.charAt(i);
            if (!Character.isWhitespace(c) && !Character.isSpaceChar(c)) {
                b.append(c);
            }
        }
    }
}
