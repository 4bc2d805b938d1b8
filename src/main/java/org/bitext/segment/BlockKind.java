package org.bitext.segment;

/**
 * What a front-matter block is. The aligner pairs blocks of the same kind across languages; the header
 * block (symbol, organ, date) is recognised so that it is not mistaken for body text, and is not aligned.
 */
public enum BlockKind {
    /** The title of a covering letter ("Letter dated ... addressed to ..."). */
    LETTER_TITLE,
    /** One paragraph of a covering letter. */
    LETTER,
    /** A signature block (name, function, "(Signed)"), its lines joined by single spaces. */
    SIGNATURE,
    /** The document header: symbol, organ, date (language lines are furniture and removed). */
    HEADER,
    /** The title of the document proper. */
    TITLE,
    /** A place and date line ("Istanbul, 16 June 2012"). */
    PLACE_DATE,
    /** Any other front-matter block (an "Annex" line, a subtitle, a note). */
    OTHER
}
