package org.bitext.format;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.file.Path;
import java.util.List;
import org.bitext.align.AlignedPair;
import org.bitext.terms.UnitSource;
import org.bitext.text.BadInputException;

/**
 * The aligned units of an index as the terms job reads them, for the same job on Apache Spark
 * ({@code bitext export}): JSON Lines, one object a line with the fields {@link #FIELDS}. {@code ordinal} is
 * the unit's 0-based position in the order the terms job reads the index, so that a job over the file decides
 * every order-dependent choice (examples, context, surface forms) as the single-machine job does.
 *
 * <p>Strings are escaped by {@link JsonWriter} like every JSON output of the project: a line holds no raw
 * line break (not even U+2028/U+2029), so any JSON Lines reader splits it right. The confidence is written
 * exactly ({@link Double#toString}), since the terms job compares it with a floor.
 *
 * <p>Parquet needs Hadoop's file system classes, which the main jar leaves out on purpose; the Spark jar
 * ({@code bitext-spark.jar}) converts the JSON Lines file (see {@link #PARQUET_HINT}).
 */
public final class UnitExport {

    /** What {@code bitext export --format} accepts. */
    public enum Format { JSONL, PARQUET }

    /** The keys of every line, in the order written. */
    public static final List<String> FIELDS = List.of("ordinal", "document", "level", "paragraph", "unit", "en",
            "zh", "confidence", "address", "symbol", "date");

    /** How to get Parquet, for the one-line refusal of the main jar. */
    public static final String PARQUET_HINT = "parquet is written by the Spark jar, not by bitext.jar (it needs"
            + " Hadoop): export --format jsonl, then run 'scripts/spark-terms convert UNITS.jsonl UNITS.parquet'"
            + " (README: Terms on Apache Spark)";

    private UnitExport() {
    }

    /** Refuses what the main jar cannot write, before anything is read or written: Parquet. */
    public static void checkWritable(Format format, Path outputOrNull) {
        if (format == Format.PARQUET) {
            throw new BadInputException(outputOrNull, PARQUET_HINT);
        }
    }

    /** One unit as its JSON object (no line end). */
    public static String line(long ordinal, AlignedPair p) {
        if (ordinal < 0) {
            throw new IllegalArgumentException("ordinal must be >= 0, was " + ordinal);
        }
        return new JsonWriter(new StringBuilder(160 + 3 * (p.en().length() + p.zh().length())))
                .beginObject()
                .field("ordinal", ordinal)
                .field("document", p.document())
                .field("level", p.level().code())
                .field("paragraph", p.paragraph())
                .field("unit", p.unit())
                .field("en", p.en())
                .field("zh", p.zh())
                .field("confidence", p.confidence())
                .field("address", p.address())
                .field("symbol", p.symbol())
                .field("date", p.date())
                .endObject()
                .toJson();
    }

    /**
     * Writes every unit of {@code units}, numbered from 0 in the order the source gives them, one line each;
     * returns the number written.
     */
    public static long writeJsonl(UnitSource units, Writer out) throws IOException {
        long[] n = new long[1];
        try {
            units.forEachUnit(p -> {
                try {
                    out.write(line(n[0], p));
                    out.write('\n');
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                n[0]++;
            });
        } catch (UncheckedIOException e) {
            throw e.getCause();
        }
        return n[0];
    }
}
