package org.goalparse;

import java.util.Objects;

/**
 * The one exception goalparse throws: a document that cannot be read at all.
 * Anything less (a paragraph that cannot be placed, a table that does not parse)
 * becomes a warning on the output instead.
 */
public final class GoalParseException extends Exception {

    /** Why a document could not be read. */
    public enum Status {
        /** Missing path, a directory, an empty file, bytes that are no known format, a damaged file. */
        UNREADABLE,
        /** A format goalparse recognizes but does not parse (an image, an archive). */
        UNSUPPORTED,
        /** Password-protected. */
        ENCRYPTED,
        /** Over the configured size limit. */
        TOO_LARGE,
        /** Took longer than the configured limit. */
        TIMEOUT
    }

    private static final long serialVersionUID = 1L;
    private final Status status;

    public GoalParseException(Status status, String message) {
        super(Objects.requireNonNull(message, "message"));
        this.status = Objects.requireNonNull(status, "status");
    }

    public GoalParseException(Status status, String message, Throwable cause) {
        super(Objects.requireNonNull(message, "message"), cause);
        this.status = Objects.requireNonNull(status, "status");
    }

    public Status status() {
        return status;
    }
}
