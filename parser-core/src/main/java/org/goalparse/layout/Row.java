package org.goalparse.layout;

import java.util.List;
import java.util.Objects;

/** One table row. */
public record Row(List<Cell> cells) {
    public Row {
        cells = List.copyOf(Objects.requireNonNull(cells, "cells"));
    }
}
