package org.bitext.align;

/**
 * Where the aligner gets its bilingual dictionary from (the bundled CC-CEDICT once available, plus a
 * user's glossary); one place so that the facade, CLI and tests agree.
 */
public final class AlignSupport {

    private AlignSupport() {
    }

    /** The default dictionary for alignment. */
    public static Translations dictionary() {
        return Translations.none();
    }
}
