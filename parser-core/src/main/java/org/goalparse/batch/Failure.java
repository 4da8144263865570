package org.goalparse.batch;

import java.util.Objects;
import org.goalparse.GoalParseException;

/**
 * Why one document failed: {@code code} is the {@link GoalParseException.Status} name (UNREADABLE, UNSUPPORTED,
 * ENCRYPTED, TOO_LARGE, TIMEOUT) or INTERNAL for a bug; {@code message} is one line for people.
 */
public record Failure(String code, String message) {
    public static final String INTERNAL = "INTERNAL";
    /** Batch only: the document parsed but its output file could not be written. */
    public static final String UNWRITABLE = "UNWRITABLE";

    public Failure {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        message = oneLine(message);
    }

    public static Failure of(GoalParseException e) {
        return new Failure(e.status().name(), e.getMessage());
    }

    /**
     * Any throwable from the work on one document: a {@link GoalParseException} keeps its status; running out of
     * memory is {@code TOO_LARGE} (the document is too large or too complex for the heap); anything else is a bug.
     */
    public static Failure classify(Throwable t) {
        if (t instanceof GoalParseException e) {
            return of(e);
        }
        if (t instanceof OutOfMemoryError) {
            return new Failure(GoalParseException.Status.TOO_LARGE.name(),
                    "ran out of memory while parsing (the document is too large or too complex for the Java heap)");
        }
        return unexpected(t);
    }

    /** An unexpected exception: a bug in goalparse, or in a library it did not expect to fail. */
    public static Failure unexpected(Throwable t) {
        String detail = t.getMessage() == null ? "" : ": " + t.getMessage();
        return new Failure(INTERNAL, "internal error (" + t.getClass().getSimpleName() + detail + ")");
    }

    private static String oneLine(String s) {
        String flat = s.replaceAll("\\s*\\R\\s*", " ").strip();
        return flat.isEmpty() ? "failed" : flat;
    }
}
