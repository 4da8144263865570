package org.goalparse.extract.pdf;

import java.util.List;
import org.goalparse.layout.BBox;

/** A ruled table: its column and row boundaries and its cells (merged slots as spans). */
record Grid(float[] xs, float[] ys, List<GridCell> cells) {
    /** One cell: top-left slot, spans, box. */
    record GridCell(int row, int column, int rowSpan, int colSpan, BBox box) {
        boolean contains(float x, float y) {
            return x >= box.x0() && x <= box.x1() && y >= box.y0() && y <= box.y1();
        }
    }

    BBox box() {
        return new BBox(xs[0], ys[0], xs[xs.length - 1], ys[ys.length - 1]);
    }

    int rowCount() {
        return ys.length - 1;
    }
}
