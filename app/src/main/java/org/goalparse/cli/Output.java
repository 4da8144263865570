package org.goalparse.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * The destination of a batch for its format: per-record files, or one stream (stdout, or
 * {@code DIR/batch.jsonl} / {@code DIR/batch.csv} written atomically: the file appears when the run ends).
 */
final class Output implements AutoCloseable {
    private final BatchSink sink;
    private final AtomicWriter file;

    private Output(BatchSink sink, AtomicWriter file) {
        this.sink = sink;
        this.file = file;
    }

    /** {@code folder}: the scan of {@code dir} the json format needs (stale part files); null for the others. */
    static Output open(BatchCommand.Format format, Path dir, List<String> names, PartFiles.Folder folder,
                       PrintWriter out, Disk disk) throws IOException {
        if (dir != null) {
            Files.createDirectories(dir);
        }
        return switch (format) {
            case json -> new Output(new BatchSink.JsonFiles(names, folder, disk), null);
            case jsonl -> stream(dir, "batch.jsonl", out, disk, BatchSink.JsonLines::new);
            case csv -> stream(dir, "batch.csv", out, disk, BatchSink.CsvTable::new);
        };
    }

    private static Output stream(Path dir, String file, PrintWriter out, Disk disk,
                                 java.util.function.Function<java.io.Writer, BatchSink> sink) throws IOException {
        if (dir == null) {
            return new Output(sink.apply(out), null);
        }
        AtomicWriter writer = AtomicWriter.open(dir.resolve(file), disk);
        return new Output(sink.apply(writer.writer()), writer);
    }

    BatchSink sink() {
        return sink;
    }

    void finish() throws IOException {
        sink.finish();
        if (file != null) {
            file.commit();
        }
    }

    @Override
    public void close() throws IOException {
        if (file != null) {
            file.close();
        }
    }
}
