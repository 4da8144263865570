package org.goalparse.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Objects;
import java.util.function.Supplier;
import org.goalparse.GoalParser;

/** What every subcommand works with: the output writers, stdin, and the (lazily built) parser. */
record Context(PrintWriter out, PrintWriter err, Supplier<InputStream> stdin, Supplier<GoalParser> parser) {
    Context {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
        Objects.requireNonNull(stdin, "stdin");
        Objects.requireNonNull(parser, "parser");
    }
}
