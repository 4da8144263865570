package org.goalparse.golden;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * The repository root (the directory holding {@code samples/} and {@code pom.xml}): the {@code goalparse.root}
 * system property the parent POM's surefire configuration sets, or else the nearest such directory above the
 * property's value or the working directory (a build started from a module directory, an IDE run).
 */
public final class RepoRoot {
    public static final String PROPERTY = "goalparse.root";

    private RepoRoot() {
    }

    public static Path get() {
        List<Path> starts = new ArrayList<>();
        String property = System.getProperty(PROPERTY);
        if (property != null && !property.isBlank()) {
            starts.add(Path.of(property));
        }
        starts.add(Path.of(System.getProperty("user.dir")));
        for (Path start : starts) {
            for (Path dir = start.toAbsolutePath().normalize(); dir != null; dir = dir.getParent()) {
                if (Files.isDirectory(dir.resolve("samples")) && Files.isRegularFile(dir.resolve("pom.xml"))) {
                    return dir;
                }
            }
        }
        throw new IllegalStateException("no directory with samples/ and pom.xml above " + starts
                + "; set -D" + PROPERTY + "=<repository root>");
    }

    public static Path samples() {
        return get().resolve("samples");
    }

    public static Path golden() {
        return get().resolve("golden");
    }

    public static Path sample(String name) {
        return samples().resolve(name);
    }
}
