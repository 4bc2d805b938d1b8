package org.bitext;

/**
 * The one facade over bitext's stages (text, segment, align, index, terms, search). The command line and
 * the web page are thin adapters over it and hold no logic of their own.
 */
public final class Bitext {

    // --- text + segment -------------------------------------------------------------------------

    /**
     * Loads (decoding and normalising line ends) and segments a document: front matter, numbered
     * paragraphs and sentences as spans into the cleaned text. The language is detected by script when
     * null, the encoding when null. Bad input is a {@link org.bitext.text.BadInputException}.
     */
    public static org.bitext.segment.Document segment(java.nio.file.Path file,
            org.bitext.text.Language langOrNullForAuto, java.nio.charset.Charset encodingOrNull) {
        return org.bitext.segment.Segmenter.segment(file, langOrNullForAuto, encodingOrNull);
    }

    /** Measures segmentation throughput on a large input built from {@code corpusDir}'s documents. */
    public static org.bitext.segment.SegmentBench.Report benchSegment(java.nio.file.Path corpusDir, int megabytes) {
        return org.bitext.segment.SegmentBench.run(corpusDir, megabytes);
    }

    // --- align + format -------------------------------------------------------------------------

    // --- index + search -------------------------------------------------------------------------

    // --- terms ----------------------------------------------------------------------------------
}
