package org.goalparse.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.goalparse.golden.RepoRoot;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code bin/goalparse} run through a symbolic link, with a stand-in {@code java} that records its arguments (no
 * JVM is started): the launcher finds its repository through the link and says when it builds its start-up cache.
 */
class LauncherTest {
    @Test
    void worksThroughASymbolicLinkAndSaysWhenItBuildsItsCache(@TempDir Path dir) throws Exception {
        Path log = dir.resolve("java.log");
        Path javaHome = Files.createDirectories(dir.resolve("jdk/bin")).getParent();
        Path java = Files.writeString(javaHome.resolve("bin/java"), "#!/bin/sh\n"
                + "echo \"$@\" >> '" + log + "'\n"
                + "for a; do case \"$a\" in -XX:ArchiveClassesAtExit=*) : > \"${a#*=}\" ;; esac; done\n");
        Files.setPosixFilePermissions(java, PosixFilePermissions.fromString("rwxr-xr-x"));
        Path jar = Files.writeString(dir.resolve("goalparse.jar"), "stand-in");
        Path link = Files.createSymbolicLink(Files.createDirectories(dir.resolve("path")).resolve("goalparse"),
                RepoRoot.get().resolve("bin/goalparse"));

        ProcessBuilder pb = new ProcessBuilder("bash", link.toString(), "parse", "x.txt");
        pb.environment().put("JAVA_HOME", javaHome.toString());
        pb.environment().put("GOALPARSE_JAR", jar.toString());
        pb.environment().put("XDG_CACHE_HOME", dir.resolve("cache").toString());
        pb.redirectErrorStream(false);
        Process p = pb.start();
        String err = new String(p.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(p.waitFor(60, TimeUnit.SECONDS));
        assertEquals(0, p.exitValue(), err);

        assertTrue(err.contains("goalparse: building the start-up cache in " + dir.resolve("cache/goalparse")), err);
        List<String> calls = Files.readAllLines(log);
        assertEquals(2, calls.size(), calls::toString);
        // the training run found the samples beside the script the link points to, not beside the link
        String samples = RepoRoot.get().toRealPath() + "/bin/../samples";
        assertTrue(calls.get(0).contains(samples + "/iruma-2022-shiminseikatsubu.txt"), calls.get(0));
        assertTrue(calls.get(1).endsWith("-jar " + jar + " parse x.txt"), calls.get(1));
        assertTrue(calls.get(1).contains("-XX:SharedArchiveFile="), calls.get(1));

        // the next command finds the cache made: no message, one call
        Process again = pb.start();
        String err2 = new String(again.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);
        assertTrue(again.waitFor(60, TimeUnit.SECONDS));
        assertEquals("", err2);
        assertEquals(3, Files.readAllLines(log).size());
    }
}
