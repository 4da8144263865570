package org.goalparse.cli;

import java.util.Objects;
import org.goalparse.GoalParseException;

/**
 * Why one document failed: {@code code} is the {@link GoalParseException.Status} name (UNREADABLE, UNSUPPORTED,
 * ENCRYPTED, TOO_LARGE, TIMEOUT) or INTERNAL for a bug; {@code message} is one line for people.
 */
record Failure(String code, String message) {
    static final String INTERNAL = "INTERNAL";

    Failure {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(message, "message");
        message = oneLine(message);
    }

    static Failure of(GoalParseException e) {
        return new Failure(e.status().name(), e.getMessage());
    }

    /** An unexpected exception: a bug in goalparse, or in a library it did not expect to fail. */
    static Failure unexpected(Throwable t) {
        String detail = t.getMessage() == null ? "" : ": " + t.getMessage();
        return new Failure(INTERNAL, "internal error (" + t.getClass().getSimpleName() + detail + ")");
    }

    private static String oneLine(String s) {
        String flat = s.replaceAll("\\s*\\R\\s*", " ").strip();
        return flat.isEmpty() ? "failed" : flat;
    }
}
