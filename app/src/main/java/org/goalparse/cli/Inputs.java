package org.goalparse.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import org.goalparse.GoalParseException;
import org.goalparse.GoalParseException.Status;
import org.goalparse.GoalParser;
import org.goalparse.source.Source;

/**
 * Turns a FILE argument into a {@link Source}: a path, named as given (what {@code source.path} says), or {@code -}
 * for stdin (named "stdin"; {@link #STDIN} is its {@code source.path}, see {@link #givenPath}).
 */
final class Inputs {
    static final String STDIN = "-";

    private Inputs() {
    }

    static Source source(String arg, Context context, String municipality) throws GoalParseException {
        Source source = STDIN.equals(arg) ? stdin(context) : path(arg);
        return municipality == null ? source : source.withMunicipality(municipality);
    }

    /** The records of input {@code arg} with {@code source.path} as typed: {@code -} for stdin, which has no path. */
    static java.util.List<org.goalparse.model.GoalDocument> givenPath(String arg,
            java.util.List<org.goalparse.model.GoalDocument> docs) {
        if (!STDIN.equals(arg)) {
            return docs;
        }
        return docs.stream().map(d -> d.withSource(d.source().withPath(STDIN))).toList();
    }

    private static Source path(String arg) throws GoalParseException {
        try {
            return Source.named(arg, Path.of(arg)); // source.path: the argument as typed
        } catch (InvalidPathException e) {
            throw new GoalParseException(Status.UNREADABLE, "not a valid path", e);
        }
    }

    private static Source stdin(Context context) throws GoalParseException {
        // One byte past the limit is enough for the parser to refuse a document that is too large.
        int limit = (int) Math.min(Integer.MAX_VALUE - 16L, GoalParser.DEFAULT_MAX_BYTES + 1);
        try {
            InputStream in = context.stdin().get();
            return Source.of("stdin", in.readNBytes(limit));
        } catch (IOException e) {
            throw new GoalParseException(Status.UNREADABLE, "cannot read stdin: " + e.getMessage(), e);
        }
    }
}
