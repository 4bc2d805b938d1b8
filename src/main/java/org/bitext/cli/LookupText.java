package org.bitext.cli;

import java.io.PrintWriter;
import java.util.Locale;
import org.bitext.index.DiffPart;
import org.bitext.index.TmAnalysis;
import org.bitext.index.TmMatch;
import org.bitext.index.TmResult;
import org.bitext.text.Language;
import org.bitext.text.Span;

/**
 * Prints translation-memory matches for people: match %, where the unit is, the matched source with the
 * differences from the query marked as a word diff ({@code [-deleted-]{+inserted+}}, in colour on a
 * terminal), the stored translation, and the suggested one when placeables were carried over.
 */
final class LookupText extends PeopleText {

    private static final String DEL_ON = "\u001b[9;31m";
    private static final String INS_ON = "\u001b[1;32m";

    LookupText(PrintWriter out, boolean colour) {
        super(out, colour);
    }

    void print(TmResult r) {
        if (r.matches().isEmpty()) {
            out.println("No match: " + r.note() + ".");
            return;
        }
        for (TmMatch m : r.matches()) {
            String where = String.format(Locale.ROOT, "%3d%%  %s ¶%s.%d", m.percent(), m.unit().document(),
                    m.unit().paragraph(), m.unit().unit());
            out.println(dim(where));
            out.println("  source       " + diff(m, r.query()));
            out.println("  translation  " + m.translation());
            if (m.adaptation() != null) {
                TmMatch.Adaptation a = m.adaptation();
                StringBuilder b = new StringBuilder();
                int at = 0;
                for (Span s : a.adapted()) {
                    b.append(a.text(), at, s.start()).append(ins(s.of(a.text())));
                    at = s.end();
                }
                b.append(a.text().substring(at));
                out.println("  adapted      " + b + (a.notCarried() > 0
                        ? "  (" + a.notCarried() + " placeable(s) not carried over: check)" : ""));
            }
            out.println();
        }
    }

    /** The matched source with the query's differences marked. */
    String diff(TmMatch m, String query) {
        String src = m.source();
        String space = m.language() == Language.EN ? " " : "";
        StringBuilder b = new StringBuilder();
        int at = 0;
        for (DiffPart d : m.diff()) {
            switch (d.kind()) {
                case EQUAL -> {
                    b.append(src, at, d.source().end());
                    at = d.source().end();
                }
                case INSERTED -> b.append(space).append(ins(d.query().of(query)));
                case DELETED -> {
                    b.append(src, at, d.source().start()).append(del(d.source().of(src)));
                    at = d.source().end();
                }
                case CHANGED, PLACEABLE -> {
                    b.append(src, at, d.source().start()).append(del(d.source().of(src)))
                            .append(ins(d.query().of(query)));
                    at = d.source().end();
                }
                default -> throw new IllegalStateException(d.kind().toString());
            }
        }
        return b.append(src.substring(at)).toString();
    }

    private String del(String s) {
        return colour ? DEL_ON + s + OFF : "[-" + s + "-]";
    }

    private String ins(String s) {
        return colour ? INS_ON + s + OFF : "{+" + s + "+}";
    }

    /** The analysis table: segments and words per band, then the totals. */
    void printAnalysis(TmAnalysis a) {
        out.println(String.format(Locale.ROOT, "%-12s %9s %9s", "match", "segments", "words"));
        int segs = 0;
        int words = 0;
        for (TmAnalysis.BandCount c : a.bands()) {
            out.println(String.format(Locale.ROOT, "%-12s %9d %9d", c.band().label(), c.segments(), c.words()));
            segs += c.segments();
            words += c.words();
        }
        out.println(String.format(Locale.ROOT, "%-12s %9d %9d", "total", segs, words));
    }
}
