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
        // the top-level samples (genre fixtures have golden/genre), by absolute paths where the golden files say
        // samples/x: source.path, where the input lies, is not compared
        Samples.all().forEach(p -> args.add(p.toString()));
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
        // the golden file as it was, but source.path: the path this run was given (where the input lay)
        assertEquals(original.replace("\"path\" : \"samples/" + TXT + "\"",
                "\"path\" : " + org.goalparse.model.GoalJson.mapper().writeValueAsString(RepoRoot.sample(TXT).toString())),
                Files.readString(file));
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
    void aFileOfSeveralDepartmentsIsComparedPartByPart() throws Exception {
        Path city = JoinedPdf.join(dir.resolve("in/city.pdf"), JoinedPdf.TWO);
        Path golden = Files.createDirectories(dir.resolve("golden"));
        Files.writeString(golden.resolve("city.pdf.json"), "{}\n"); // from when the file was read whole
        String one = city + " part 1 of 2 (pages 1-2)";
        String two = city + " part 2 of 2 (pages 3-12)";

        CliRun update = CliRun.run("check", "--update", "--golden", golden.toString(), city.toString());

        assertEquals(ExitCode.OK.code(), update.exit(), update::toString);
        assertEquals(List.of("updated  " + one + " -> " + golden.resolve("city.pdf.1.json"),
                "updated  " + two + " -> " + golden.resolve("city.pdf.2.json"),
                "removed  " + city + ": " + golden.resolve("city.pdf.json") + " (no such record now)"),
                update.out().lines().toList());
        assertEquals(List.of("city.pdf.1.json", "city.pdf.2.json"), list(golden));

        CliRun same = CliRun.run("check", "--golden", golden.toString(), city.toString());

        assertEquals(ExitCode.OK.code(), same.exit(), same::toString);
        assertEquals(List.of("same     " + one, "same     " + two), same.out().lines().toList());
        assertEquals(List.of("goalparse: check: 1 documents: 1 same, 0 updated, 0 different, 0 failed"),
                same.errLines());

        Path second = golden.resolve("city.pdf.2.json");
        String text = Files.readString(second);
        Files.writeString(second, text.replace("\"department\" : \"市民協働部\"", "\"department\" : \"市民生活部\""));
        CliRun differs = CliRun.run("check", "--golden", golden.toString(), city.toString());

        assertEquals(ExitCode.SOME_FAILED.code(), differs.exit(), differs::toString);
        assertEquals(List.of("same     " + one, "DIFFERS  " + two + " (golden " + second + "):",
                "    department: expected \"市民生活部\" but was \"市民協働部\""), differs.out().lines().toList());

        Files.writeString(second, text);
        Files.delete(golden.resolve("city.pdf.1.json"));
        Files.writeString(golden.resolve("city.pdf.3.json"), text);
        CliRun missing = CliRun.run("check", "--golden", golden.toString(), city.toString());

        assertEquals(ExitCode.SOME_FAILED.code(), missing.exit(), missing::toString);
        assertEquals(List.of("MISSING  " + one + ": no golden file " + golden.resolve("city.pdf.1.json")
                        + " (check --update creates it)", "same     " + two,
                "EXTRA    " + city + ": golden file " + golden.resolve("city.pdf.3.json") + " has no record in this "
                        + "parse (the file gives 2 records, one per department; check --update removes it)"),
                missing.out().lines().toList());
    }

    @Test
    void goldenIsRequired() {
        assertEquals(ExitCode.USAGE.code(), CliRun.run("check", RepoRoot.sample(TXT).toString()).exit());
    }

    private static List<String> list(Path folder) throws IOException {
        try (java.util.stream.Stream<Path> files = Files.list(folder)) {
            return files.map(p -> p.getFileName().toString()).sorted().toList();
        }
    }

    private Path copyGolden(String sample) throws IOException {
        Path golden = Files.createDirectories(dir.resolve("golden"));
        Files.copy(RepoRoot.golden().resolve(sample + ".json"), golden.resolve(sample + ".json"));
        return golden;
    }
}
