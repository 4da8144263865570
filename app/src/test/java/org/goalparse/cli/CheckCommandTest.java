package org.goalparse.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.goalparse.golden.RepoRoot;
import org.goalparse.golden.Samples;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** {@code goalparse check}: passes on golden/, fails with a readable diff on a changed value, --update rewrites. */
@Timeout(value = 5, unit = TimeUnit.MINUTES)
class CheckCommandTest {
    private static final String TXT = "toyonaka-2022-shiminkyodobu.txt";

    @TempDir
    Path dir;

    @Test
    void everySampleMatchesTheRepositorysGoldenFiles() {
        List<String> args = new java.util.ArrayList<>(List.of("check", "--golden", RepoRoot.golden().toString()));
        Samples.all().forEach(p -> args.add(p.toString())); // the top-level samples; genre fixtures have golden/genre
        CliRun run = CliRun.run(args.toArray(String[]::new));

        int n = Samples.all().size();
        assertEquals(ExitCode.OK.code(), run.exit(), run::toString);
        assertEquals(n, run.out().lines().filter(l -> l.startsWith("same     ")).count(), run::toString);
        assertEquals(List.of("goalparse: check: " + n + " documents: " + n + " same, 0 updated, 0 different, "
                + "0 failed"), run.errLines());
    }

    @Test
    void aChangedGoldenValueFailsWithTheFieldPathAndBothValues() throws Exception {
        Path golden = copyGolden(TXT);
        String text = Files.readString(golden.resolve(TXT + ".json"));
        Files.writeString(golden.resolve(TXT + ".json"), text.replace("\"department\" : \"市民協働部\"",
                "\"department\" : \"市民生活部\""));

        CliRun run = CliRun.run("check", "--golden", golden.toString(), RepoRoot.sample(TXT).toString());

        assertEquals(ExitCode.SOME_FAILED.code(), run.exit(), run::toString);
        List<String> lines = run.out().lines().toList();
        assertEquals("DIFFERS  " + RepoRoot.sample(TXT) + " (golden " + golden.resolve(TXT + ".json") + "):",
                lines.get(0));
        assertEquals("    department: expected \"市民生活部\" but was \"市民協働部\"", lines.get(1));
        assertEquals(2, lines.size(), run::toString);
    }

    @Test
    void updateRewritesTheGoldenFileAndTheNextCheckPasses() throws Exception {
        Path golden = copyGolden(TXT);
        Path file = golden.resolve(TXT + ".json");
        String original = Files.readString(file);
        Files.writeString(file, original.replace("\"municipality\" : \"豊中市\"", "\"municipality\" : null"));

        CliRun update = CliRun.run("check", "--update", "--golden", golden.toString(), RepoRoot.sample(TXT).toString());
        CliRun again = CliRun.run("check", "--golden", golden.toString(), RepoRoot.sample(TXT).toString());

        assertEquals(ExitCode.OK.code(), update.exit(), update::toString);
        assertTrue(update.out().startsWith("updated  "), update::toString);
        assertEquals(original, Files.readString(file));
        assertEquals(ExitCode.OK.code(), again.exit(), again::toString);
    }

    @Test
    void aMissingGoldenFileOrAFailedDocumentIsADifference() throws IOException {
        Path empty = Files.createDirectories(dir.resolve("empty"));
        CliRun missing = CliRun.run("check", "--golden", empty.toString(), RepoRoot.sample(TXT).toString());
        CliRun failed = CliRun.run("check", "--golden", RepoRoot.golden().toString(),
                dir.resolve("gone.pdf").toString());

        assertEquals(ExitCode.SOME_FAILED.code(), missing.exit(), missing::toString);
        assertTrue(missing.out().startsWith("MISSING  "), missing::toString);
        assertEquals(ExitCode.SOME_FAILED.code(), failed.exit(), failed::toString);
        assertTrue(failed.out().startsWith("FAILED   " + dir.resolve("gone.pdf") + ": UNREADABLE: "), failed::toString);
    }

    @Test
    void goldenIsRequired() {
        assertEquals(ExitCode.USAGE.code(), CliRun.run("check", RepoRoot.sample(TXT).toString()).exit());
    }

    private Path copyGolden(String sample) throws IOException {
        Path golden = Files.createDirectories(dir.resolve("golden"));
        Files.copy(RepoRoot.golden().resolve(sample + ".json"), golden.resolve(sample + ".json"));
        return golden;
    }
}
