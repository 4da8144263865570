package org.goalparse.layout;

import java.util.List;
import java.util.Objects;

/** Consecutive lines that belong together (a paragraph, a list, a column's run of text). */
public record TextBlock(List<Line> lines, Provenance provenance) implements Block {
    public TextBlock {
        lines = List.copyOf(Objects.requireNonNull(lines, "lines"));
        Objects.requireNonNull(provenance, "provenance");
    }
}
