package org.goalparse.cli;

import java.io.InputStream;
import java.io.PrintWriter;
import java.util.function.Supplier;
import org.goalparse.GoalParser;
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
        return commandLine(out, err, () -> System.in, Cli::sharedParser);
    }

    /** The command line with everything injected. */
    public static CommandLine commandLine(PrintWriter out, PrintWriter err, Supplier<InputStream> stdin,
                                          Supplier<GoalParser> parser) {
        Context context = new Context(out, err, stdin, parser);
        CommandLine cli = new CommandLine(new GoalparseCommand());
        cli.addSubcommand("parse", new ParseCommand(context));
        cli.addSubcommand("text", new TextCommand(context));
        cli.addSubcommand("schema", new SchemaCommand(context));
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
