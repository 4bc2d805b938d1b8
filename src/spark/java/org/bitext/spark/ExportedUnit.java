package org.bitext.spark;

import java.io.Serializable;
import java.util.Objects;
import org.bitext.align.AlignedPair;
import org.bitext.align.Level;

/**
 * One line of {@code bitext export}: the unit's ordinal in the export and its fields. Serializable (Spark
 * ships units between tasks; {@link AlignedPair} is not), holding the fields as they were, so that
 * {@link #pair()} gives back the exact unit.
 */
public record ExportedUnit(long ordinal, String document, Level level, String paragraph, int unit, String en,
                           String zh, double confidence, String address, String symbol, String date)
        implements Serializable {

    public ExportedUnit {
        if (ordinal < 0) {
            throw new IllegalArgumentException("ordinal must be >= 0, was " + ordinal);
        }
        Objects.requireNonNull(level, "level");
    }

    public ExportedUnit(long ordinal, AlignedPair p) {
        this(ordinal, p.document(), p.level(), p.paragraph(), p.unit(), p.en(), p.zh(), p.confidence(), p.address(),
                p.symbol(), p.date());
    }

    /** The aligned unit (validated by its constructor). */
    public AlignedPair pair() {
        return new AlignedPair(document, level, paragraph, unit, en, zh, confidence, address, symbol, date);
    }
}
