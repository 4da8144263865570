package org.goalparse.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;
import org.goalparse.GoalParser;

/**
 * The JSON Lines record of a document that failed, shaped like a document's so that {@code .source.file} works on
 * every line: {@code {"source":{"file":…,"path":…,"sha256":…|null},"error":{"code":…,"message":…}}}. {@code file}
 * is the file name as a document's {@code source.file} gives it ({@code stdin} for {@code -}), {@code path} the
 * input as given, {@code sha256} that of its bytes when they could be read (null for a missing file, a directory,
 * stdin, or a file past the size limit).
 */
record ErrorRecord(Source source, Failure error) {
    ErrorRecord {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(error, "error");
    }

    /** Where the failed document came from. */
    record Source(String file, String path, String sha256) {
        Source {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(path, "path");
        }
    }

    /** The record of input {@code arg} (a path, or {@code -} for stdin) that failed with {@code error}. */
    static ErrorRecord of(String arg, Failure error) {
        if ("-".equals(arg)) {
            return new ErrorRecord(new Source("stdin", arg, null), error);
        }
        Path path;
        try {
            path = Path.of(arg);
        } catch (InvalidPathException e) {
            return new ErrorRecord(new Source(arg, arg, null), error);
        }
        String file = path.getFileName() == null ? arg : path.getFileName().toString();
        return new ErrorRecord(new Source(file, arg, sha256(path)), error);
    }

    private static String sha256(Path path) {
        try {
            if (!Files.isRegularFile(path) || Files.size(path) > GoalParser.DEFAULT_MAX_BYTES) {
                return null;
            }
            MessageDigest md = MessageDigest.getInstance("SHA-256");
            try (InputStream in = new DigestInputStream(Files.newInputStream(path), md)) {
                in.transferTo(java.io.OutputStream.nullOutputStream());
            }
            return HexFormat.of().formatHex(md.digest());
        } catch (IOException | NoSuchAlgorithmException | SecurityException e) {
            return null;
        }
    }
}
