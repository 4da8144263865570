package org.goalparse.spark;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.broadcast.Broadcast;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.goalparse.GoalParseException;
import org.goalparse.batch.ErrorRecord;
import org.goalparse.batch.Failure;
import org.goalparse.batch.TimedParser;
import org.goalparse.model.GoalDocument;
import org.goalparse.model.GoalJson;
import org.goalparse.source.Source;

/**
 * Parses the files of one partition of a {@code binaryFile} dataset (columns {@code path}, {@code length},
 * {@code content}) into one {@link Tables#INPUT} row each, lazily, one file at a time, with the executor's shared
 * parser. It never throws for a document: a failure (unreadable, unsupported, encrypted, too large, timed out, out of
 * memory, a bug) is the row's {@code error_code} and {@code error_message} and its error record, as in {@code batch};
 * a task fails only when Spark itself cannot read a file.
 */
final class ParsePartition implements MapPartitionsFunction<Row, Row> {
    private static final long serialVersionUID = 1L;

    private static final Row[] NONE = new Row[0];

    private final GoalparseSpark.Options options;
    /** The SHA-256 of inputs already parsed in the output; null for none. */
    private final Broadcast<Set<String>> done;

    ParsePartition(GoalparseSpark.Options options, Broadcast<Set<String>> done) {
        this.options = options;
        this.done = done;
    }

    @Override
    public Iterator<Row> call(Iterator<Row> files) {
        TimedParser parser = ExecutorParser.get(options.timeoutMillis(), options.maxBytes());
        Set<String> skip = done == null ? Set.of() : done.value();
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return files.hasNext();
            }

            @Override
            public Row next() {
                return parse(parser, skip, files.next());
            }
        };
    }

    private Row parse(TimedParser parser, Set<String> skip, Row file) {
        String uri = file.getAs("path");
        String path = GoalparseSpark.displayPath(uri);
        String name = fileName(path);
        long length = file.<Long>getAs("length");
        if (length > options.readBytes()) { // the content column is not even read for these (see GoalparseSpark)
            return failed(path, name, length, null, tooLarge(length), 0);
        }
        byte[] content = file.getAs("content");
        String sha256 = sha256(content);
        if (length > options.maxBytes()) {
            return failed(path, name, length, sha256, tooLarge(length), 0);
        }
        if (skip.contains(sha256)) {
            return RowFactory.create(path, name, length, sha256, true, null, null, 0L, new String[0], NONE, NONE,
                    NONE, NONE, NONE);
        }
        long start = System.nanoTime();
        List<GoalDocument> docs;
        try {
            docs = new ArrayList<>();
            // bytes, named by the file name as batch's Source.named gives it; source.path is set below
            for (GoalDocument doc : parser.parseAll(Source.of(name, content))) {
                docs.add(doc.withSource(doc.source().withPath(path)));
            }
        } catch (Throwable t) { // as batch: whatever the parse threw is this document's error, not the task's
            return failed(path, name, length, sha256, Failure.classify(t), millis(start));
        }
        long ms = millis(start);
        List<String> records = new ArrayList<>();
        for (GoalDocument doc : docs) {
            records.add(GoalJson.compact(doc));
        }
        Tables.Flat flat = Tables.flatten(docs, path);
        return RowFactory.create(path, name, length, sha256, false, null, null, ms, records.toArray(String[]::new),
                rows(flat.documents()), rows(flat.goals()), rows(flat.targets()), rows(flat.results()),
                rows(flat.indicators()));
    }

    private static Row failed(String path, String name, long length, String sha256, Failure failure, long ms) {
        String record = GoalJson.compact(new ErrorRecord(new ErrorRecord.Source(name, path, sha256), failure));
        return RowFactory.create(path, name, length, sha256, false, failure.code(), failure.message(), ms,
                new String[] {record}, NONE, NONE, NONE, NONE, NONE);
    }

    /** The row of an empty file (which Spark's scan leaves out): UNREADABLE, as {@code batch} reports it. */
    static Row empty(String path) {
        return failed(path, fileName(path), 0, sha256(new byte[0]), Failure.of(new GoalParseException(
                GoalParseException.Status.UNREADABLE, "file is empty")), 0);
    }

    /** The failure {@code batch} reports for a file past the limit (Source.read's words). */
    private Failure tooLarge(long length) {
        return Failure.of(new GoalParseException(GoalParseException.Status.TOO_LARGE,
                "file has " + length + " bytes, more than the limit of " + options.maxBytes()));
    }

    /** Spark's row encoder takes a Java array (or a Scala Seq) for an array column, not a java.util.List. */
    private static Row[] rows(List<Row> rows) {
        return rows.toArray(Row[]::new);
    }

    private static long millis(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }

    static String fileName(String path) {
        String p = path.endsWith("/") ? path.substring(0, path.length() - 1) : path;
        int slash = p.lastIndexOf('/');
        return slash < 0 ? p : p.substring(slash + 1);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 missing from the JVM", e);
        }
    }
}
