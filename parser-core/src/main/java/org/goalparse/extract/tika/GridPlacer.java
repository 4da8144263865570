package org.goalparse.extract.tika;

import java.util.BitSet;
import java.util.HashMap;
import java.util.Map;

/** Places HTML-style cells on a table grid: the real column of each cell, honouring earlier colspans and rowspans. */
final class GridPlacer {
    private final Map<Integer, BitSet> taken = new HashMap<>();
    private int row = -1;
    private int cursor;

    void startRow() {
        row++;
        cursor = 0;
        taken.remove(row - 1);
    }

    /** The grid column of the next cell of the current row, which then occupies colSpan x rowSpan slots. */
    int place(int colSpan, int rowSpan) {
        BitSet here = taken.computeIfAbsent(row, r -> new BitSet());
        int col = here.nextClearBit(cursor);
        for (int r = row; r < row + rowSpan; r++) {
            taken.computeIfAbsent(r, k -> new BitSet()).set(col, col + colSpan);
        }
        cursor = col + colSpan;
        return col;
    }
}
