package org.bitext.align;

import java.util.List;

/**
 * Combines a run of English cardinal number words into the number it names, as the Chinese side writes it
 * in one numeral: "an hundred and twenty" is 120 (一百二十), "twenty-five" 25, "two thousand and twelve" 2012,
 * "seven and twenty" 27. One instance per sentence; words are fed in order, any other word ends the run.
 */
final class NumberWords {

    private final List<String> out;
    private long total;
    private long current;
    private boolean active;

    NumberWords(List<String> out) {
        this.out = out;
    }

    /**
     * Takes the next word, given as its cardinal value (null if it is none) and whether it is "and": true when
     * it is part of a number run ("and" inside a run too); otherwise the run so far, if any, is emitted as
     * {@code #value} and the word is left to the caller.
     */
    boolean accept(Long v, boolean and) {
        if (v == null) {
            if (active && and) {
                return true;
            }
            flush();
            return false;
        }
        if (v == 100) {
            current = Math.max(current, 1) * 100;
        } else if (v >= 1000) {
            total += Math.max(current, 1) * v;
            current = 0;
        } else {
            current += v;
        }
        active = true;
        return true;
    }

    /** Emits the pending run, if any. */
    void flush() {
        if (active) {
            out.add("#" + (total + current));
            total = 0;
            current = 0;
            active = false;
        }
    }
}
