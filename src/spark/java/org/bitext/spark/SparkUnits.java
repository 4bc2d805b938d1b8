package org.bitext.spark;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.bitext.align.AlignedPair;
import org.bitext.align.Level;
import org.bitext.text.BadInputException;

/**
 * The aligned units that {@code bitext export} wrote (JSON Lines, or Parquet converted from it), read by Spark
 * with the export's fixed schema. A line that does not parse, or lacks a field, fails the job with the unit's
 * ordinal (Spark's FAILFAST mode): a unit silently dropped or half read would change the term list.
 */
public final class SparkUnits {

    /** Column names, as {@link org.bitext.format.UnitExport#FIELDS} writes them. */
    public static final String ORDINAL = "ordinal";

    /** The export's schema: the columns of {@link org.bitext.format.UnitExport#FIELDS}, typed. */
    public static final StructType SCHEMA = new StructType()
            .add(ORDINAL, DataTypes.LongType, false)
            .add("document", DataTypes.StringType, false)
            .add("level", DataTypes.StringType, false)
            .add("paragraph", DataTypes.StringType, false)
            .add("unit", DataTypes.IntegerType, false)
            .add("en", DataTypes.StringType, false)
            .add("zh", DataTypes.StringType, false)
            .add("confidence", DataTypes.DoubleType, false)
            .add("address", DataTypes.StringType, false)
            .add("symbol", DataTypes.StringType, false)
            .add("date", DataTypes.StringType, false);

    /** How an export is stored. */
    public enum Storage { JSONL, PARQUET }

    private SparkUnits() {
    }

    /**
     * The storage of {@code path} by its name: {@code .parquet} (a file or Spark's folder of part files) or
     * {@code .jsonl}/{@code .json} (also compressed, {@code .jsonl.gz}); anything else is bad input.
     */
    public static Storage storage(String path) {
        String name = path.toLowerCase(Locale.ROOT);
        while (name.endsWith("/")) {
            name = name.substring(0, name.length() - 1);
        }
        if (name.endsWith(".parquet")) {
            return Storage.PARQUET;
        }
        for (String ext : new String[] {".jsonl", ".json", ".ndjson"}) {
            if (name.endsWith(ext) || name.matches(".*\\Q" + ext + "\\E\\.(gz|bz2|zst|lz4|snappy|deflate)$")) {
                return Storage.JSONL;
            }
        }
        throw new BadInputException(Path.of(path), "unknown units file (name it .jsonl as 'bitext export'"
                + " writes it, or .parquet)");
    }

    /**
     * Reads an export. A local path that does not exist is bad input here, before Spark starts a job;
     * other file systems (hdfs:, s3a:) are Spark's to check.
     */
    public static Dataset<Row> read(SparkSession spark, String path) {
        Storage storage = checkReadable(path);
        if (storage == Storage.PARQUET) {
            return spark.read().schema(SCHEMA).parquet(path);
        }
        return spark.read().schema(SCHEMA).option("mode", "FAILFAST").json(path);
    }

    /** The export as a plain RDD of units (compact to shuffle: no schema in every record). */
    public static JavaRDD<ExportedUnit> units(Dataset<Row> rows) {
        return rows.javaRDD().map(r -> new ExportedUnit(ordinal(r), pair(r)));
    }

    /**
     * The storage of {@code path}, after checking what can be checked before Spark starts: a known name, and
     * for a local path (no {@code scheme:}) that it exists.
     */
    public static Storage checkReadable(String path) {
        Storage storage = storage(path);
        if (!path.matches("^[A-Za-z][A-Za-z0-9+.-]+:.*") && !Files.exists(Path.of(path))) {
            throw new BadInputException(Path.of(path), "units file not found (write it with 'bitext export')");
        }
        return storage;
    }

    /** A row of the export as the aligned unit it was; a missing field is an error naming it. */
    public static AlignedPair pair(Row r) {
        return new AlignedPair(string(r, "document"), Level.parse(string(r, "level")), string(r, "paragraph"),
                number(r, "unit").intValue(), string(r, "en"), string(r, "zh"), number(r, "confidence").doubleValue(),
                string(r, "address"), string(r, "symbol"), string(r, "date"));
    }

    /** The unit's ordinal. */
    public static long ordinal(Row r) {
        return number(r, ORDINAL).longValue();
    }

    private static String string(Row r, String field) {
        Object v = r.get(r.fieldIndex(field));
        if (v == null) {
            throw missing(r, field);
        }
        return (String) v;
    }

    private static Number number(Row r, String field) {
        Object v = r.get(r.fieldIndex(field));
        if (v == null) {
            throw missing(r, field);
        }
        return (Number) v;
    }

    private static IllegalArgumentException missing(Row r, String field) {
        Object o = r.get(r.fieldIndex(ORDINAL));
        return new IllegalArgumentException("unit " + (o == null ? "without ordinal" : "with ordinal " + o)
                + " has no '" + field + "'");
    }
}
