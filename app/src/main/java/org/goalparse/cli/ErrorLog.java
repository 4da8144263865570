package org.goalparse.cli;

import java.io.IOException;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.ArrayList;
import java.util.List;
import org.goalparse.model.GoalJson;

/**
 * {@code <DIR>/errors.jsonl}: one error record per failed document of the run, in input order, written atomically
 * when the run ends (an empty file when nothing failed, so the errors of an earlier run do not linger).
 */
final class ErrorLog {
    static final String FILE = "errors.jsonl";

    private final List<Outcome> failed = new ArrayList<>();

    void add(Outcome o) {
        if (!o.ok()) {
            failed.add(o);
        }
    }

    void write(Path dir) throws IOException {
        failed.sort(Comparator.comparingInt(o -> o.input().index()));
        StringBuilder sb = new StringBuilder();
        for (Outcome o : failed) {
            sb.append(GoalJson.compact(o.errorRecord())).append('\n');
        }
        AtomicWriter.write(dir.resolve(FILE), sb.toString());
    }
}
