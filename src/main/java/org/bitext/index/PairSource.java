package org.bitext.index;

import java.util.List;
import org.bitext.align.AlignedPair;

/**
 * Turns one corpus {@link Source} into aligned units: the aligner for document pairs, the TMX reader for
 * TMX files. Pluggable so that tests and benchmarks can feed known alignments. Implementations must be
 * thread-safe (sources are processed in parallel) and report bad files with a
 * {@link org.bitext.text.BadInputException}.
 */
@FunctionalInterface
public interface PairSource {
    List<AlignedPair> pairs(Source source);
}
