package org.goalparse.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.security.SecureRandom;

/**
 * Writes a file so that it is either absent, its old content, or complete: the text goes to a hidden temporary
 * file in the same folder, which is then renamed over the target (atomically where the file system can). A run
 * killed half-way leaves at most a {@code .goalparse-*.tmp} file, never a half-written output.
 */
final class AtomicWriter implements AutoCloseable {
    private final Path target;
    private final Path temp;
    private final Writer writer;
    private boolean committed;

    private AtomicWriter(Path target) throws IOException {
        this.target = target;
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        this.temp = newTemp(dir);
        this.writer = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(temp), StandardCharsets.UTF_8));
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * A new temporary file, created as any file the user makes there would be (its permissions from the umask):
     * {@code Files.createTempFile} makes it 0600, and the renamed output kept that, unreadable to the user's group.
     */
    private static Path newTemp(Path dir) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path p = dir.resolve(".goalparse-" + Long.toUnsignedString(RANDOM.nextLong(), 36) + ".tmp");
            try {
                Files.newOutputStream(p, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE).close();
                return p;
            } catch (FileAlreadyExistsException e) {
                if (attempt > 100) {
                    throw e;
                }
            }
        }
    }

    /** Opens a writer on a temporary file; {@link #commit()} puts it in place, {@link #close()} alone discards it. */
    static AtomicWriter open(Path target) throws IOException {
        return new AtomicWriter(target);
    }

    /** Writes {@code text} (UTF-8) to {@code target} atomically. */
    static void write(Path target, String text) throws IOException {
        try (AtomicWriter w = open(target)) {
            w.writer().write(text);
            w.commit();
        }
    }

    Writer writer() {
        return writer;
    }

    void commit() throws IOException {
        writer.close();
        try {
            Files.move(temp, target, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
        } catch (AtomicMoveNotSupportedException e) {
            Files.move(temp, target, StandardCopyOption.REPLACE_EXISTING);
        }
        committed = true;
    }

    @Override
    public void close() throws IOException {
        if (!committed) {
            try {
                writer.close();
            } finally {
                Files.deleteIfExists(temp);
            }
        }
    }
}
