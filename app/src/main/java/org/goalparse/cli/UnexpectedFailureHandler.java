package org.goalparse.cli;

import java.io.PrintWriter;
import org.goalparse.batch.Failure;
import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * A failure outside any one document (documents are handled by {@link Attempt}): one line on stderr, exit
 * {@link ExitCode#INTERNAL}, the stack trace only under {@code --debug}.
 */
final class UnexpectedFailureHandler implements IExecutionExceptionHandler {
    private final PrintWriter err;

    UnexpectedFailureHandler(PrintWriter err) {
        this.err = err;
    }

    @Override
    public int handleExecutionException(Exception e, CommandLine cmd, ParseResult parseResult) {
        err.println("goalparse: " + Failure.unexpected(e).message());
        if (debug(parseResult)) {
            e.printStackTrace(err);
        }
        err.flush();
        return ExitCode.INTERNAL.code();
    }

    private static boolean debug(ParseResult result) {
        for (ParseResult r = result; r != null; r = r.subcommand()) {
            if (r.hasMatchedOption("--debug")) {
                return true;
            }
        }
        return false;
    }
}
