package org.goalparse.cli;

import java.nio.file.Path;
import java.util.Objects;

/**
 * One document of a batch: its position in the (sorted) input order, the path as the user named it or as the
 * walk found it (what error records and the CSV call the document), and the path itself.
 */
record Input(int index, String name, Path path) {
    Input {
        if (index < 0) {
            throw new IllegalArgumentException("index must not be negative");
        }
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(path, "path");
    }
}
