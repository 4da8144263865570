package org.goalparse.model;

import java.util.Objects;

/** One node of the document outline: its heading (null for text before any heading), level, and text. */
public record Section(String heading, int level, String text) {
    public Section {
        Objects.requireNonNull(text, "text");
        if (level < 0) {
            throw new IllegalArgumentException("negative level");
        }
    }
}
