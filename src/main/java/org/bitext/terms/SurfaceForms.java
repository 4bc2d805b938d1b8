package org.bitext.terms;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * The written forms of one English candidate key, as a mergeable state that yields its display form: among
 * the forms equal ignoring case to the earliest seen form, the one with fewest capitals, ties to the
 * earliest (sentence-initial capitals give way to the lower-case variant of the same words). Forms are kept
 * per case class (one {@link Form} each), so that partial states merge in any order to the same result.
 * "Earliest" is by {@code seq}: the unit's ordinal times 2<sup>16</sup> plus the occurrence's position in it.
 *
 * @param forms one entry per case class, at most a handful (singular and plural, hyphenation)
 */
public record SurfaceForms(List<Form> forms) implements Serializable {

    /**
     * One case class of forms.
     *
     * @param classSeq earliest occurrence of any form of the class
     * @param text     the best form: fewest capitals, then earliest
     * @param capitals its number of capital letters
     * @param seq      its earliest occurrence
     */
    public record Form(long classSeq, String text, int capitals, long seq) implements Serializable {
        public Form {
            Objects.requireNonNull(text, "text");
            if (seq < classSeq) {
                throw new IllegalArgumentException("form seen at " + seq + " before its class at " + classSeq);
            }
        }

        boolean betterThan(Form o) {
            return capitals < o.capitals || capitals == o.capitals && seq < o.seq;
        }
    }

    public SurfaceForms {
        forms = List.copyOf(forms);
        if (forms.isEmpty()) {
            throw new IllegalArgumentException("forms must not be empty");
        }
    }

    /** The position key of occurrence {@code index} of unit {@code ordinal}. */
    public static long seq(long ordinal, int index) {
        return (ordinal << 16) | Math.min(index, 0xFFFF);
    }

    /** One form seen at {@code seq}. */
    public static SurfaceForms of(String text, long seq) {
        return new SurfaceForms(List.of(new Form(seq, text, capitals(text), seq)));
    }

    /** The display form. */
    public String display() {
        Form first = forms.get(0);
        for (Form f : forms) {
            if (f.classSeq() < first.classSeq()) {
                first = f;
            }
        }
        return first.text();
    }

    /** Both states together (associative and commutative). */
    public static SurfaceForms merge(SurfaceForms a, SurfaceForms b) {
        if (b.forms.size() == 1 && covers(a, b.forms.get(0))) {
            return a;
        }
        if (a.forms.size() == 1 && covers(b, a.forms.get(0))) {
            return b;
        }
        List<Form> out = new ArrayList<>(a.forms);
        boolean changed = false;
        for (Form f : b.forms) {
            int at = -1;
            for (int i = 0; i < out.size() && at < 0; i++) {
                if (out.get(i).text().equalsIgnoreCase(f.text())) {
                    at = i;
                }
            }
            if (at < 0) {
                out.add(f);
                changed = true;
            } else {
                Form g = out.get(at);
                Form best = f.betterThan(g) ? f : g;
                long classSeq = Math.min(f.classSeq(), g.classSeq());
                if (best != g || classSeq != g.classSeq()) {
                    out.set(at, new Form(classSeq, best.text(), best.capitals(), best.seq()));
                    changed = true;
                }
            }
        }
        if (!changed) {
            return a;
        }
        // A canonical order, so that equal states are equal records whatever the merge order.
        out.sort(java.util.Comparator.comparingLong(Form::classSeq));
        return new SurfaceForms(out);
    }

    /** True when {@code a} already says all that {@code f} would add (same class, no better, not earlier). */
    private static boolean covers(SurfaceForms a, Form f) {
        for (Form g : a.forms) {
            if (g.text().equalsIgnoreCase(f.text())) {
                return !f.betterThan(g) && f.classSeq() >= g.classSeq();
            }
        }
        return false;
    }

    static int capitals(String s) {
        int n = 0;
        for (int i = 0; i < s.length(); ) {
            int c = s.codePointAt(i);
            if (Character.isUpperCase(c)) {
                n++;
            }
            i += Character.charCount(c);
        }
        return n;
    }
}
