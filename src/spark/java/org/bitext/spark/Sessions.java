package org.bitext.spark;

import org.apache.spark.sql.SparkSession;
import org.bitext.text.BadInputException;

/**
 * The Spark session of a bitext job. Under {@code spark-submit} the master and resources come from the
 * submission; run directly (tests, {@code scripts/spark-terms}) a master such as {@code local[*]} is given.
 */
public final class Sessions {

    private Sessions() {
    }

    /**
     * A session for {@code masterOrNull} (null: the one {@code spark-submit} set). Without a cluster there is
     * no use for the web UI, and SQL shuffles get as many partitions as cores instead of Spark's 200, which
     * for a local run are 200 tiny tasks each.
     */
    public static SparkSession open(String masterOrNull) {
        if (masterOrNull == null && System.getProperty("spark.master") == null
                && SparkSession.getDefaultSession().isEmpty()) {
            throw new BadInputException(null, "no Spark master: run through spark-submit, or give --master"
                    + " local[*] (scripts/spark-terms does)");
        }
        SparkSession.Builder b = SparkSession.builder().appName("bitext terms");
        if (masterOrNull != null) {
            b.master(masterOrNull);
            if (masterOrNull.startsWith("local")) {
                b.config("spark.ui.enabled", "false");
                b.config("spark.sql.shuffle.partitions", String.valueOf(
                        Math.max(2, Runtime.getRuntime().availableProcessors())));
            }
        }
        return b.getOrCreate();
    }
}
