package org.goalparse.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;

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
        this.temp = Files.createTempFile(dir, ".goalparse-", ".tmp");
        this.writer = new BufferedWriter(new OutputStreamWriter(Files.newOutputStream(temp), StandardCharsets.UTF_8));
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
