package org.goalparse.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Random;
import org.goalparse.golden.RepoRoot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Inputs that are not documents: exit 3, nothing on stdout, exactly one line on stderr naming the file, and no Java
 * exception text. (The random-bytes and truncated-PDF cases need the real extractor, which refuses them.)
 */
class BadInputTest {
    @TempDir
    Path dir;

    @Test
    void emptyFile() throws IOException {
        assertUnreadable(Files.write(dir.resolve("empty.txt"), new byte[0]), "parse");
    }

    @Test
    void truncatedPdf() throws IOException {
        byte[] pdf = Files.readAllBytes(RepoRoot.sample("isehara-2021-shiminseikatsubu.pdf"));
        assertUnreadable(Files.write(dir.resolve("truncated.pdf"), Arrays.copyOf(pdf, 2000)), "parse");
    }

    @Test
    void randomBytes() throws IOException {
        byte[] noise = new byte[4096];
        new Random(20240601L).nextBytes(noise);
        assertUnreadable(Files.write(dir.resolve("noise.bin"), noise), "parse");
    }

    @Test
    void directory() throws IOException {
        assertUnreadable(Files.createDirectory(dir.resolve("a-folder")), "parse");
    }

    @Test
    void missingPath() {
        assertUnreadable(dir.resolve("missing-document.pdf"), "parse");
    }

    @Test
    void textCommandFailsTheSameWay() {
        assertUnreadable(dir.resolve("missing-document.pdf"), "text");
    }

    @Test
    void emptyStdin() {
        CliRun run = CliRun.withStdin(new byte[0], "parse", "-");
        assertEquals(ExitCode.UNREADABLE.code(), run.exit(), run::toString);
        assertEquals(1, run.errLines().size(), run::toString);
        assertTrue(run.err().startsWith("goalparse: -: "), run::toString);
    }

    private static void assertUnreadable(Path file, String command) {
        CliRun run = CliRun.run(command, file.toString());

        assertEquals(ExitCode.UNREADABLE.code(), run.exit(), run::toString);
        assertEquals("", run.out(), "nothing on stdout");
        assertEquals(1, run.errLines().size(), run::toString);
        String line = run.errLines().get(0);
        assertTrue(line.startsWith("goalparse: " + file + ": "), line);
        assertTrue(line.length() > ("goalparse: " + file + ": ").length(), "a reason follows the file name");
        assertFalse(line.contains("Exception"), line);
        assertFalse(run.err().contains("at org."), run::toString);
        assertFalse(run.err().contains("\tat "), run::toString);
    }
}
