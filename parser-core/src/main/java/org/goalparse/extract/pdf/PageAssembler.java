package org.goalparse.extract.pdf;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import org.goalparse.layout.BBox;
import org.goalparse.layout.Block;
import org.goalparse.layout.Cell;
import org.goalparse.layout.Line;
import org.goalparse.layout.Page;
import org.goalparse.layout.Provenance;
import org.goalparse.layout.Row;
import org.goalparse.layout.Table;
import org.goalparse.layout.TextBlock;
import org.goalparse.lexicon.Lexicon;

/**
 * One page's lines and grids -> blocks in reading order: lines whose centres fall in a grid's cell belong to
 * that cell; borderless tables are found among the other lines ({@link StreamTable}); the remaining lines
 * and the tables are ordered by {@link ReadingOrder}, and runs of lines close
 * together in one column become text blocks. Offsets count characters of the document's lines joined by
 * newlines, continued from page to page through {@link #offset()}.
 */
final class PageAssembler {
    private final int pageNumber;
    private int offset;
    private final boolean emphasizeGothic;
    private final java.util.Set<String> seenHeads;
    /** A marker is joined with text at most this many ems to its right. */
    static final float MARKER_GAP_EM = 4f;

    /** A ruled table, a borderless table or a line, placed on the page. */
    private record Element(BBox box, Grid grid, StreamTable.Found stream, TextLine line) {
    }

    /** {@code seenHeads}: the first rows of the borderless tables of the pages before, shared from page to page. */
    PageAssembler(int pageNumber, int offset, boolean emphasizeGothic, java.util.Set<String> seenHeads) {
        this.pageNumber = pageNumber;
        this.offset = offset;
        this.emphasizeGothic = emphasizeGothic;
        this.seenHeads = seenHeads;
    }

    int offset() {
        return offset;
    }

    Page assemble(float width, float height, List<TextLine> lines, List<Grid> grids) {
        List<Grid> tables = grids.stream().filter(g -> g.cells().size() >= 2).toList();
        List<List<TextLine>> inTable = new ArrayList<>();
        tables.forEach(t -> inTable.add(new ArrayList<>()));
        List<TextLine> free = new ArrayList<>();
        for (TextLine line : lines) {
            int owner = -1;
            for (int i = 0; i < tables.size() && owner < 0; i++) {
                BBox b = tables.get(i).box();
                if (line.centerX() >= b.x0() && line.centerX() <= b.x1() && line.centerY() >= b.y0()
                        && line.centerY() <= b.y1()) {
                    owner = i;
                }
            }
            if (owner >= 0) {
                inTable.get(owner).add(line);
            } else {
                free.add(line);
            }
        }
        List<Element> elements = new ArrayList<>();
        List<StreamTable.Found> streams = new ArrayList<>(StreamTable.find(free, seenHeads));
        Set<TextLine> inStream = Collections.newSetFromMap(new IdentityHashMap<>());
        streams.forEach(f -> inStream.addAll(f.members()));
        for (StreamTable.Found f : PairedColumns.find(free.stream().filter(l -> !inStream.contains(l)).toList())) {
            inStream.addAll(f.members());
            streams.add(f);
        }
        for (StreamTable.Found f : streams) {
            elements.add(new Element(f.box(), null, f, null));
        }
        for (TextLine line : rejoinMarkers(free.stream().filter(l -> !inStream.contains(l)).toList())) {
            elements.add(new Element(line.box(), null, null, line));
        }
        for (Grid t : tables) {
            elements.add(new Element(t.box(), t, null, null));
        }
        List<Block> blocks = new ArrayList<>();
        List<Line> paragraph = new ArrayList<>();
        TextLine previous = null;
        for (Element e : ReadingOrder.sort(elements, Element::box)) {
            if (e.grid() != null) {
                flush(paragraph, blocks);
                paragraph = new ArrayList<>();
                previous = null;
                blocks.add(table(e.grid(), inTable.get(tables.indexOf(e.grid()))));
                continue;
            }
            if (e.stream() != null) {
                flush(paragraph, blocks);
                paragraph = new ArrayList<>();
                previous = null;
                blocks.add(table(e.stream()));
                continue;
            }
            if (previous != null && !sameBlock(previous, e.line())) {
                flush(paragraph, blocks);
                paragraph = new ArrayList<>();
            }
            paragraph.add(line(e.line()));
            previous = e.line();
        }
        flush(paragraph, blocks);
        return new Page(pageNumber, width, height, blocks);
    }

    /**
     * A list marker cut from its text ({@link Lexicon#BARE_MARKER}: {@code 1.} before the tab of a hanging-indent
     * list, whose text lines start at one x like a column's) joined again with the line right of it on its row, at
     * most {@link #MARKER_GAP_EM} ems away; in a table found from alignment the two stay cells.
     */
    static List<TextLine> rejoinMarkers(List<TextLine> lines) {
        List<TextLine> out = new ArrayList<>(lines);
        for (int i = 0; i < out.size(); i++) {
            TextLine m = out.get(i);
            if (!Lexicon.BARE_MARKER.matcher(m.text().strip()).matches()) {
                continue;
            }
            TextLine next = null;
            for (TextLine o : out) {
                if (o != m && o.sameRow(m) && o.box().x0() >= m.box().x1() - 0.01f
                        && o.box().x0() - m.box().x1() <= MARKER_GAP_EM * Math.max(m.fontSize(), o.fontSize())
                        && (next == null || o.box().x0() < next.box().x0())) {
                    next = o;
                }
            }
            if (next != null) {
                TextLine joined = new TextLine(m.text().strip() + " " + next.text(), m.box().union(next.box()),
                        next.fontSize(), next.bold(), next.gothic());
                out.set(i, joined);
                out.remove(next);
                i = -1; // start over: indexes moved
            }
        }
        return out;
    }

    /** Whether b continues a's block: just below it (less than one line of space between) and overlapping it. */
    private static boolean sameBlock(TextLine a, TextLine b) {
        float em = Math.max(a.fontSize(), b.fontSize());
        float gap = b.box().y0() - a.box().y1();
        boolean overlaps = b.box().x0() < a.box().x1() + em && b.box().x1() > a.box().x0() - em;
        return gap > -0.5f * em && gap < 0.8f * em && overlaps;
    }

    private Table table(Grid grid, List<TextLine> lines) {
        List<List<TextLine>> byCell = new ArrayList<>();
        grid.cells().forEach(c -> byCell.add(new ArrayList<>()));
        for (TextLine l : lines) {
            int best = 0;
            for (int i = 0; i < grid.cells().size(); i++) {
                if (grid.cells().get(i).contains(l.centerX(), l.centerY())) {
                    best = i;
                    break;
                }
            }
            byCell.get(best).add(l);
        }
        List<List<Cell>> rows = new ArrayList<>();
        for (int r = 0; r < grid.rowCount(); r++) {
            rows.add(new ArrayList<>());
        }
        for (int i = 0; i < grid.cells().size(); i++) {
            Grid.GridCell gc = grid.cells().get(i);
            List<TextLine> cellLines = new ArrayList<>(byCell.get(i));
            cellLines.sort(Comparator.comparingDouble((TextLine l) -> l.box().y0()).thenComparingDouble(l -> l.box().x0()));
            List<Line> out = new ArrayList<>();
            for (TextLine tl : ReadingOrder.sort(cellLines, TextLine::box)) {
                out.add(line(tl));
            }
            Provenance p = out.isEmpty() ? new Provenance(pageNumber, gc.box(), -1, -1)
                    : new Provenance(pageNumber, gc.box(), out.get(0).provenance().start(),
                            out.get(out.size() - 1).provenance().end());
            rows.get(gc.row()).add(new Cell(out, gc.column(), gc.colSpan(), gc.rowSpan(), p));
        }
        List<Row> tableRows = rows.stream().filter(r -> !r.isEmpty()).map(Row::new).toList();
        return new Table(tableRows, new Provenance(pageNumber, grid.box(), -1, -1));
    }

    /** A borderless table: one cell per column in every row, empty where the row has nothing there. */
    private Table table(StreamTable.Found found) {
        List<Row> rows = new ArrayList<>();
        for (List<List<TextLine>> r : found.rows()) {
            List<Cell> cells = new ArrayList<>();
            for (int c = 0; c < r.size(); c++) {
                List<Line> out = new ArrayList<>();
                BBox box = null;
                for (TextLine tl : r.get(c)) {
                    out.add(line(tl));
                    box = box == null ? tl.box() : box.union(tl.box());
                }
                Provenance p = out.isEmpty() ? new Provenance(pageNumber, null, -1, -1)
                        : new Provenance(pageNumber, box, out.get(0).provenance().start(),
                                out.get(out.size() - 1).provenance().end());
                cells.add(new Cell(out, c, p));
            }
            rows.add(new Row(cells));
        }
        return new Table(rows, new Provenance(pageNumber, found.box(), -1, -1));
    }

    private Line line(TextLine tl) {
        Provenance p = new Provenance(pageNumber, tl.box(), offset, offset + tl.text().length());
        offset += tl.text().length() + 1;
        return new Line(tl.text(), p, tl.fontSize(), tl.bold() || (emphasizeGothic && tl.gothic()));
    }

    private void flush(List<Line> paragraph, List<Block> blocks) {
        if (paragraph.isEmpty()) {
            return;
        }
        BBox box = paragraph.get(0).provenance().bbox();
        for (Line l : paragraph) {
            box = box.union(l.provenance().bbox());
        }
        blocks.add(new TextBlock(paragraph, new Provenance(pageNumber, box, paragraph.get(0).provenance().start(),
                paragraph.get(paragraph.size() - 1).provenance().end())));
    }
}
