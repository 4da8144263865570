package org.goalparse.cli;

/**
 * Whether what a command printed reached its destination. A {@link java.io.PrintWriter} swallows write errors
 * (a full disk, a closed pipe as in {@code | head -1}): a command asks after writing, and on failure says so in
 * one line and exits {@link ExitCode#INTERNAL} instead of 0 with a truncated file, and stops parsing documents
 * nobody will read.
 */
final class Stdout {
    static final String MESSAGE = "goalparse: cannot write to stdout (a closed pipe or a full disk?): output incomplete";

    private Stdout() {
    }

    /** Flushes stdout; false (and the one line on stderr) when anything printed so far was not written. */
    static boolean written(Context context) {
        context.out().flush();
        if (!context.out().checkError()) {
            return true;
        }
        context.err().println(MESSAGE);
        context.err().flush();
        return false;
    }
}
