package org.goalparse.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;
import java.util.stream.Stream;
import org.goalparse.GoalParser;
import org.goalparse.golden.RepoRoot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * A batch whose output cannot be written (a read-only folder, a disk that fills up half-way) says so, prints its
 * summary, keeps the error records (in errors.jsonl as far as it goes, else on stderr) and exits 4. Neither
 * condition can be made without root, so the files are created on an injected {@link Disk} that fails.
 */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class BatchWriteFailureTest {
    private static final List<String> SAMPLES = Stream.of("iruma-2022-shiminseikatsubu.txt",
            "toyonaka-2022-shiminkyodobu.txt", "isehara-2021-shiminseikatsubu.html")
            .map(f -> RepoRoot.sample(f).toString()).toList();

    @TempDir
    Path dir;

    /** Creates files as the local disk does, except those {@code full} matches, whose writes fail. */
    private static Disk disk(Predicate<Path> full) {
        return p -> full.test(p) ? new Full(p) : Disk.LOCAL.create(p);
    }

    /** A file on a full disk: it is created, but no byte can be written to it. */
    private static final class Full extends OutputStream {
        private final Path file;

        Full(Path file) {
            this.file = file;
        }

        @Override
        public void write(int b) throws IOException {
            throw new FileSystemException(file.toString(), null, "No space left on device");
        }
    }

    private static CliRun run(Disk disk, GoalParser parser, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        PrintWriter o = new PrintWriter(out);
        PrintWriter e = new PrintWriter(err);
        int exit = Cli.commandLine(new Context(o, e, () -> new ByteArrayInputStream(new byte[0]), () -> parser,
                false, disk)).execute(args);
        o.flush();
        e.flush();
        return new CliRun(exit, out.toString(), err.toString());
    }

    private static String[] batch(Path out, String... more) {
        List<String> args = new java.util.ArrayList<>(List.of("batch", "-q", "--jobs", "1", "-o", out.toString()));
        args.addAll(List.of(more));
        args.addAll(SAMPLES);
        return args.toArray(String[]::new);
    }

    @Test
    void aFolderThatTakesNoFileIsRefusedBeforeAnythingIsParsed() {
        AtomicInteger parses = new AtomicInteger();
        GoalParser counting = GoalParser.builder().interpreter((outline, source, city) -> {
            parses.incrementAndGet();
            return new org.goalparse.interpret.DocumentInterpreter().interpret(outline, source, city);
        }).build();
        Path out = dir.resolve("out");
        Disk readOnly = p -> {
            throw new FileSystemException(p.toString(), null, "Read-only file system");
        };
        CliRun run = run(readOnly, counting, batch(out));
        assertEquals(ExitCode.INTERNAL.code(), run.exit(), run::toString);
        assertEquals(1, run.errLines().size(), run::toString);
        assertTrue(run.err().contains("cannot write to the output folder " + out), run.err());
        assertTrue(run.err().contains("Read-only file system"), run.err());
        assertEquals(0, parses.get(), "nothing is parsed for an output that cannot be written");
    }

    @Test
    void aDiskThatFillsUpHalfWayFailsTheRestAndStillWritesTheErrorLogInPlace() throws Exception {
        Path out = dir.resolve("out");
        AtomicInteger temps = new AtomicInteger();
        // the probe and the first document's file fit; every temporary file after them finds the disk full
        Disk filling = disk(p -> AtomicWriter.isTemp(p.getFileName().toString()) && temps.incrementAndGet() > 2);
        CliRun run = run(filling, Cli.sharedParser(), batch(out));

        assertEquals(ExitCode.SOME_FAILED.code(), run.exit(), run::toString);
        assertEquals(BadInputBatchTest.summary(3, 1, 2), BadInputBatchTest.summaryOf(run));
        assertTrue(Files.exists(out.resolve("iruma-2022-shiminseikatsubu.txt.json")));
        assertFalse(Files.exists(out.resolve("toyonaka-2022-shiminkyodobu.txt.json")));
        // errors.jsonl's temporary copy found no room either: the log was written in place
        List<String> log = Files.readAllLines(out.resolve(ErrorLog.FILE));
        assertEquals(2, log.size(), log::toString);
        assertTrue(log.get(0).contains("\"UNWRITABLE\"") && log.get(0).contains("No space left on device"), log.get(0));
        assertTrue(log.get(1).contains("isehara-2021-shiminseikatsubu.html"), log.get(1));
        assertNoTemporaryFiles(out);
    }

    @Test
    void aStreamThatCannotBeWrittenStopsTheRunWithItsSummaryAndEveryInputInTheLog() throws Exception {
        Path out = dir.resolve("out");
        AtomicInteger temps = new AtomicInteger();
        // the probe fits; batch.jsonl's temporary file does not, nor errors.jsonl's
        Disk filling = disk(p -> AtomicWriter.isTemp(p.getFileName().toString()) && temps.incrementAndGet() > 1);
        CliRun run = run(filling, Cli.sharedParser(), batch(out, "--format", "jsonl"));

        assertEquals(ExitCode.INTERNAL.code(), run.exit(), run::toString);
        assertTrue(run.err().contains("cannot write the output (") && run.err().contains("No space left on device"),
                run.err());
        assertEquals(BadInputBatchTest.summary(3, 0, 3), BadInputBatchTest.summaryOf(run));
        assertFalse(Files.exists(out.resolve("batch.jsonl")), "no half-written stream");
        List<String> log = Files.readAllLines(out.resolve(ErrorLog.FILE));
        assertEquals(3, log.size(), log::toString);
        for (int i = 0; i < 3; i++) {
            assertTrue(log.get(i).contains(Path.of(SAMPLES.get(i)).getFileName().toString()), log.get(i));
            assertTrue(log.get(i).contains("\"UNWRITABLE\""), log.get(i));
        }
        assertNoTemporaryFiles(out);
    }

    @Test
    void anErrorLogThatCannotBeWrittenAtAllGoesToStderr() {
        Path out = dir.resolve("out");
        AtomicInteger creates = new AtomicInteger();
        // only the probe fits: every document and the log itself find the disk full
        Disk full = disk(p -> creates.incrementAndGet() > 1);
        CliRun run = run(full, Cli.sharedParser(), batch(out));

        assertEquals(ExitCode.INTERNAL.code(), run.exit(), run::toString);
        assertTrue(run.err().contains("cannot write " + out.resolve(ErrorLog.FILE)), run.err());
        long records = run.errLines().stream().filter(l -> l.startsWith("{\"source\"")).count();
        assertEquals(3, records, run::toString);
        assertEquals(BadInputBatchTest.summary(3, 0, 3), BadInputBatchTest.summaryOf(run));
    }

    @Test
    void dashAsTheOutputIsStdout() {
        CliRun run = CliRun.run("batch", "-q", "-o", "-", SAMPLES.get(0));
        assertEquals(ExitCode.OK.code(), run.exit(), run::toString);
        assertEquals(1, run.out().lines().count(), run::toString);
        assertTrue(run.out().startsWith("{\"schemaVersion\""), run.out());
        assertFalse(Files.exists(Path.of("-")), "no folder named -");
    }

    @Test
    void temporaryFilesAKilledRunLeftAreRemovedAndNothingElse() throws Exception {
        Path out = Files.createDirectories(dir.resolve("out"));
        FileTime hourAgo = FileTime.from(Instant.now().minus(1, ChronoUnit.HOURS));
        Path left = Files.writeString(out.resolve(".goalparse-3k9x0a1b2c.tmp"), "{\"half");
        Files.setLastModifiedTime(left, hourAgo);
        // not goalparse's naming, or in a subfolder: never touched
        Path others = Files.writeString(out.resolve(".goalparse-notes.txt"), "mine");
        Path upper = Files.writeString(out.resolve(".goalparse-ABC.tmp"), "mine");
        Path nested = Files.writeString(Files.createDirectories(out.resolve("sub")).resolve(".goalparse-a1.tmp"), "x");
        for (Path p : List.of(others, upper, nested)) {
            Files.setLastModifiedTime(p, hourAgo);
        }
        // a run writing now (started after this one) keeps its temporary file
        Path fresh = Files.writeString(out.resolve(".goalparse-zz9.tmp"), "{");
        Files.setLastModifiedTime(fresh, FileTime.from(Instant.now().plus(1, ChronoUnit.HOURS)));

        CliRun run = CliRun.run("batch", "-q", "-o", out.toString(), SAMPLES.get(0));

        assertEquals(ExitCode.OK.code(), run.exit(), run::toString);
        assertFalse(Files.exists(left));
        assertTrue(run.err().contains("removed 1 temporary file an interrupted run left in " + out
                + " (.goalparse-3k9x0a1b2c.tmp)"), run.err());
        for (Path p : List.of(others, upper, nested, fresh)) {
            assertTrue(Files.exists(p), p::toString);
        }
    }

    @Test
    void noDocumentAtAllIsAUsageErrorWithAHint() throws Exception {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        Files.writeString(empty.resolve("notes.md"), "not a document type");
        CliRun walked = CliRun.run("batch", empty.toString());
        assertEquals(ExitCode.USAGE.code(), walked.exit(), walked::toString);
        assertTrue(walked.err().startsWith("no documents to parse: the folders given hold no document (files ending "
                + ".doc, .docx"), walked.err());
        CliRun stdin = CliRun.withStdin("\n\n".getBytes(java.nio.charset.StandardCharsets.UTF_8), "batch", "-");
        assertEquals(ExitCode.USAGE.code(), stdin.exit(), stdin::toString);
        assertTrue(stdin.err().startsWith("no documents to parse: - read no paths from stdin"), stdin.err());
    }

    private static void assertNoTemporaryFiles(Path out) throws IOException {
        try (Stream<Path> files = Files.list(out)) {
            List<String> temps = files.map(p -> p.getFileName().toString()).filter(AtomicWriter::isTemp).toList();
            assertEquals(List.of(), temps);
        }
    }
}
