package org.goalparse.spark;

import static org.apache.spark.sql.functions.col;

import java.io.IOException;
import java.io.PrintWriter;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.Callable;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileStatus;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.spark.SparkConf;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code spark-submit --class org.goalparse.spark.GoalparseJob goalparse-spark.jar -o OUT INPUT...}: parses every
 * document under the inputs (files, folders, globs; any Hadoop file system) and writes, under {@code OUT}, one
 * folder per table, each run in its own {@code run=<id>} partition: {@code records} (JSON Lines, the records of
 * {@code goalparse batch}), and Parquet {@code documents}, {@code goals}, {@code targets}, {@code results},
 * {@code indicators} (keyed by {@code document_id}) and {@code inputs} (one row per input: its SHA-256, error code
 * and message, parse time). {@code inputs} is written last: a run whose {@code inputs} is missing did not finish,
 * and the next run removes what it wrote (a run is finished when {@code inputs/run=<id>/_SUCCESS} exists). A re-run skips inputs whose SHA-256 was parsed by an earlier run; inputs
 * that failed are tried again. Exit 0 when every input parsed (or was skipped), 1 when some failed, 2 for bad
 * options, 4 when the job itself failed.
 */
@Command(name = "goalparse-spark", mixinStandardHelpOptions = true, sortOptions = false,
        exitCodeOnInvalidInput = 2, exitCodeOnExecutionException = 4,
        description = "Parse documents on Spark into JSON Lines records and Parquet tables.")
public final class GoalparseJob implements Callable<Integer> {
    static final List<String> TABLES = List.of("records", "documents", "goals", "targets", "results", "indicators",
            "inputs");

    @Option(names = {"-o", "--output"}, required = true, paramLabel = "DIR",
            description = "The output folder (any Hadoop file system URI).")
    String output;

    @Option(names = "--timeout", paramLabel = "SECONDS", defaultValue = "120",
            description = "Time limit per input file (default: ${DEFAULT-VALUE}; 0: no limit).")
    int timeoutSeconds;

    @Option(names = "--max-size", paramLabel = "BYTES", defaultValue = "67108864",
            description = "Largest file parsed; a larger one is a TOO_LARGE row, never read (default: 64 MiB).")
    long maxBytes;

    @Option(names = "--partition-bytes", paramLabel = "BYTES", defaultValue = "33554432",
            description = "Bytes of files per task (spark.sql.files.maxPartitionBytes; default: 32 MiB).")
    long partitionBytes;

    @Option(names = "--file-cost", paramLabel = "BYTES", defaultValue = "2097152",
            description = "What each file counts toward --partition-bytes at least (spark.sql.files.openCostInBytes; "
                    + "default 2 MiB: at most 16 small documents per task).")
    long fileCost;

    @Parameters(paramLabel = "INPUT", arity = "1..*", description = "Files, folders or globs.")
    List<String> inputs;

    private final PrintWriter err;

    GoalparseJob(PrintWriter err) {
        this.err = err;
    }

    public static void main(String[] args) {
        PrintWriter err = new PrintWriter(System.err, true);
        int code = commandLine(err).execute(args);
        System.exit(code);
    }

    static CommandLine commandLine(PrintWriter err) {
        CommandLine cl = new CommandLine(new GoalparseJob(err));
        cl.setErr(err);
        return cl;
    }

    @Override
    public Integer call() throws IOException {
        if (timeoutSeconds < 0 || maxBytes < 1 || partitionBytes < 1 || fileCost < 0) {
            err.println("goalparse-spark: --timeout, --max-size, --partition-bytes and --file-cost must be positive");
            return 2;
        }
        SparkConf conf = new SparkConf();
        if (!conf.contains("spark.master")) {
            conf.setMaster("local[*]"); // run without spark-submit: this JVM's cores
        }
        SparkSession spark = SparkSession.builder().appName("goalparse").config(conf).getOrCreate();
        try {
            return run(spark);
        } finally {
            spark.stop();
        }
    }

    int run(SparkSession spark) throws IOException {
        long start = System.nanoTime();
        spark.conf().set("spark.sql.files.maxPartitionBytes", partitionBytes);
        spark.conf().set("spark.sql.files.openCostInBytes", fileCost);
        Configuration hadoop = spark.sparkContext().hadoopConfiguration();
        Path out = new Path(output);
        FileSystem fs = out.getFileSystem(hadoop);
        removeUnfinishedRuns(fs, out);
        Set<String> done = parsedBefore(spark, fs, out);
        String run = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmssSSS'Z'", Locale.ROOT)
                .format(Instant.now().atOffset(ZoneOffset.UTC));

        GoalparseSpark.Options options = new GoalparseSpark.Options(timeoutSeconds * 1000L, maxBytes);
        Dataset<Row> parsed = GoalparseSpark.parse(spark, inputs, options, done)
                .persist(StorageLevel.MEMORY_AND_DISK());
        try {
            String dir = "/run=" + run;
            GoalparseSpark.records(parsed).write().mode(SaveMode.ErrorIfExists).text(output + "/records" + dir);
            GoalparseSpark.documents(parsed).write().parquet(output + "/documents" + dir);
            GoalparseSpark.goals(parsed).write().parquet(output + "/goals" + dir);
            GoalparseSpark.targets(parsed).write().parquet(output + "/targets" + dir);
            GoalparseSpark.results(parsed).write().parquet(output + "/results" + dir);
            GoalparseSpark.indicators(parsed).write().parquet(output + "/indicators" + dir);
            GoalparseSpark.inputs(parsed).write().parquet(output + "/inputs" + dir); // last: the run is complete
            Row counts = parsed.selectExpr("count(*)", "count_if(skipped)", "count_if(error_code IS NOT NULL)",
                    "coalesce(sum(size(documents)), 0)", "coalesce(sum(parse_ms), 0)", "coalesce(max(parse_ms), 0)")
                    .first();
            long all = counts.getLong(0);
            long skipped = counts.getLong(1);
            long failed = counts.getLong(2);
            long records = counts.getLong(3);
            err.println("goalparse-spark: " + all + " inputs: " + (all - failed) + " ok"
                    + (skipped > 0 ? " (" + skipped + " unchanged, skipped)" : "") + ", " + failed + " failed; "
                    + records + " records in " + out + " (run=" + run + "); parsing "
                    + String.format(Locale.ROOT, "%.1f s in all, %.1f s the longest", counts.getLong(4) / 1e3,
                            counts.getLong(5) / 1e3)
                    + String.format(Locale.ROOT, " in %.1f s", (System.nanoTime() - start) / 1e9));
            return failed == 0 ? 0 : 1;
        } finally {
            parsed.unpersist();
        }
    }

    /** The SHA-256 of every input an earlier, finished run parsed (not those that failed: they are tried again). */
    private static Set<String> parsedBefore(SparkSession spark, FileSystem fs, Path out) throws IOException {
        Path inputs = new Path(out, "inputs");
        if (!fs.exists(inputs) || fs.listStatus(inputs).length == 0) {
            return Set.of();
        }
        Set<String> done = new HashSet<>();
        for (Row r : spark.read().parquet(inputs.toString()).filter(col("error_code").isNull())
                .select("sha256").distinct().collectAsList()) {
            done.add(r.getString(0));
        }
        return done;
    }

    /** What a run that stopped before writing its {@code inputs} left in the other tables. */
    static void removeUnfinishedRuns(FileSystem fs, Path out) throws IOException {
        Set<String> finished = new HashSet<>();
        Path inputs = new Path(out, "inputs");
        if (fs.exists(inputs)) {
            for (FileStatus s : fs.listStatus(inputs)) {
                if (fs.exists(new Path(s.getPath(), "_SUCCESS"))) { // Spark's commit marker: the write completed
                    finished.add(s.getPath().getName());
                }
            }
        }
        for (String table : TABLES) {
            Path dir = new Path(out, table);
            if (!fs.exists(dir)) {
                continue;
            }
            for (FileStatus s : fs.listStatus(dir)) {
                String name = s.getPath().getName();
                if (s.isDirectory() && name.startsWith("run=") && !finished.contains(name)) {
                    fs.delete(s.getPath(), true);
                }
            }
        }
    }
}
