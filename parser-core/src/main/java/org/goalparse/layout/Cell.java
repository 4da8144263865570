package org.goalparse.layout;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/**
 * One table cell: its lines (a cell may hold several paragraphs), the 0-based column it starts at,
 * how many columns and rows it spans, and its address in a spreadsheet ({@code E3}, A1 style) where the extractor
 * read it from one and placed it for sure, else null.
 */
public record Cell(List<Line> lines, int column, int colSpan, int rowSpan, Provenance provenance, String address) {
    public Cell {
        lines = List.copyOf(Objects.requireNonNull(lines, "lines"));
        Objects.requireNonNull(provenance, "provenance");
        if (column < 0 || colSpan < 1 || rowSpan < 1) {
            throw new IllegalArgumentException("bad cell geometry: column " + column + " span " + colSpan + "x" + rowSpan);
        }
        if (address != null && !address.matches("[A-Z]{1,3}[1-9][0-9]*")) {
            throw new IllegalArgumentException("not an A1 address: " + address);
        }
    }

    public Cell(List<Line> lines, int column, int colSpan, int rowSpan, Provenance provenance) {
        this(lines, column, colSpan, rowSpan, provenance, null);
    }

    public Cell(List<Line> lines, int column, Provenance provenance) {
        this(lines, column, 1, 1, provenance, null);
    }

    /** The same cell holding other lines (normalized, stamped with offsets) under another provenance. */
    public Cell with(List<Line> newLines, Provenance newProvenance) {
        return new Cell(newLines, column, colSpan, rowSpan, newProvenance, address);
    }

    /** The same cell at a spreadsheet's address. */
    public Cell at(String newAddress) {
        return new Cell(lines, column, colSpan, rowSpan, provenance, newAddress);
    }

    /** The cell's lines joined by newlines. */
    public String text() {
        return lines.stream().map(Line::text).collect(Collectors.joining("\n"));
    }

    public boolean isBlank() {
        return lines.stream().allMatch(l -> l.text().isBlank());
    }
}
