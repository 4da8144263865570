package org.goalparse.cli;

/** The exit codes of goalparse, as the contract names them. */
public enum ExitCode {
    /** Every document parsed. */
    OK(0),
    /** Several documents: at least one failed (its error record is on stdout). */
    SOME_FAILED(1),
    /** Unknown option, missing argument: picocli's usage message is on stderr. */
    USAGE(2),
    /** The (single) input could not be read or is not a supported document: one line on stderr. */
    UNREADABLE(3),
    /** A failure outside any one document (e.g. stdout closed): one line on stderr. */
    INTERNAL(4);

    private final int code;

    ExitCode(int code) {
        this.code = code;
    }

    public int code() {
        return code;
    }
}
