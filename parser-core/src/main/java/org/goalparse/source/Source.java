package org.goalparse.source;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Objects;
import org.goalparse.GoalParseException;
import org.goalparse.GoalParseException.Status;

/**
 * One input document: either a path or bytes already in memory (stdin), a name (for a path, the path as the
 * caller gave it, which the record's {@code source.path} reports; for bytes, a display name such as {@code stdin}),
 * and optional metadata from the caller: the municipality (used only when the text names none), the URL it was
 * published at, the publication date as {@code YYYY}, {@code YYYY-MM} or {@code YYYY-MM-DD}.
 */
public record Source(String name, Path path, byte[] bytes, String municipality, String url, String published) {

    public Source {
        Objects.requireNonNull(name, "name");
        if (name.isBlank()) {
            throw new IllegalArgumentException("name must not be blank");
        }
        if ((path == null) == (bytes == null)) {
            throw new IllegalArgumentException("exactly one of path and bytes must be given");
        }
        if (published != null && !published.matches("\\d{4}(-\\d{2}(-\\d{2})?)?")) {
            throw new IllegalArgumentException("published must be YYYY, YYYY-MM or YYYY-MM-DD: " + published);
        }
    }

    /** Without a publication date. */
    public Source(String name, Path path, byte[] bytes, String municipality, String url) {
        this(name, path, bytes, municipality, url, null);
    }

    public static Source of(Path path) {
        return new Source(path.toString(), path, null, null, null);
    }

    /**
     * The file at {@code path}, named as the caller gave it ({@code given}: what the user typed or a folder walk
     * found, such as {@code ./docs//x.pdf}, which {@link Path#toString()} would tidy into {@code ./docs/x.pdf}).
     */
    public static Source named(String given, Path path) {
        return new Source(given, Objects.requireNonNull(path, "path"), null, null, null);
    }

    public static Source of(String name, byte[] bytes) {
        return new Source(name, null, bytes, null, null);
    }

    public Source withMunicipality(String municipality) {
        return new Source(name, path, bytes, municipality, url, published);
    }

    /** The same document with the URL it was published at and its publication date (either may be null). */
    public Source withPublication(String url, String published) {
        return new Source(name, path, bytes, municipality, url, published);
    }

    /** The path as the caller gave it, as written in {@code source.path}; null for bytes from no path (stdin). */
    public String givenPath() {
        return path == null ? null : name;
    }

    /** The file name without folders, as written in {@code source.file}. */
    public String fileName() {
        if (path != null && path.getFileName() != null) {
            return path.getFileName().toString();
        }
        return name;
    }

    /**
     * Reads the whole document.
     *
     * @param maxBytes the largest document accepted
     * @throws GoalParseException UNREADABLE for a missing path, a directory or an empty file; TOO_LARGE past maxBytes
     */
    public byte[] read(long maxBytes) throws GoalParseException {
        byte[] data;
        if (bytes != null) {
            data = bytes;
        } else {
            if (Files.isDirectory(path)) {
                throw new GoalParseException(Status.UNREADABLE, "is a directory, not a document");
            }
            try {
                long size = Files.size(path);
                if (size > maxBytes) {
                    throw new GoalParseException(Status.TOO_LARGE,
                            "file has " + size + " bytes, more than the limit of " + maxBytes);
                }
                data = Files.readAllBytes(path);
            } catch (NoSuchFileException e) {
                throw new GoalParseException(Status.UNREADABLE, "no such file");
            } catch (IOException e) {
                throw new GoalParseException(Status.UNREADABLE, "cannot read file: " + e.getMessage(), e);
            }
        }
        if (data.length == 0) {
            throw new GoalParseException(Status.UNREADABLE, "file is empty");
        }
        if (data.length > maxBytes) {
            throw new GoalParseException(Status.TOO_LARGE,
                    "document has " + data.length + " bytes, more than the limit of " + maxBytes);
        }
        return data;
    }
}
