package org.goalparse.cli;

import java.util.Objects;
import org.goalparse.model.GoalDocument;

/**
 * What became of one input of a batch: a document, a failure (with the throwable behind it, for {@code --debug}),
 * or skipped because its output is up to date ({@code --resume}; counted as ok).
 */
record Outcome(Input input, GoalDocument document, Failure failure, Throwable cause, boolean skipped) {
    Outcome {
        Objects.requireNonNull(input, "input");
        int set = (document != null ? 1 : 0) + (failure != null ? 1 : 0) + (skipped ? 1 : 0);
        if (set != 1) {
            throw new IllegalArgumentException("exactly one of document, failure and skipped");
        }
    }

    static Outcome parsed(Input input, GoalDocument document) {
        return new Outcome(input, Objects.requireNonNull(document, "document"), null, null, false);
    }

    static Outcome failed(Input input, Failure failure, Throwable cause) {
        return new Outcome(input, null, Objects.requireNonNull(failure, "failure"), cause, false);
    }

    static Outcome skippedUnchanged(Input input) {
        return new Outcome(input, null, null, null, true);
    }

    boolean ok() {
        return failure == null;
    }

    ErrorRecord errorRecord() {
        return new ErrorRecord(input.name(), failure);
    }
}
