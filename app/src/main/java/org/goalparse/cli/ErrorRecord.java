package org.goalparse.cli;

import java.util.Objects;

/** The JSON Lines record of a document that failed: {@code {"source":…,"error":{"code":…,"message":…}}}. */
record ErrorRecord(String source, Failure error) {
    ErrorRecord {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(error, "error");
    }
}
