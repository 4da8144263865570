package org.goalparse.outline;

import java.util.List;
import java.util.Objects;
import java.util.stream.Collectors;

/** A table with its kind and its rows of segmented cells. */
public record TableNode(TableKind kind, List<Row> rows, Loc loc) implements Node {
    public TableNode {
        Objects.requireNonNull(kind, "kind");
        rows = List.copyOf(Objects.requireNonNull(rows, "rows"));
        Objects.requireNonNull(loc, "loc");
    }

    @Override
    public String text() {
        return rows.stream().map(r -> r.cells().stream().map(Cell::text).collect(Collectors.joining("\t")))
                .collect(Collectors.joining("\n"));
    }

    /** One row. */
    public record Row(List<Cell> cells) {
        public Row {
            cells = List.copyOf(Objects.requireNonNull(cells, "cells"));
        }
    }

    /** One cell: its column, its plain text (lines joined by newlines) and its content segmented into nodes. */
    public record Cell(int column, String text, List<Node> content) {
        public Cell {
            Objects.requireNonNull(text, "text");
            content = List.copyOf(Objects.requireNonNull(content, "content"));
        }
    }
}
