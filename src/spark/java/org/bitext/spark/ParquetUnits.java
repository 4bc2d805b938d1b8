package org.bitext.spark;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.util.UUID;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.spark.sql.SparkSession;
import org.bitext.text.BadInputException;

/**
 * Converts an export from JSON Lines to Parquet, which the main jar cannot write (Parquet's writer needs
 * Hadoop). The Parquet folder is written beside the target under a hidden name and renamed into place once
 * complete, so a failed or killed conversion leaves no half-written target; an existing target is refused,
 * never replaced.
 */
public final class ParquetUnits {

    private ParquetUnits() {
    }

    /** Writes {@code jsonl} as the Parquet folder {@code parquet}; returns the number of units. */
    public static long convert(SparkSession spark, String jsonl, String parquet) {
        if (SparkUnits.storage(jsonl) != SparkUnits.Storage.JSONL) {
            throw new BadInputException(Path.of(jsonl), "convert reads JSON Lines (.jsonl, as 'bitext export'"
                    + " writes it)");
        }
        if (SparkUnits.storage(parquet) != SparkUnits.Storage.PARQUET) {
            throw new BadInputException(Path.of(parquet), "the Parquet output must be named .parquet");
        }
        Configuration conf = spark.sparkContext().hadoopConfiguration();
        org.apache.hadoop.fs.Path target = new org.apache.hadoop.fs.Path(parquet);
        try {
            FileSystem fs = target.getFileSystem(conf);
            if (fs.exists(target)) {
                throw new BadInputException(Path.of(parquet), "exists; remove it or choose another name (nothing"
                        + " is overwritten)");
            }
            org.apache.hadoop.fs.Path parent = target.makeQualified(fs.getUri(), fs.getWorkingDirectory()).getParent();
            if (parent != null && !fs.isDirectory(parent)) {
                throw new BadInputException(Path.of(parquet), "cannot write: folder " + parent + " does not exist");
            }
            org.apache.hadoop.fs.Path tmp = new org.apache.hadoop.fs.Path(parent,
                    "." + target.getName() + "." + UUID.randomUUID() + ".tmp");
            var units = SparkUnits.read(spark, jsonl);
            try {
                units.write().parquet(tmp.toString());
                long n = spark.read().parquet(tmp.toString()).count();
                if (!fs.rename(tmp, target)) {
                    throw new BadInputException(Path.of(parquet), "cannot move the finished output into place"
                            + " (nothing written)");
                }
                return n;
            } finally {
                if (fs.exists(tmp)) {
                    fs.delete(tmp, true);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
