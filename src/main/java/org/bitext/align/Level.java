package org.bitext.align;

import java.util.Locale;

/** Granularity of an aligned unit. */
public enum Level {
    SENTENCE, PARAGRAPH;

    public String code() {
        return name().toLowerCase(Locale.ROOT);
    }

    public static Level parse(String s) {
        return valueOf(s.trim().toUpperCase(Locale.ROOT));
    }
}
