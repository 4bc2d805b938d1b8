package org.bitext.lexicon;

/** One source of entries inside a {@link Lexicon}: headword → glosses encoded as "gloss|gloss…". */
interface Layer {

    /** The encoded glosses of {@code key}, or null when it is no headword here. */
    String get(String key);

    /** True when {@code key} is a headword here. */
    boolean has(String key);

    /** Length in chars of the longest headword at text[from, to) starting at {@code from}; 0 when none. */
    int longestMatch(String text, int from, int to);

    /** Length in chars of the longest headword. */
    int maxKeyLength();

    /** Number of headwords. */
    int size();
}
