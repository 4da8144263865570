package org.goalparse.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.attribute.FileTime;
import java.security.SecureRandom;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * Writes a file so that it is either absent, its old content, or complete: the text goes to a hidden temporary
 * file in the same folder, which is then renamed over the target (atomically where the file system can). A run
 * killed half-way leaves at most a {@code .goalparse-*.tmp} file, never a half-written output; the next batch into
 * that folder removes it ({@link #removeLeftovers}).
 */
final class AtomicWriter implements AutoCloseable {
    private final Path target;
    private final Path temp;
    private final Writer writer;
    private boolean committed;

    /** The temporary files' names: {@code .goalparse-<random>.tmp}; nothing else is ever removed as one. */
    static final String TEMP_PREFIX = ".goalparse-";
    static final String TEMP_SUFFIX = ".tmp";

    private AtomicWriter(Path target, Disk disk) throws IOException {
        this.target = target;
        Path dir = target.toAbsolutePath().getParent();
        Files.createDirectories(dir);
        OutputStream[] stream = new OutputStream[1];
        this.temp = newTemp(dir, disk, stream);
        this.writer = new BufferedWriter(new OutputStreamWriter(stream[0], StandardCharsets.UTF_8));
    }

    private static final SecureRandom RANDOM = new SecureRandom();

    /**
     * A new temporary file, created as any file the user makes there would be (its permissions from the umask):
     * {@code Files.createTempFile} makes it 0600, and the renamed output kept that, unreadable to the user's group.
     */
    private static Path newTemp(Path dir, Disk disk, OutputStream[] stream) throws IOException {
        for (int attempt = 0; ; attempt++) {
            Path p = dir.resolve(TEMP_PREFIX + Long.toUnsignedString(RANDOM.nextLong(), 36) + TEMP_SUFFIX);
            try {
                stream[0] = disk.create(p);
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
        return new AtomicWriter(target, Disk.LOCAL);
    }

    /** As {@link #open(Path)}, the temporary file created on {@code disk}. */
    static AtomicWriter open(Path target, Disk disk) throws IOException {
        return new AtomicWriter(target, disk);
    }

    /** Writes {@code text} (UTF-8) to {@code target} atomically. */
    static void write(Path target, String text) throws IOException {
        write(target, text, Disk.LOCAL);
    }

    /** As {@link #write(Path, String)}, on {@code disk}. */
    static void write(Path target, String text, Disk disk) throws IOException {
        try (AtomicWriter w = open(target, disk)) {
            w.writer().write(text);
            w.commit();
        }
    }

    /**
     * Checks that files can be created and written in {@code dir} (creating it if needed) by writing and removing
     * one temporary file, so that a read-only or full folder is found before a run, not after it.
     */
    static void probe(Path dir, Disk disk) throws IOException {
        Files.createDirectories(dir);
        OutputStream[] stream = new OutputStream[1];
        Path temp = newTemp(dir.toAbsolutePath(), disk, stream);
        try (OutputStream out = stream[0]) {
            out.write('\n');
            out.flush();
        } finally {
            Files.deleteIfExists(temp);
        }
    }

    /**
     * Removes from {@code dir} (not its subfolders) the temporary files of this class last modified before
     * {@code before}: what a run killed half-way left behind. Returns the names removed; one that cannot be removed
     * is left (it is hidden and harmless).
     */
    static List<String> removeLeftovers(Path dir, FileTime before) throws IOException {
        List<String> removed = new ArrayList<>();
        if (!Files.isDirectory(dir)) {
            return removed;
        }
        try (Stream<Path> files = Files.list(dir)) {
            for (Path p : (Iterable<Path>) files::iterator) {
                String name = p.getFileName().toString();
                if (isTemp(name) && Files.isRegularFile(p, java.nio.file.LinkOption.NOFOLLOW_LINKS)
                        && Files.getLastModifiedTime(p).compareTo(before) < 0) {
                    try {
                        Files.delete(p);
                        removed.add(name);
                    } catch (IOException e) {
                        // left as it is: hidden, and the next run tries again
                    }
                }
            }
        }
        removed.sort(null);
        return removed;
    }

    /** {@code .goalparse-<letters and digits>.tmp}, exactly the names {@link #newTemp} makes. */
    static boolean isTemp(String name) {
        if (!name.startsWith(TEMP_PREFIX) || !name.endsWith(TEMP_SUFFIX)
                || name.length() <= TEMP_PREFIX.length() + TEMP_SUFFIX.length()) {
            return false;
        }
        String middle = name.substring(TEMP_PREFIX.length(), name.length() - TEMP_SUFFIX.length());
        return middle.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z'));
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
