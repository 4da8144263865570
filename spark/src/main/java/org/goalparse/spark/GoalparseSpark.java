package org.goalparse.spark;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.explode;

import java.io.Serializable;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.apache.hadoop.fs.FileStatus;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalyst.plans.logical.LogicalPlan;
import org.apache.spark.sql.execution.datasources.HadoopFsRelation;
import org.apache.spark.sql.execution.datasources.LogicalRelation;
import org.apache.spark.sql.execution.datasources.PartitioningAwareFileIndex;
import org.goalparse.GoalParser;
import scala.jdk.javaapi.CollectionConverters;

/**
 * goalparse for Spark users. {@link #read} lists documents with Spark's {@code binaryFile} source (any Hadoop file
 * system: local, HDFS, S3A; globs; folders walked), {@link #parse} turns them into one row per input
 * ({@link Tables#INPUT}): its JSON Lines records (those of {@code goalparse batch}: a record per department, or the
 * error record) and its rows of the flat tables, which {@link #records}, {@link #documents}, {@link #goals},
 * {@link #targets}, {@link #results}, {@link #indicators} and {@link #inputs} select.
 * <pre>{@code
 * Dataset<Row> files = spark.read().format("binaryFile").load("s3a://bucket/goals/**");
 * Dataset<Row> parsed = GoalparseSpark.parse(files).persist();
 * GoalparseSpark.records(parsed).write().text("out/records");
 * }</pre>
 * Every input gives one row, whatever becomes of it (an empty file too, with
 * {@link #parse(SparkSession, List, Options, Set)}): a document that cannot be parsed is a row with its
 * {@code error_code}, never a failed task. Each executor JVM parses with one shared parser.
 */
public final class GoalparseSpark {
    /** The time limit per input file, as {@code batch --timeout}'s default. */
    public static final int DEFAULT_TIMEOUT_SECONDS = 120;

    private GoalparseSpark() {
    }

    /**
     * How the documents are parsed: {@code timeoutMillis} per input file (0: no limit), {@code maxBytes} the
     * largest file parsed (a larger one is a TOO_LARGE row).
     */
    public record Options(long timeoutMillis, long maxBytes) implements Serializable {
        public Options {
            if (timeoutMillis < 0) {
                throw new IllegalArgumentException("timeout must not be negative");
            }
            if (maxBytes < 1 || maxBytes > Integer.MAX_VALUE - 8) {
                throw new IllegalArgumentException("maxBytes must be between 1 and 2 GiB (a Spark binary value)");
            }
        }

        /**
         * The largest file whose bytes are read: up to the size limit, or up to 64 MiB (batch's bound for the
         * SHA-256 of a failed file) when the limit is lower, so that a TOO_LARGE error record carries the SHA-256
         * exactly when batch's does.
         */
        long readBytes() {
            return Math.max(maxBytes, GoalParser.DEFAULT_MAX_BYTES);
        }

        public static Options defaults() {
            return new Options(DEFAULT_TIMEOUT_SECONDS * 1000L, GoalParser.DEFAULT_MAX_BYTES);
        }
    }

    /**
     * The files under {@code paths} (files, folders walked recursively, globs) as a {@code binaryFile} dataset.
     * Partitions are sized by bytes: Spark packs files into partitions of at most
     * {@code spark.sql.files.maxPartitionBytes}, counting each file as at least
     * {@code spark.sql.files.openCostInBytes} (see {@link GoalparseJob}, which sets both).
     */
    public static Dataset<Row> read(SparkSession spark, List<String> paths) {
        return spark.read().format("binaryFile").option("recursiveFileLookup", "true")
                .load(paths.toArray(String[]::new));
    }

    /**
     * The files under {@code paths} parsed: {@link #parse(Dataset, Options, Set)} of {@link #read}, and a row for
     * each empty file, which Spark's file scan leaves out ({@code UNREADABLE}, "file is empty", as {@code batch}
     * reports it): rows = inputs.
     */
    public static Dataset<Row> parse(SparkSession spark, List<String> paths, Options options, Set<String> skip) {
        Dataset<Row> files = read(spark, paths);
        Dataset<Row> parsed = parse(files, options, skip);
        // the file index's own listing (no second listing): its zero-length files, which the scan leaves out
        List<Row> empty = new java.util.ArrayList<>();
        for (LogicalPlan leaf : CollectionConverters.asJava(files.queryExecution().analyzed().collectLeaves())) {
            if (leaf instanceof LogicalRelation r && r.relation() instanceof HadoopFsRelation fs
                    && fs.location() instanceof PartitioningAwareFileIndex index) {
                for (FileStatus f : CollectionConverters.asJava(index.allFiles())) {
                    if (f.getLen() == 0) {
                        empty.add(ParsePartition.empty(displayPath(f.getPath().toString())));
                    }
                }
            }
        }
        return empty.isEmpty() ? parsed : parsed.union(spark.createDataFrame(empty, Tables.INPUT));
    }

    /** {@link #parse(Dataset, Options, Set)} with the default options and nothing to skip. */
    public static Dataset<Row> parse(Dataset<Row> files) {
        return parse(files, Options.defaults(), Set.of());
    }

    /**
     * One {@link Tables#INPUT} row per row of {@code files} (a {@code binaryFile} dataset: {@code path},
     * {@code length}, {@code content}). A file past {@code options.maxBytes} is a TOO_LARGE row; past 64 MiB too,
     * its content is not even read (the length filter is pushed into the {@code binaryFile} scan, so a file over
     * Spark's 2 GiB binary limit fails no task); an input whose SHA-256 is in
     * {@code skip} is a row with {@code skipped} true and nothing else.
     */
    public static Dataset<Row> parse(Dataset<Row> files, Options options, Set<String> skip) {
        SparkSession spark = files.sparkSession();
        Broadcast<Set<String>> done = skip.isEmpty() ? null
                : JavaSparkContext.fromSparkContext(spark.sparkContext()).broadcast(new HashSet<>(skip));
        ParsePartition parse = new ParsePartition(options, done);
        long read = options.readBytes();
        Dataset<Row> small = files.filter(col("length").leq(read)).select("path", "length", "content");
        Dataset<Row> large = files.filter(col("length").gt(read)).select("path", "length");
        return small.mapPartitions(parse, Encoders.row(Tables.INPUT))
                .union(large.mapPartitions(parse, Encoders.row(Tables.INPUT)));
    }

    /** The JSON Lines records, those {@code goalparse batch} prints for the same inputs (skipped inputs: none). */
    public static Dataset<String> records(Dataset<Row> parsed) {
        return parsed.select(explode(col("records"))).as(Encoders.STRING());
    }

    /** One row per input parsed or failed now (not skipped): path, SHA-256, error, parse time. */
    public static Dataset<Row> inputs(Dataset<Row> parsed) {
        return parsed.filter(col("skipped").equalTo(false))
                .select(java.util.Arrays.stream(Tables.INPUT_COLUMNS).map(c -> col(c)).toArray(
                        org.apache.spark.sql.Column[]::new));
    }

    /** One row per record: its id, source, municipality, department, fiscal year, counts and the record's JSON. */
    public static Dataset<Row> documents(Dataset<Row> parsed) {
        return flat(parsed, "documents");
    }

    /** One row per goal of every record, keyed by {@code document_id} and {@code goal_id}. */
    public static Dataset<Row> goals(Dataset<Row> parsed) {
        return flat(parsed, "goals");
    }

    /** One row per quantity a goal promises ({@code targets}), with its place in the list. */
    public static Dataset<Row> targets(Dataset<Row> parsed) {
        return flat(parsed, "targets");
    }

    /** One row per quantity a goal's achievement reports ({@code achievement.results}). */
    public static Dataset<Row> results(Dataset<Row> parsed) {
        return flat(parsed, "results");
    }

    /** One row per KPI indicator target (baseline beside it), or one for an indicator without targets. */
    public static Dataset<Row> indicators(Dataset<Row> parsed) {
        return flat(parsed, "indicators");
    }

    private static Dataset<Row> flat(Dataset<Row> parsed, String column) {
        return parsed.select(explode(col(column)).as("r")).select("r.*");
    }

    /**
     * The path as records report it: a local file's path ({@code /data/x.pdf}, what {@code batch} reports for an
     * absolute argument), any other file system's URI as Spark gives it ({@code hdfs://…}, {@code s3a://…}).
     */
    static String displayPath(String uri) {
        if (uri.startsWith("file:/")) {
            try {
                return java.nio.file.Path.of(java.net.URI.create(uri)).toString(); // %E5… decoded
            } catch (IllegalArgumentException | java.nio.file.FileSystemNotFoundException e) {
                // not a valid URI (a space left as it is): the path after the scheme
            }
        }
        if (uri.startsWith("file://")) {
            return uri.substring("file://".length());
        }
        if (uri.startsWith("file:")) {
            return uri.substring("file:".length());
        }
        return uri;
    }
}
