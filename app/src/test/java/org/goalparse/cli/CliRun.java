package org.goalparse.cli;

import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;

/** One in-process run of the command line, through the same factory {@link Main} uses. */
record CliRun(int exit, String out, String err) {

    static CliRun run(String... args) {
        return withStdin(new byte[0], args);
    }

    static CliRun withStdin(byte[] stdin, String... args) {
        return with(Cli.sharedParser(), stdin, args);
    }

    static CliRun withParser(org.goalparse.GoalParser parser, String... args) {
        return with(parser, new byte[0], args);
    }

    private static CliRun with(org.goalparse.GoalParser parser, byte[] stdin, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        PrintWriter outWriter = new PrintWriter(out);
        PrintWriter errWriter = new PrintWriter(err);
        int exit = Cli.commandLine(outWriter, errWriter, () -> new ByteArrayInputStream(stdin), () -> parser)
                .execute(args);
        outWriter.flush();
        errWriter.flush();
        return new CliRun(exit, out.toString(), err.toString());
    }

    /** The non-empty lines of stderr. */
    java.util.List<String> errLines() {
        return err.lines().filter(l -> !l.isBlank()).toList();
    }

    @Override
    public String toString() {
        return "exit " + exit + "\n--- stdout ---\n" + out + "\n--- stderr ---\n" + err;
    }
}
