package org.goalparse.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.goalparse.model.GoalJson;

/**
 * {@code <DIR>/errors.jsonl}: one error record per failed document of the run, in input order, written atomically
 * when the run ends (an empty file when nothing failed, so the errors of an earlier run do not linger). When the
 * atomic write fails (a full disk has no room for the temporary copy) the file is written in place instead, as
 * far as it goes: a log cut short beats the previous run's log or none.
 */
final class ErrorLog {
    static final String FILE = "errors.jsonl";

    private final List<Outcome> failed = new ArrayList<>();

    void add(Outcome o) {
        if (!o.ok()) {
            failed.add(o);
        }
    }

    int size() {
        return failed.size();
    }

    /** Writes the log; throws when not even the in-place write got it all out. */
    void write(Path dir, Disk disk) throws IOException {
        failed.sort(Comparator.comparingInt(o -> o.input().index()));
        StringBuilder sb = new StringBuilder();
        for (Outcome o : failed) {
            sb.append(GoalJson.compact(o.errorRecord())).append('\n');
        }
        String text = sb.toString();
        try {
            AtomicWriter.write(dir.resolve(FILE), text, disk);
        } catch (IOException atomic) {
            try {
                inPlace(dir.resolve(FILE), text, disk);
            } catch (IOException e) {
                e.addSuppressed(atomic);
                throw e;
            }
        }
    }

    /** The records, one line each, to {@code err} (when the file cannot take them). */
    void print(java.io.PrintWriter err) {
        failed.sort(Comparator.comparingInt(o -> o.input().index()));
        for (Outcome o : failed) {
            err.println(GoalJson.compact(o.errorRecord()));
        }
        err.flush();
    }

    private static void inPlace(Path file, String text, Disk disk) throws IOException {
        Files.deleteIfExists(file);
        try (OutputStream out = disk.create(file); Writer w = new OutputStreamWriter(out, StandardCharsets.UTF_8)) {
            w.write(text);
        }
    }
}
