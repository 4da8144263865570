package org.goalparse.outline;

import java.util.Objects;

/** Running text. */
public record Paragraph(String text, Loc loc) implements Node {
    public Paragraph {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(loc, "loc");
    }
}
