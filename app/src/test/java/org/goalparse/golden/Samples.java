package org.goalparse.golden;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;

/**
 * The sample documents: every regular file in {@code samples/} except its README and hidden files; and the genre
 * fixtures of {@code samples/genre/}, each beside its answer key ({@code *.facts.json}).
 */
public final class Samples {
    private Samples() {
    }

    public static List<Path> all() {
        return documents(RepoRoot.samples());
    }

    /** The genre fixtures: documents written here in the shapes real cities use, with invented content. */
    public static List<Path> genre() {
        return documents(RepoRoot.samples().resolve("genre"));
    }

    /** The answer keys of the genre fixtures. */
    public static List<Path> genreKeys() {
        return list(RepoRoot.samples().resolve("genre")).stream()
                .filter(p -> p.getFileName().toString().endsWith(".facts.json")).toList();
    }

    /** The answer keys of the samples ({@code golden/keys/}: the acceptance keys, inputs relative to the key). */
    public static List<Path> sampleKeys() {
        return list(RepoRoot.golden().resolve("keys")).stream()
                .filter(p -> p.getFileName().toString().endsWith(".facts.json")).toList();
    }

    private static List<Path> documents(Path dir) {
        return list(dir).stream()
                .filter(p -> !p.getFileName().toString().equals("README.md"))
                .filter(p -> !p.getFileName().toString().endsWith(".facts.json"))
                .toList();
    }

    private static List<Path> list(Path dir) {
        try (Stream<Path> files = Files.list(dir)) {
            return files.filter(Files::isRegularFile)
                    .filter(p -> !p.getFileName().toString().startsWith("."))
                    .sorted()
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot list " + dir, e);
        }
    }
}
