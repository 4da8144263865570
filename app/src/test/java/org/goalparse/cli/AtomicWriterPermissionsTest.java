package org.goalparse.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Output files get the permissions any file the user creates there gets (the umask), not a temp file's 0600. */
class AtomicWriterPermissionsTest {
    @Test
    void anOutputHasThePermissionsOfAnOrdinaryNewFile(@TempDir Path dir) throws Exception {
        assumeTrue(FileSystems.getDefault().supportedFileAttributeViews().contains("posix"), "POSIX permissions");
        Path ordinary = Files.writeString(dir.resolve("ordinary.txt"), "x");
        Path output = dir.resolve("out.json");
        AtomicWriter.write(output, "{}\n");
        assertEquals(Files.getPosixFilePermissions(ordinary), Files.getPosixFilePermissions(output));
        try (var left = Files.list(dir)) {
            assertEquals(2, left.count(), "no temporary file left behind");
        }
    }
}
