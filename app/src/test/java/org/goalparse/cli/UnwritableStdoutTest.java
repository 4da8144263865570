package org.goalparse.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.atomic.AtomicInteger;
import org.goalparse.GoalParser;
import org.junit.jupiter.api.Test;

/** {@code > /dev/full}, {@code | head -1}: stdout that stops taking bytes is a failure, not a silent exit 0. */
class UnwritableStdoutTest {
    /** A stream that takes {@code capacity} bytes, then fails every write (a full disk, a closed pipe). */
    private static final class Full extends OutputStream {
        private int capacity;

        Full(int capacity) {
            this.capacity = capacity;
        }

        @Override
        public void write(int b) throws IOException {
            if (capacity-- <= 0) {
                throw new IOException("No space left on device");
            }
        }
    }

    private record Run(int exit, String err) {
    }

    private static Run run(OutputStream stdout, GoalParser parser, String... args) {
        PrintWriter out = new PrintWriter(new java.io.OutputStreamWriter(stdout, StandardCharsets.UTF_8));
        StringWriter err = new StringWriter();
        int exit = Cli.commandLine(out, new PrintWriter(err), () -> new ByteArrayInputStream(new byte[0]),
                () -> parser).execute(args);
        return new Run(exit, err.toString());
    }

    @Test
    void everyCommandExitsFourWithOneLineWhenStdoutIsFull() {
        String sample = ParseCommandTest.IRUMA.toString();
        for (String[] args : new String[][] {{"parse", sample}, {"text", sample}, {"schema"},
                {"parse", sample, sample}}) {
            Run r = run(new Full(0), Cli.sharedParser(), args);
            assertEquals(ExitCode.INTERNAL.code(), r.exit(), String.join(" ", args) + ": " + r.err());
            assertTrue(r.err().contains(Stdout.MESSAGE), r.err());
        }
    }

    @Test
    void aClosedPipeStopsTheParseOfTheFilesAfterIt() {
        AtomicInteger parses = new AtomicInteger();
        GoalParser counting = GoalParser.builder().interpreter((outline, source, city) -> {
            parses.incrementAndGet();
            return new org.goalparse.interpret.DocumentInterpreter().interpret(outline, source, city);
        }).build();
        String sample = ParseCommandTest.IRUMA.toString();
        // room for the first line only, as `| head -1` leaves
        Run r = run(new Full(200), counting, "parse", sample, sample, sample, sample);
        assertEquals(ExitCode.INTERNAL.code(), r.exit(), r.err());
        assertTrue(parses.get() <= 2, "parsed " + parses.get() + " of 4 files after stdout closed");
    }
}
