package org.goalparse.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;

/**
 * Where the files a command writes are created: the local file system, or in a test one that fails as a full disk
 * or a read-only folder would (neither can be made without root). The one seam between the output code and
 * {@link Files}.
 */
@FunctionalInterface
interface Disk {
    /** The file system as it is. */
    Disk LOCAL = p -> Files.newOutputStream(p, StandardOpenOption.CREATE_NEW, StandardOpenOption.WRITE);

    /** Creates {@code file}, which must not exist, and opens it for writing. */
    OutputStream create(Path file) throws IOException;
}
