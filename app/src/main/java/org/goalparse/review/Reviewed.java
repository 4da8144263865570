package org.goalparse.review;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Objects;

/**
 * One review page: its file name in the output folder, the input it is about ({@code label}: the path, and the
 * part for a file of several departments), and either the record (JSON, with its {@code provenance} when the
 * parser gave it) with what to show of the source, or the error of an input that failed ({@code code} as in error
 * records, {@code message} one line). {@code notes} say what the page could not show.
 */
public record Reviewed(String page, String label, JsonNode record, SourceView source, String errorCode,
                       String errorMessage, List<String> notes) {
    public Reviewed {
        Objects.requireNonNull(page, "page");
        Objects.requireNonNull(label, "label");
        notes = List.copyOf(notes);
        if ((record == null) == (errorCode == null)) {
            throw new IllegalArgumentException("exactly one of record and error");
        }
        if (record != null) {
            Objects.requireNonNull(source, "source");
        } else {
            Objects.requireNonNull(errorMessage, "errorMessage");
        }
    }

    public static Reviewed of(String page, String label, JsonNode record, SourceView source, List<String> notes) {
        return new Reviewed(page, label, record, source, null, null, notes);
    }

    public static Reviewed failed(String page, String label, String code, String message) {
        return new Reviewed(page, label, null, null, code, message, List.of());
    }

    public boolean ok() {
        return record != null;
    }
}
