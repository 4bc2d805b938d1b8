package org.bitext.terms;

import java.util.function.Consumer;
import org.bitext.align.AlignedPair;

/**
 * Where the terms job gets its aligned units: an index, a corpus aligned on the fly, or a file of gold
 * pairs. Kept this small so that the extractor does not depend on how units are produced. It must be
 * re-iterable: the job reads it several times (never holding all units in memory), and every call must pass
 * the same units in the same order.
 */
@FunctionalInterface
public interface UnitSource {

    /** Passes every aligned unit (any level, any confidence) to {@code consumer}. */
    void forEachUnit(Consumer<AlignedPair> consumer);
}
