package org.goalparse.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.goalparse.layout.Block;
import org.goalparse.layout.Cell;
import org.goalparse.layout.Layout;
import org.goalparse.layout.Line;
import org.goalparse.layout.Page;
import org.goalparse.layout.Row;
import org.goalparse.layout.Table;
import org.goalparse.outline.Heading;
import org.goalparse.outline.Item;
import org.goalparse.outline.Loc;
import org.goalparse.outline.Node;

/**
 * Joins a table that a page break cut in two: when a page ends with a table and the next page begins with one
 * of as many columns, the second is the first's continuation. Its first row continues the last row cell by cell
 * (a cell split over the break) unless it opens a new entry (a number, a heading, a first cell where the
 * last row has none, its first column spanned from above) or repeats the header. Under repeated header rows,
 * a first body row whose key (first) cell is empty is the run-on part of the last row: a row taller than a page
 * that the producer went on with on the next page.
 */
final class PageBreakJoiner {
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private final LineClassifier lines;

    PageBreakJoiner(LineClassifier lines) {
        this.lines = lines;
    }

    /** A block and the page it is read on. */
    record Placed(int page, Block block) {
    }

    List<Placed> join(Layout layout) {
        List<Placed> out = new ArrayList<>();
        for (Page p : layout.pages()) {
            List<Block> blocks = p.blocks();
            for (int i = 0; i < blocks.size(); i++) {
                Block b = blocks.get(i);
                if (i == 0 && b instanceof Table next && !out.isEmpty()
                        && out.get(out.size() - 1).block() instanceof Table prev
                        && out.get(out.size() - 1).page() < p.number()
                        && prev.columnCount() == next.columnCount() && !next.rows().isEmpty()) {
                    Placed last = out.remove(out.size() - 1);
                    out.add(new Placed(last.page(), merge(prev, next)));
                    continue;
                }
                out.add(new Placed(p.number(), b));
            }
        }
        return out;
    }

    private Table merge(Table prev, Table next) {
        List<Row> rows = new ArrayList<>(prev.rows());
        List<Row> more = next.rows();
        int header = repeatedHeader(prev, next);
        if (header > 0 && header < more.size() && header < rows.size() && runsOn(more.get(header))) {
            // a row taller than the page went on under the repeated header rows, its key cell left empty
            rows.set(rows.size() - 1, mergeRows(rows.get(rows.size() - 1), more.get(header)));
            List<Row> rest = new ArrayList<>(more.subList(0, header));
            rest.addAll(more.subList(header + 1, more.size()));
            rows.addAll(rest);
            return new Table(rows, prev.provenance());
        }
        if (header == 0 && !rows.isEmpty() && continues(more.get(0), prev.rows().get(0))
                && !opensEntry(more.get(0), rows.get(rows.size() - 1))) {
            rows.set(rows.size() - 1, mergeRows(rows.get(rows.size() - 1), more.get(0)));
            more = more.subList(1, more.size());
        }
        rows.addAll(more);
        return new Table(rows, prev.provenance());
    }

    /**
     * How many rows the next page's table begins with that repeat the header rows of the previous part: the rows
     * from the last place the previous table holds the next one's first row (a table already joined over several
     * pages holds its header once per page; the first rows of all may be another table's the same width). The
     * previous part may be its header rows alone (the page ended under them), and those rows are then all header.
     */
    private static int repeatedHeader(Table prev, Table next) {
        if (next.rows().isEmpty()) {
            return 0;
        }
        String first = text(next.rows().get(0));
        int start = -1;
        for (int s = prev.rows().size() - 1; s >= 0 && start < 0; s--) {
            if (text(prev.rows().get(s)).equals(first)) {
                start = s;
            }
        }
        if (start < 0) {
            return 0;
        }
        int k = 0;
        while (start + k < prev.rows().size() && k < next.rows().size()
                && text(prev.rows().get(start + k)).equals(text(next.rows().get(k)))) {
            k++;
        }
        return k;
    }

    /**
     * Whether a body row is the run-on part of the row above: its key (first) column is an empty cell of its own
     * and some other cell has text.
     */
    private static boolean runsOn(Row row) {
        int k = indexOf(row.cells(), 0);
        return k >= 0 && row.cells().get(k).isBlank() && row.cells().get(k).colSpan() == 1
                && row.cells().stream().anyMatch(c -> c.column() > 0 && !c.isBlank());
    }

    private boolean continues(Row first, Row header) {
        if (text(first).equals(text(header))) {
            return false;
        }
        for (Cell c : first.cells()) {
            if (c.isBlank()) {
                continue;
            }
            Node n = lines.classify(c.lines().get(0).text(), Loc.START);
            return !(n instanceof Heading) && !(n instanceof Item it && it.marker().numbered());
        }
        return false;
    }

    /**
     * Whether the first row fills the first column where the last row has no cell at all (a name cell spanning
     * the rows of its entry ended above): it opens the next entry rather than continuing a split cell.
     */
    private static boolean opensEntry(Row first, Row last) {
        int k = indexOf(first.cells(), 0);
        return k >= 0 && !first.cells().get(k).isBlank() && indexOf(last.cells(), 0) < 0
                && last.cells().stream().noneMatch(c -> c.column() < 1 && c.column() + c.colSpan() > 0);
    }

    private static String text(Row r) {
        StringBuilder sb = new StringBuilder();
        r.cells().forEach(c -> sb.append(SPACES.matcher(c.text()).replaceAll("")).append('|'));
        return sb.toString();
    }

    private static Row mergeRows(Row above, Row below) {
        List<Cell> cells = new ArrayList<>(above.cells());
        for (Cell b : below.cells()) {
            int k = indexOf(cells, b.column());
            if (k < 0) {
                cells.add(b);
            } else {
                Cell a = cells.get(k);
                List<Line> joined = new ArrayList<>(a.lines());
                joined.addAll(b.lines());
                cells.set(k, new Cell(joined, a.column(), a.colSpan(), a.rowSpan(), a.provenance()));
            }
        }
        cells.sort((x, y) -> Integer.compare(x.column(), y.column()));
        return new Row(cells);
    }

    private static int indexOf(List<Cell> cells, int column) {
        for (int i = 0; i < cells.size(); i++) {
            if (cells.get(i).column() == column) {
                return i;
            }
        }
        return -1;
    }
}
