package org.goalparse.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.goalparse.golden.GoldenFiles;
import org.goalparse.model.GoalJson;

/**
 * Where a batch's outcomes go. {@link #accept} returns the outcome as delivered: a document whose output cannot be
 * written comes back as an {@code UNWRITABLE} failure, so it is counted and reported like any other.
 */
interface BatchSink {
    /** Whether outcomes must arrive in input order. */
    boolean ordered();

    Outcome accept(Outcome outcome) throws IOException;

    /** Everything was accepted: complete the output. */
    void finish() throws IOException;

    /** {@code <DIR>/<name>.json} per document, pretty like a golden file, each written atomically. */
    final class JsonFiles implements BatchSink {
        private final Path dir;
        private final List<String> names;

        JsonFiles(Path dir, List<String> names) {
            this.dir = dir;
            this.names = names;
        }

        @Override
        public boolean ordered() {
            return false;
        }

        @Override
        public Outcome accept(Outcome o) throws IOException {
            Path target = dir.resolve(names.get(o.input().index()));
            if (o.document() != null) {
                try {
                    AtomicWriter.write(target, GoldenFiles.render(o.document()));
                } catch (IOException | RuntimeException e) {
                    return Outcome.failed(o.input(), new Failure(Failure.UNWRITABLE,
                            "cannot write " + target + ": " + e.getMessage()), e);
                }
            } else if (!o.ok()) {
                // The output of an earlier run describes another version of this input: it must not stay.
                Files.deleteIfExists(target);
            }
            return o;
        }

        @Override
        public void finish() {
        }
    }

    /**
     * Flushes a stream sink; a PrintWriter (stdout) swallows write errors, so a closed pipe is asked for and
     * reported instead of losing the rest of the run silently.
     */
    private static void flushChecked(Writer out) throws IOException {
        out.flush();
        if (out instanceof PrintWriter p && p.checkError()) {
            throw new IOException("cannot write to the output (closed?)");
        }
    }

    /** One compact JSON line per document or error record, in input order. */
    final class JsonLines implements BatchSink {
        private final Writer out;

        JsonLines(Writer out) {
            this.out = out;
        }

        @Override
        public boolean ordered() {
            return true;
        }

        @Override
        public Outcome accept(Outcome o) throws IOException {
            Object value = o.ok() ? o.document() : o.errorRecord();
            out.write(GoalJson.compact(value));
            out.write('\n');
            flushChecked(out);
            return o;
        }

        @Override
        public void finish() throws IOException {
            out.flush();
        }
    }

    /** The CSV table ({@link CsvExporter}), in input order; failed documents have no rows. */
    final class CsvTable implements BatchSink {
        private final Writer out;
        private boolean started;

        CsvTable(Writer out) {
            this.out = out;
        }

        @Override
        public boolean ordered() {
            return true;
        }

        @Override
        public Outcome accept(Outcome o) throws IOException {
            start();
            if (o.document() != null) {
                out.write(CsvExporter.rows(o.input().name(), o.document()));
                flushChecked(out);
            }
            return o;
        }

        @Override
        public void finish() throws IOException {
            start();
            out.flush();
        }

        private void start() throws IOException {
            if (!started) {
                started = true;
                out.write(CsvExporter.start());
            }
        }
    }
}
