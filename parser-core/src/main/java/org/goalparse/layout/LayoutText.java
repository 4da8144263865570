package org.goalparse.layout;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Renders a layout as plain text for people ({@code goalparse text}): one line per line, a blank
 * line between blocks, table rows as cells separated by " | " with a cell's lines joined by " / ".
 * {@link #stamped} gives every line the offsets of its text in that rendering, so that a value's span points into
 * what {@code goalparse text} prints.
 */
public final class LayoutText {
    private static final String PAGE_MARK = "--- page %d ---\n";
    private static final String CELL_LINES = " / ";
    private static final String CELLS = " | ";

    private LayoutText() {
    }

    public static String render(Layout layout) {
        StringBuilder sb = new StringBuilder();
        for (Page page : layout.pages()) {
            if (paged(layout)) {
                sb.append(PAGE_MARK.formatted(page.number()));
            }
            for (Block block : page.blocks()) {
                if (block instanceof TextBlock tb) {
                    tb.lines().forEach(l -> sb.append(l.text()).append('\n'));
                } else if (block instanceof Table t) {
                    for (Row row : t.rows()) {
                        sb.append(row.cells().stream()
                                .map(c -> c.lines().stream().map(Line::text).collect(Collectors.joining(CELL_LINES)))
                                .collect(Collectors.joining(CELLS)));
                        sb.append('\n');
                    }
                }
                sb.append('\n');
            }
        }
        return sb.toString();
    }

    private static boolean paged(Layout layout) {
        return layout.pageCount() != null && layout.pageCount() > 1;
    }

    /**
     * The same layout whose lines, cells and blocks carry as {@code start}/{@code end} the offsets, in Unicode code
     * points, of their text in {@link #render} of it (pages, boxes and text unchanged). Stamped once after
     * normalization, for the whole file: a department's part keeps the offsets of the file's text.
     */
    public static Layout stamped(Layout layout) {
        Counter at = new Counter();
        List<Page> pages = new ArrayList<>(layout.pages().size());
        for (Page page : layout.pages()) {
            if (paged(layout)) {
                at.skip(PAGE_MARK.formatted(page.number()));
            }
            List<Block> blocks = new ArrayList<>(page.blocks().size());
            for (Block block : page.blocks()) {
                if (block instanceof TextBlock tb) {
                    int from = at.offset;
                    List<Line> lines = new ArrayList<>(tb.lines().size());
                    for (Line l : tb.lines()) {
                        lines.add(at.line(l));
                        at.skip("\n");
                    }
                    blocks.add(new TextBlock(lines, spanned(tb.provenance(), from, at.offset)));
                } else if (block instanceof Table t) {
                    blocks.add(table(t, at));
                } else {
                    blocks.add(block);
                }
                at.skip("\n");
            }
            pages.add(page.withBlocks(blocks));
        }
        return layout.withPages(pages);
    }

    private static Table table(Table t, Counter at) {
        int from = at.offset;
        List<Row> rows = new ArrayList<>(t.rows().size());
        for (Row row : t.rows()) {
            List<Cell> cells = new ArrayList<>(row.cells().size());
            for (int c = 0; c < row.cells().size(); c++) {
                if (c > 0) {
                    at.skip(CELLS);
                }
                Cell cell = row.cells().get(c);
                int cellFrom = at.offset;
                List<Line> lines = new ArrayList<>(cell.lines().size());
                for (int i = 0; i < cell.lines().size(); i++) {
                    if (i > 0) {
                        at.skip(CELL_LINES);
                    }
                    lines.add(at.line(cell.lines().get(i)));
                }
                cells.add(cell.with(lines, spanned(cell.provenance(), cellFrom, at.offset)));
            }
            rows.add(new Row(cells));
            at.skip("\n");
        }
        return new Table(rows, spanned(t.provenance(), from, at.offset));
    }

    private static Provenance spanned(Provenance p, int start, int end) {
        return new Provenance(p.page(), p.bbox(), start, end);
    }

    /** The offset reached in the rendering, in code points. */
    private static final class Counter {
        int offset;

        void skip(String s) {
            offset += s.codePointCount(0, s.length());
        }

        Line line(Line l) {
            int start = offset;
            skip(l.text());
            return new Line(l.text(), spanned(l.provenance(), start, offset), l.fontSize(), l.bold());
        }
    }
}
