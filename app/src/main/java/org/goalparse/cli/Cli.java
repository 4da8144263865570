package org.goalparse.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.util.function.Supplier;
import org.goalparse.GoalParser;
import org.goalparse.review.RecordProvider;
import picocli.CommandLine;

/**
 * The one place the command line is put together, used by {@link Main} and by the tests (which pass their own
 * writers and stdin and run in-process).
 */
public final class Cli {
    private Cli() {
    }

    /** The command line of this process: stdin is {@code System.in}, the parser is the shared one. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err) {
        // Java 17 cannot ask about stderr alone; a console means an interactive session.
        return commandLine(out, err, () -> System.in, Cli::sharedParser, System.console() != null);
    }

    /** The command line with everything injected. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err, Supplier<InputStream> stdin,
                                          Supplier<GoalParser> parser) {
        return commandLine(out, err, stdin, parser, false);
    }

    /** The command line with everything injected, {@code terminal} telling whether stderr is a terminal. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err, Supplier<InputStream> stdin,
                                          Supplier<GoalParser> parser, boolean terminal) {
        return commandLine(new Context(out, err, stdin, parser, terminal, Disk.LOCAL));
    }

    /** The command line of a context (tests: a disk that fails). */
    static CommandLine commandLine(Context context) {
        return commandLine(context, RecordProvider.parsing());
    }

    /** The command line of a context whose {@code review} gets its records from {@code records} (tests). */
    static CommandLine commandLine(Context context, RecordProvider records) {
        PrintWriter out = context.out();
        PrintWriter err = context.err();
        CommandLine cli = new CommandLine(new GoalparseCommand());
        cli.addSubcommand("parse", new ParseCommand(context));
        cli.addSubcommand("text", new TextCommand(context));
        cli.addSubcommand("batch", new BatchCommand(context));
        cli.addSubcommand("check", new CheckCommand(context));
        cli.addSubcommand("schema", new SchemaCommand(context));
        cli.addSubcommand("review", new ReviewCommand(context, records));
        cli.setOut(out);
        cli.setErr(err);
        cli.setExecutionExceptionHandler(new UnexpectedFailureHandler(err));
        return cli;
    }

    /** Built on first use, once per process: a {@link GoalParser} is immutable and thread-safe. */
    public static GoalParser sharedParser() {
        return SharedParser.INSTANCE;
    }

    private static final class SharedParser {
        static final GoalParser INSTANCE = GoalParser.builder().build();
    }
}
