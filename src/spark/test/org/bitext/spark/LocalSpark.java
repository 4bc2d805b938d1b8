package org.bitext.spark;

import org.apache.spark.sql.SparkSession;

/** One Spark session in local mode with two worker threads for all tests of the JVM (starting one costs seconds). */
final class LocalSpark {

    private static SparkSession session;

    private LocalSpark() {
    }

    static synchronized SparkSession get() {
        if (session == null) {
            session = Sessions.open("local[2]");
            session.sparkContext().setLogLevel("WARN");
        }
        return session;
    }
}
