package org.goalparse.cli;

import org.goalparse.GoalParseException;
import org.goalparse.batch.Failure;
import org.goalparse.source.Source;

/**
 * Runs the work on one document and never throws: a {@link GoalParseException} or any unexpected exception
 * becomes a {@link Failure}, reported as ONE line on stderr ({@code goalparse: FILE: message}), with the
 * stack trace after it only under {@code --debug}.
 */
final class Attempt {
    /** Work on one document. */
    @FunctionalInterface
    interface Work<T> {
        T run(Source source) throws GoalParseException;
    }

    /** Either a value or the failure. */
    record Result<T>(T value, Failure failure) {
        boolean ok() {
            return failure == null;
        }
    }

    private Attempt() {
    }

    static <T> Result<T> run(Context context, boolean debug, String arg, String municipality, Work<T> work) {
        try {
            Source source = Inputs.source(arg, context, municipality);
            return new Result<>(work.run(source), null);
        } catch (GoalParseException e) {
            return failed(context, debug, arg, Failure.of(e), e);
        } catch (RuntimeException | StackOverflowError | OutOfMemoryError e) {
            return failed(context, debug, arg, Failure.classify(e), e);
        }
    }

    private static <T> Result<T> failed(Context context, boolean debug, String arg, Failure failure, Throwable t) {
        context.err().println("goalparse: " + arg + ": " + failure.message());
        if (debug) {
            t.printStackTrace(context.err());
        }
        context.err().flush();
        return new Result<>(null, failure);
    }
}
