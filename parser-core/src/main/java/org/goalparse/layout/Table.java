package org.goalparse.layout;

import java.util.List;
import java.util.Objects;

/** A table as rows of cells, kept as structure rather than flattened to text. */
public record Table(List<Row> rows, Provenance provenance) implements Block {
    public Table {
        rows = List.copyOf(Objects.requireNonNull(rows, "rows"));
        Objects.requireNonNull(provenance, "provenance");
    }

    /** The widest row's cell count. */
    public int columnCount() {
        return rows.stream().mapToInt(r -> r.cells().size()).max().orElse(0);
    }
}
