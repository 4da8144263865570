package org.goalparse.cli;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.Writer;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVPrinter;
import org.goalparse.batch.Failure;
import org.goalparse.golden.GoldenFiles;
import org.goalparse.model.GoalDocument;
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

    /**
     * {@code <DIR>/<name>.json} per input, or {@code <DIR>/<name without .json>.<suffix>.json} per department of a
     * file of several ({@link PartFiles}), pretty like a golden file, each written atomically. What an earlier run
     * wrote for another version of the input (the whole-file output beside parts, parts beside a whole-file
     * output, parts beyond today's count, anything of an input that fails now) is removed.
     */
    final class JsonFiles implements BatchSink {
        private final List<String> names;
        private final PartFiles.Folder folder;
        private final Disk disk;

        JsonFiles(List<String> names, PartFiles.Folder folder, Disk disk) {
            this.names = names;
            this.folder = folder;
            this.disk = disk;
        }

        @Override
        public boolean ordered() {
            return false;
        }

        @Override
        public Outcome accept(Outcome o) throws IOException {
            String name = names.get(o.input().index());
            if (o.parsed()) {
                List<String> written = new ArrayList<>();
                for (GoalDocument doc : o.documents()) {
                    Path target = folder.dir().resolve(PartFiles.name(name, doc));
                    try {
                        AtomicWriter.write(target, GoldenFiles.render(doc), disk);
                        written.add(target.getFileName().toString());
                    } catch (IOException | RuntimeException e) {
                        removeAll(name); // half an input's parts would pass for the whole of it
                        return Outcome.failed(o.input(), new Failure(Failure.UNWRITABLE,
                                "cannot write " + target + ": " + e.getMessage()), e);
                    }
                }
                folder.removeStale(name, written);
            } else if (!o.ok()) {
                // The output of an earlier run describes another version of this input: it must not stay.
                folder.removeStale(name, List.of());
            }
            return o;
        }

        private void removeAll(String name) {
            try {
                folder.removeStale(name, List.of());
            } catch (IOException | RuntimeException e) {
                // best effort: the input is reported UNWRITABLE anyway
            }
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
            throw new IOException("stdout: a closed pipe or a full disk");
        }
    }

    /** One compact JSON line per record (each department of a file of several) or error record, in input order. */
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
            if (!o.ok()) {
                out.write(GoalJson.compact(o.errorRecord()));
                out.write('\n');
            }
            for (GoalDocument doc : o.documents()) {
                out.write(GoalJson.compact(doc));
                out.write('\n');
            }
            flushChecked(out);
            return o;
        }

        @Override
        public void finish() throws IOException {
            out.flush();
        }
    }

    /** The CSV table ({@link CsvExporter}), in input order, the rows of each record; failed inputs have none. */
    final class CsvTable implements BatchSink {
        private final Writer out;
        private final CSVPrinter printer;
        private boolean started;

        CsvTable(Writer out) {
            this.out = out;
            try {
                this.printer = new CSVPrinter(out, Csv.WRITE); // writes nothing: the format has no header or comment
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        @Override
        public boolean ordered() {
            return true;
        }

        @Override
        public Outcome accept(Outcome o) throws IOException {
            start();
            if (o.parsed()) {
                for (GoalDocument doc : o.documents()) {
                    CsvExporter.print(printer, o.input().name(), doc);
                }
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
                CsvExporter.start(out, printer);
            }
        }
    }
}
