package org.goalparse.layout;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One table cell: its lines (a cell may hold several paragraphs), the 0-based column it starts at,
 * and how many columns and rows it spans.
 */
public record Cell(List<Line> lines, int column, int colSpan, int rowSpan, Provenance provenance) {
    public Cell {
        lines = List.copyOf(Objects.requireNonNull(lines, "lines"));
        Objects.requireNonNull(provenance, "provenance");
        if (column < 0 || colSpan < 1 || rowSpan < 1) {
            throw new IllegalArgumentException("bad cell geometry: column " + column + " span " + colSpan + "x" + rowSpan);
        }
    }

    public Cell(List<Line> lines, int column, Provenance provenance) {
        this(lines, column, 1, 1, provenance);
    }

    /** The cell's lines joined by newlines. */
    public String text() {
        return lines.stream().map(Line::text).collect(Collectors.joining("\n"));
    }

    public boolean isBlank() {
        return lines.stream().allMatch(l -> l.text().isBlank());
    }
}
