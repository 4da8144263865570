package org.goalparse.cli;

import java.util.List;
import java.util.Objects;
import org.goalparse.batch.ErrorRecord;
import org.goalparse.batch.Failure;
import org.goalparse.model.GoalDocument;

/**
 * What became of one input of a batch: its records (one for a file of one department, one per department for a
 * file of several, in file order), a failure (with the throwable behind it, for {@code --debug}), or skipped
 * because its output is up to date ({@code --resume}; counted as ok). {@code documents} is empty unless parsed.
 */
record Outcome(Input input, List<GoalDocument> documents, Failure failure, Throwable cause, boolean skipped) {
    Outcome {
        Objects.requireNonNull(input, "input");
        documents = List.copyOf(Objects.requireNonNull(documents, "documents"));
        int set = (!documents.isEmpty() ? 1 : 0) + (failure != null ? 1 : 0) + (skipped ? 1 : 0);
        if (set != 1) {
            throw new IllegalArgumentException("exactly one of documents, failure and skipped");
        }
    }

    static Outcome parsed(Input input, List<GoalDocument> documents) {
        if (documents.isEmpty()) {
            throw new IllegalArgumentException("a parsed input has at least one record");
        }
        return new Outcome(input, documents, null, null, false);
    }

    static Outcome failed(Input input, Failure failure, Throwable cause) {
        return new Outcome(input, List.of(), Objects.requireNonNull(failure, "failure"), cause, false);
    }

    static Outcome skippedUnchanged(Input input) {
        return new Outcome(input, List.of(), null, null, true);
    }

    boolean ok() {
        return failure == null;
    }

    /** Whether the input was parsed now (not failed, not skipped). */
    boolean parsed() {
        return !documents.isEmpty();
    }

    ErrorRecord errorRecord() {
        return ErrorRecord.of(input.name(), failure);
    }
}
