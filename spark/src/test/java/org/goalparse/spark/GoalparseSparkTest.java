package org.goalparse.spark;

import static org.apache.spark.sql.functions.col;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.goalparse.GoalParser;
import org.goalparse.batch.ErrorRecord;
import org.goalparse.batch.Failure;
import org.goalparse.batch.TimedParser;
import org.goalparse.model.GoalDocument;
import org.goalparse.model.GoalJson;
import org.goalparse.source.Source;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The Spark module in {@code local[2]} over the samples, a file of two departments and bad inputs: one row per
 * input, and each input's records equal to those {@code batch} makes (the same {@link TimedParser}, the same
 * {@link GoalJson} writer, the same {@link ErrorRecord}); a bad document is a row with its error code.
 */
class GoalparseSparkTest {
    private static final long MAX_BYTES = 1024 * 1024;
    private static SparkSession spark;
    @TempDir
    static Path dir;
    private static Path inputs;
    /** Absolute path of each input -> the JSON Lines batch writes for it. */
    private static Map<String, List<String>> expected;
    /** The inputs that must fail, with their code. */
    private static final Map<String, String> BAD = Map.of("empty.txt", "UNREADABLE", "broken.pdf", "UNREADABLE",
            "noise.bin", "UNREADABLE", "huge.txt", "TOO_LARGE");

    @BeforeAll
    static void start() throws Exception {
        inputs = Files.createDirectories(dir.resolve("in"));
        Path samples = root().resolve("samples");
        try (Stream<Path> s = Files.list(samples)) {
            // every format but the PDFs, which come in two-departments.pdf (the test's time is mostly theirs)
            for (Path p : s.filter(Files::isRegularFile).filter(p -> !p.getFileName().toString().equals("README.md"))
                    .filter(p -> !p.getFileName().toString().endsWith(".pdf")).toList()) {
                Files.copy(p, inputs.resolve(p.getFileName().toString()));
            }
        }
        joinPdfs(inputs.resolve("two-departments.pdf"), samples.resolve("iruma-2025-shiminseikatsubu.pdf"),
                samples.resolve("isehara-2021-shiminseikatsubu.pdf"));
        // a name Spark's paths percent-encode, and one more line so that its SHA-256 is its own
        Files.write(inputs.resolve("入間 市民生活部.txt"), (Files.readString(samples.resolve(
                "iruma-2025-shiminseikatsubu.txt")) + "\n").getBytes(StandardCharsets.UTF_8));
        Path bad = Files.createDirectories(inputs.resolve("bad"));
        Files.write(bad.resolve("empty.txt"), new byte[0]);
        Files.write(bad.resolve("broken.pdf"), "%PDF-1.7\n1 0 obj <</Type /Cat".getBytes(StandardCharsets.US_ASCII));
        byte[] noise = new byte[4096];
        new Random(16).nextBytes(noise);
        Files.write(bad.resolve("noise.bin"), noise);
        Files.write(bad.resolve("huge.txt"), "市民部の目標\n".repeat(80_000).getBytes(StandardCharsets.UTF_8));

        expected = batchRecords(inputs);
        spark = SparkSession.builder().master("local[2]").appName("goalparse-test")
                .config("spark.ui.enabled", "false").config("spark.sql.shuffle.partitions", "2")
                .config("spark.sql.files.maxPartitionBytes", "262144") // several tasks on the two cores
                .getOrCreate();
    }

    @AfterAll
    static void stop() {
        if (spark != null) {
            spark.stop();
        }
    }

    @Test
    void everyInputIsOneRowItsRecordsAreBatchsAndARerunSkipsWhatItParsed() throws Exception {
        Path out = dir.resolve("out");
        StringWriter log = new StringWriter();
        assertEquals(1, job(log, "-o", out.toString(), "--max-size", String.valueOf(MAX_BYTES), inputs.toString()),
                "some inputs failed: exit 1, like batch");
        List<String> all = expected.values().stream().flatMap(List::stream).sorted().toList();
        assertSameLines(all, lines(out.resolve("records")));
        assertTrue(log.toString().contains(expected.size() + " inputs: " + (expected.size() - BAD.size())
                + " ok, " + BAD.size() + " failed"), log.toString());

        // rows = inputs: one row per input in the inputs table, the bad ones with their error code
        List<Row> rows = spark.read().parquet(out.resolve("inputs").toString()).collectAsList();
        assertEquals(expected.size(), rows.size(), "rows = inputs");
        Set<String> paths = new HashSet<>();
        for (Row r : rows) {
            assertTrue(paths.add(r.getAs("path")), "one row per input: " + r.getAs("path"));
            String file = r.getAs("file");
            assertEquals(BAD.get(file), r.getAs("error_code"), file);
            assertNotNull(r.getAs("sha256"), file); // under 64 MiB, read even past the limit, as batch does
        }
        assertEquals(expected.keySet(), paths);

        Dataset<Row> documents = spark.read().parquet(out.resolve("documents").toString());
        assertEquals(2, documents.filter(col("file").equalTo("two-departments.pdf")).count(),
                "a record per department");
        long parsedRecords = expected.values().stream().mapToLong(l -> l.stream()
                .filter(j -> !j.contains("\"error\":{")).count()).sum();
        assertEquals(parsedRecords, documents.count());
        Set<String> ids = documents.select("id").as(org.apache.spark.sql.Encoders.STRING()).collectAsList().stream()
                .collect(Collectors.toSet());
        assertEquals(parsedRecords, ids.size(), "ids are unique (a part's carries #index)");
        for (String table : List.of("goals", "targets", "results", "indicators")) {
            Dataset<Row> t = spark.read().parquet(out.resolve(table).toString());
            assertTrue(t.count() > 0, table);
            Set<String> keys = new HashSet<>(t.select("document_id").as(org.apache.spark.sql.Encoders.STRING())
                    .collectAsList());
            assertTrue(ids.containsAll(keys), table + " keyed by documents.id");
        }
        // the goals table holds every goal of every record
        long goals = spark.read().parquet(out.resolve("goals").toString()).count();
        long expectedGoals = expected.values().stream().flatMap(List::stream).filter(j -> !j.contains("\"error\":{"))
                .mapToLong(j -> read(j).goals().size()).sum();
        assertEquals(expectedGoals, goals);

        // the second run parses only what failed; the parsed ones are skipped by their SHA-256
        StringWriter again = new StringWriter();
        assertEquals(1, job(again, "-o", out.toString(), "--max-size", String.valueOf(MAX_BYTES), inputs.toString()));
        assertTrue(again.toString().contains(expected.size() + " inputs: " + (expected.size() - BAD.size())
                + " ok (" + (expected.size() - BAD.size()) + " unchanged, skipped), " + BAD.size() + " failed"),
                again.toString());
        assertEquals(parsedRecords, spark.read().parquet(out.resolve("documents").toString()).count(),
                "no record twice");
        assertEquals(expected.size() + BAD.size(), spark.read().parquet(out.resolve("inputs").toString()).count(),
                "the failed inputs were tried again");
    }

    @Test
    void aRunThatStoppedBeforeItsInputsTableIsRemovedByTheNext() throws Exception {
        Path out = dir.resolve("stopped");
        Path orphan = Files.createDirectories(out.resolve("documents").resolve("run=20260101T000000000Z"));
        Files.writeString(orphan.resolve("part-0.parquet"), "half");
        Path finished = Files.createDirectories(out.resolve("documents").resolve("run=20260102T000000000Z"));
        Files.createDirectories(out.resolve("inputs").resolve("run=20260102T000000000Z"));
        Files.writeString(out.resolve("inputs").resolve("run=20260102T000000000Z").resolve("_SUCCESS"), "");
        org.apache.hadoop.fs.Path o = new org.apache.hadoop.fs.Path(out.toUri());
        GoalparseJob.removeUnfinishedRuns(o.getFileSystem(spark.sparkContext().hadoopConfiguration()), o);
        assertFalse(Files.exists(orphan));
        assertTrue(Files.exists(finished));
    }

    private static int job(StringWriter log, String... args) throws IOException {
        var cl = GoalparseJob.commandLine(new PrintWriter(log, true));
        cl.parseArgs(args);
        return cl.<GoalparseJob>getCommand().run(spark);
    }

    /** Equal lists of lines; on a difference, the first line each side lacks (cut short), not both lists. */
    private static void assertSameLines(List<String> expected, List<String> actual) {
        List<String> missing = new ArrayList<>(expected);
        actual.forEach(missing::remove);
        List<String> extra = new ArrayList<>(actual);
        expected.forEach(extra::remove);
        assertTrue(missing.isEmpty() && extra.isEmpty(), "the JSON Lines of batch, every record once: "
                + missing.size() + " missing, " + extra.size() + " extra; first missing: "
                + (missing.isEmpty() ? "-" : cut(missing.get(0))) + "; first extra: "
                + (extra.isEmpty() ? "-" : cut(extra.get(0))));
        assertEquals(expected.size(), actual.size());
    }

    private static String cut(String s) {
        return s.length() > 600 ? s.substring(0, 600) + "…" : s;
    }

    private static List<String> lines(Path folder) throws IOException {
        List<String> lines = new ArrayList<>();
        try (Stream<Path> s = Files.walk(folder)) {
            for (Path p : s.filter(p -> p.getFileName().toString().startsWith("part-")).toList()) {
                lines.addAll(Files.readAllLines(p, StandardCharsets.UTF_8));
            }
        }
        return lines.stream().sorted().toList();
    }

    private static GoalDocument read(String json) {
        try {
            return GoalJson.mapper().readValue(json, GoalDocument.class);
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /**
     * What {@code goalparse batch --format jsonl} writes for each file named by its absolute path: the records of
     * {@link TimedParser#parseAll} of {@link Source#named}, or the error record of {@link Failure#classify}.
     */
    private static Map<String, List<String>> batchRecords(Path folder) throws IOException {
        Map<String, List<String>> records = new HashMap<>();
        List<Path> files;
        try (Stream<Path> s = Files.walk(folder)) {
            files = s.filter(Files::isRegularFile).toList();
        }
        try (TimedParser parser = new TimedParser(GoalParser.builder().build().withMaxBytes(MAX_BYTES), 120_000)) {
            for (Path p : files) {
                String name = p.toAbsolutePath().toString();
                List<String> lines = new ArrayList<>();
                try {
                    for (GoalDocument doc : parser.parseAll(Source.named(name, p))) {
                        lines.add(GoalJson.compact(doc));
                    }
                } catch (Throwable t) {
                    lines.add(GoalJson.compact(ErrorRecord.of(name, Failure.classify(t))));
                }
                records.put(name, lines);
            }
        }
        return records;
    }

    private static void joinPdfs(Path target, Path... pdfs) throws IOException {
        PDFMergerUtility merger = new PDFMergerUtility();
        try (PDDocument joined = new PDDocument()) {
            for (Path p : pdfs) {
                try (PDDocument d = Loader.loadPDF(p.toFile())) {
                    merger.appendDocument(joined, d);
                }
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            joined.save(bytes);
            Files.write(target, bytes.toByteArray());
        }
    }

    private static Path root() {
        String root = System.getProperty("goalparse.root");
        return Path.of(root == null ? ".." : root).toAbsolutePath().normalize();
    }
}
