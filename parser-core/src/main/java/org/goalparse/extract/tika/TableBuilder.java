package org.goalparse.extract.tika;

import java.util.ArrayList;
import java.util.List;
import org.goalparse.layout.Block;
import org.goalparse.layout.Cell;
import org.goalparse.layout.Line;
import org.goalparse.layout.Provenance;
import org.goalparse.layout.Row;
import org.goalparse.layout.Table;
import org.goalparse.layout.TextBlock;

/** Collects one table's rows and cells as the XHTML events arrive. */
final class TableBuilder {
    private final int page;
    private final GridPlacer grid = new GridPlacer();
    private final List<Row> rows = new ArrayList<>();
    private List<Cell> cells;
    private List<Line> cellLines;
    private int column;
    private int colSpan;
    private int rowSpan;

    TableBuilder(int page) {
        this.page = page;
    }

    void startRow() {
        endRow();
        grid.startRow();
        cells = new ArrayList<>();
    }

    void endRow() {
        endCell();
        if (cells != null) {
            rows.add(new Row(cells));
            cells = null;
        }
    }

    void startCell(int colSpan, int rowSpan) {
        endCell();
        if (cells == null) {
            startRow();
        }
        this.colSpan = Math.max(1, colSpan);
        this.rowSpan = Math.max(1, rowSpan);
        this.column = grid.place(this.colSpan, this.rowSpan);
        this.cellLines = new ArrayList<>();
    }

    boolean inCell() {
        return cellLines != null;
    }

    void addLine(Line line) {
        cellLines.add(line);
    }

    void endCell() {
        if (cellLines != null) {
            cells.add(new Cell(cellLines, column, colSpan, rowSpan, span(cellLines)));
            cellLines = null;
        }
    }

    /**
     * The table, preceded by a text block for leading title rows: rows of a single non-blank cell above rows
     * with several cells (a spreadsheet's merged title row) are a caption, not data.
     */
    List<Block> build() {
        endRow();
        int captionRows = 0;
        while (captionRows < rows.size() - 1 && isTitleRow(rows.get(captionRows))) {
            captionRows++;
        }
        boolean hasGrid = rows.stream().skip(captionRows).anyMatch(r -> r.cells().size() > 1);
        List<Block> blocks = new ArrayList<>();
        if (captionRows > 0 && hasGrid) {
            List<Line> caption = new ArrayList<>();
            rows.subList(0, captionRows).forEach(r -> r.cells().forEach(c -> caption.addAll(c.lines())));
            blocks.add(new TextBlock(caption, span(caption)));
        } else {
            captionRows = 0;
        }
        List<Row> body = rows.subList(captionRows, rows.size());
        List<Line> all = new ArrayList<>();
        body.forEach(r -> r.cells().forEach(c -> all.addAll(c.lines())));
        blocks.add(new Table(body, span(all)));
        return blocks;
    }

    private static boolean isTitleRow(Row row) {
        List<Cell> filled = row.cells().stream().filter(c -> !c.isBlank()).toList();
        return filled.size() == 1 && filled.get(0).column() == 0
                && (row.cells().size() == 1 || filled.get(0).colSpan() > 1);
    }

    boolean isEmpty() {
        endRow();
        return rows.isEmpty();
    }

    private Provenance span(List<Line> lines) {
        if (lines.isEmpty()) {
            return Provenance.ofPage(page);
        }
        Provenance first = lines.get(0).provenance();
        Provenance last = lines.get(lines.size() - 1).provenance();
        return new Provenance(first.page(), null, first.start(), last.end());
    }
}
