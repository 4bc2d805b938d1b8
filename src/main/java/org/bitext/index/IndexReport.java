package org.bitext.index;

import java.util.List;

/**
 * What one {@code bitext index} run did. {@code committed} is false when the corpus was unchanged and the
 * run wrote nothing.
 *
 * @param sources   sources found in the corpus
 * @param added     new sources indexed
 * @param updated   changed sources re-indexed (their old units replaced)
 * @param deleted   sources gone from the corpus whose units were deleted
 * @param unchanged sources skipped because their content hash matched
 * @param units     units written in this run
 * @param errors    one line per source that could not be indexed (bad input), naming the file
 * @param warnings  one line per other problem (unpaired files and the like)
 * @param committed whether a new commit was written
 * @param millis    wall-clock duration of the run
 */
public record IndexReport(int sources, int added, int updated, int deleted, int unchanged, long units,
                          List<String> errors, List<String> warnings, boolean committed, long millis) {
    public IndexReport {
        errors = List.copyOf(errors);
        warnings = List.copyOf(warnings);
        if (sources < 0 || added < 0 || updated < 0 || deleted < 0 || unchanged < 0 || units < 0) {
            throw new IllegalArgumentException("counts must be >= 0: sources=" + sources + " added=" + added
                    + " updated=" + updated + " deleted=" + deleted + " unchanged=" + unchanged + " units=" + units);
        }
    }

    /** One-line human summary. */
    public String summary() {
        return String.format(java.util.Locale.ROOT,
                "%d sources: %d added, %d updated, %d deleted, %d unchanged; %d units written%s in %.1f s%s",
                sources, added, updated, deleted, unchanged, units, committed ? "" : " (nothing to commit)",
                millis / 1000.0, errors.isEmpty() ? "" : "; " + errors.size() + " failed");
    }
}
