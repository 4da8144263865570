package org.goalparse.outline;

/**
 * Where a node sits: 1-based page, the 0-based column (a text column of the page, or a table cell's
 * column), and the 0-based table row (-1 outside tables).
 */
public record Loc(int page, int column, int row) {
    public static final Loc START = new Loc(1, 0, -1);

    public Loc {
        if (page < 1 || column < 0 || row < -1) {
            throw new IllegalArgumentException("bad location " + page + "/" + column + "/" + row);
        }
    }

    public Loc inCell(int cellColumn, int cellRow) {
        return new Loc(page, cellColumn, cellRow);
    }
}
