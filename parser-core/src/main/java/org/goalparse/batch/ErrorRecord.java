package org.goalparse.batch;

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
 * every line: {@code {"source":{"id":…|null,"file":…,"path":…,"sha256":…|null},"error":{"code":…,"message":…}}}.
 * {@code id} is the document id a record of the file would have ({@code sha256}: a failed file has no parts), so
 * that {@code .source.id} joins errors to the records of an earlier run; {@code file}
 * is the file name as a document's {@code source.file} gives it ({@code stdin} for {@code -}), {@code path} the
 * input as given, {@code sha256} that of its bytes when they could be read (null for a missing file, a directory,
 * stdin, or a file past the size limit).
 */
public record ErrorRecord(Source source, Failure error) {
    public ErrorRecord {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(error, "error");
    }

    /** Where the failed document came from; {@code id} is its {@code sha256}. */
    public record Source(String id, String file, String path, String sha256) {
        public Source {
            Objects.requireNonNull(file, "file");
            Objects.requireNonNull(path, "path");
            if (!Objects.equals(id, sha256)) {
                throw new IllegalArgumentException("the id of a failed file is its sha256");
            }
        }

        public Source(String file, String path, String sha256) {
            this(sha256, file, path, sha256);
        }
    }

    /** The record of input {@code arg} (a path, or {@code -} for stdin) that failed with {@code error}. */
    public static ErrorRecord of(String arg, Failure error) {
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
