package org.bitext.read;

import java.util.Arrays;

/**
 * The counters of one Word list (nine levels) and the rendering of a level's number text, shared by the
 * .docx and .doc readers: a paragraph at level {@code L} advances counter {@code L} (starting at the level's
 * start value) and restarts the deeper levels that restart after it; the level text ("%1.", "(%2)", "%1.%2")
 * is filled with the current counters, each in its own level's format (decimal when the level is "legal").
 */
final class ListCounters {

    /** One level's definition: start value, number format, level text, restart rule, legal numbering. */
    record Level(int start, String numFmt, String lvlText, int restartAfterOrMinus1, boolean legal, String suffix) {
    }

    static final int LEVELS = 9;

    private final int[] counters = new int[LEVELS];
    private final boolean[] used = new boolean[LEVELS];

    /** Forgets level {@code ilvl}'s count so that its next paragraph starts again at {@code start}. */
    void restart(int ilvl) {
        used[ilvl] = false;
    }

    /**
     * Advances level {@code ilvl} and returns the label Word shows, e.g. "2.", "(b)", "1.1". Deeper levels
     * restart unless their restart rule says otherwise (w:lvlRestart: restart only after a level at or above
     * the given one; 0: never).
     */
    String next(int ilvl, Level[] levels) {
        Level level = levels[ilvl];
        counters[ilvl] = used[ilvl] ? counters[ilvl] + 1 : level.start();
        used[ilvl] = true;
        for (int k = ilvl + 1; k < LEVELS; k++) {
            Level deeper = levels[k];
            int restartAfter = deeper == null ? -1 : deeper.restartAfterOrMinus1();
            // lvlRestart=n restarts level k after a paragraph at level n-1 (0-based) or above; absent means
            // after any level above k.
            if (restartAfter < 0 || ilvl < restartAfter) {
                used[k] = false;
            }
        }
        return render(ilvl, levels);
    }

    private String render(int ilvl, Level[] levels) {
        String text = levels[ilvl].lvlText();
        if (text == null) {
            return "";
        }
        StringBuilder b = new StringBuilder(text.length() + 4);
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '%' && i + 1 < text.length() && text.charAt(i + 1) >= '1' && text.charAt(i + 1) <= '9') {
                int k = text.charAt(i + 1) - '1';
                Level shown = levels[k];
                int value = used[k] ? counters[k] : shown == null ? 1 : shown.start();
                String fmt = shown == null ? "decimal" : shown.numFmt();
                // A legal-numbering level shows every level's number in decimal ("1.1", not "I.a").
                b.append(NumberFormats.format(value, levels[ilvl].legal() ? "decimal" : fmt));
                i++;
            } else {
                b.append(c);
            }
        }
        return b.toString();
    }

    @Override
    public String toString() {
        return Arrays.toString(counters);
    }
}
