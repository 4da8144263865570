package org.goalparse.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.util.Objects;
import java.util.function.Supplier;
import org.goalparse.GoalParser;

/**
 * What every subcommand works with: the output writers, stdin, the (lazily built) parser, and whether stderr is a
 * terminal (a progress bar) or not (plain progress lines), and the disk output files are created on.
 */
record Context(PrintWriter out, PrintWriter err, Supplier<InputStream> stdin, Supplier<GoalParser> parser,
               boolean terminal, Disk disk) {
    Context {
        Objects.requireNonNull(out, "out");
        Objects.requireNonNull(err, "err");
        Objects.requireNonNull(stdin, "stdin");
        Objects.requireNonNull(parser, "parser");
        Objects.requireNonNull(disk, "disk");
    }
}
