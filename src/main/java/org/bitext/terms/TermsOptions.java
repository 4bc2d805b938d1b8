package org.bitext.terms;

import java.nio.file.Path;

/**
 * What {@code bitext terms} was asked to do.
 *
 * @param corpusDir       folder of document pairs to align on the fly, or null when reading an index
 * @param indexDir        index folder: read units from it (when {@code corpusDir} is null) and store
 *                        {@value TermTable#FILE_NAME} in it
 * @param output          output file (.csv, .tsv or .tbx), or null for none
 * @param minFreq         minimum number of units for a term and for a pair
 * @param top             keep only the first N pairs (0 = all)
 * @param glossary        user glossary TSV, or null
 * @param confidenceFloor units with a lower bead confidence are left out
 * @param memory          heap budget of the job in bytes (see {@link LocalRunner}); spill files keep the rest
 * @param workDir         folder for the job's spill folder, or null for the system temp folder
 */
public record TermsOptions(Path corpusDir, Path indexDir, Path output, int minFreq, int top, Path glossary,
                           double confidenceFloor, long memory, Path workDir) {

    /** Options with the default memory budget (2 GB) and spill files in the system temp folder. */
    public TermsOptions(Path corpusDir, Path indexDir, Path output, int minFreq, int top, Path glossary,
                        double confidenceFloor) {
        this(corpusDir, indexDir, output, minFreq, top, glossary, confidenceFloor, LocalRunner.Budget.DEFAULT_BYTES,
                null);
    }

    /** Default bead confidence below which a unit is not used as evidence. */
    public static final double DEFAULT_CONFIDENCE_FLOOR = 0.5;

    /**
     * Options of a job whose units come from elsewhere (an export, on Spark): no corpus and no index, so no
     * review decisions to apply and no term table to store; the output file is required.
     */
    public static TermsOptions forUnits(Path output, int minFreq, int top, Path glossary, double confidenceFloor) {
        java.util.Objects.requireNonNull(output, "output");
        return new TermsOptions(null, null, output, minFreq, top, glossary, confidenceFloor,
                LocalRunner.Budget.DEFAULT_BYTES, null);
    }

    /** Throws unless units can be read: a corpus folder or an index folder (the facade's own jobs). */
    public void requireSource() {
        if (corpusDir == null && indexDir == null) {
            throw new IllegalArgumentException("either a corpus folder or an index folder is needed");
        }
    }

    public TermsOptions {
        if (minFreq < 1) {
            throw new IllegalArgumentException("min-freq must be >= 1, was " + minFreq);
        }
        if (top < 0) {
            throw new IllegalArgumentException("top must be >= 0, was " + top);
        }
        if (!(confidenceFloor >= 0 && confidenceFloor <= 1)) {
            throw new IllegalArgumentException("confidence floor must be in [0,1], was " + confidenceFloor);
        }
        if (output != null) {
            format(output);
        }
        new LocalRunner.Budget(memory, workDir);
    }

    /** Output formats, chosen by file extension. */
    public enum Format { CSV, TSV, TBX }

    /** The format of an output file by its extension; anything else is an illegal argument. */
    public static Format format(Path output) {
        String name = output.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        if (name.endsWith(".csv")) {
            return Format.CSV;
        }
        if (name.endsWith(".tsv")) {
            return Format.TSV;
        }
        if (name.endsWith(".tbx")) {
            return Format.TBX;
        }
        throw new IllegalArgumentException("unknown output format '" + output.getFileName()
                + "' (use .csv, .tsv or .tbx)");
    }
}
