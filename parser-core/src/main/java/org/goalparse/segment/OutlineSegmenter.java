package org.goalparse.segment;

import java.util.ArrayList;
import java.util.List;
import org.goalparse.layout.Block;
import org.goalparse.layout.Cell;
import org.goalparse.layout.Layout;
import org.goalparse.layout.Line;
import org.goalparse.layout.Page;
import org.goalparse.layout.Row;
import org.goalparse.layout.Table;
import org.goalparse.layout.TextBlock;
import org.goalparse.outline.Item;
import org.goalparse.outline.Loc;
import org.goalparse.outline.Node;
import org.goalparse.outline.Outline;
import org.goalparse.outline.Paragraph;
import org.goalparse.outline.TableKind;
import org.goalparse.outline.TableNode;

/**
 * The default segmenter: every line through the {@link LineClassifier}; tables kept as tables, classified
 * by {@link TableClassifier}, with each cell's lines segmented the same way. Lines of a positioned block
 * (PDF) that wrap mid-sentence are joined to the node they continue.
 */
public final class OutlineSegmenter implements Segmenter {
    private final LineClassifier lines = new LineClassifier();
    private final TableClassifier tables = new TableClassifier();
    private final InlineItemSplitter splitter = new InlineItemSplitter();
    private final TableFlattener flattener = new TableFlattener();

    @Override
    public Outline segment(Layout layout) {
        List<Node> nodes = new ArrayList<>();
        for (Page p : layout.pages()) {
            for (Block b : p.blocks()) {
                Loc loc = new Loc(p.number(), 0, -1);
                if (b instanceof TextBlock tb) {
                    nodes.addAll(segmentLines(tb.lines(), loc));
                } else if (b instanceof Table t) {
                    TableNode table = segmentTable(t, loc);
                    if (table.kind() == TableKind.GENERIC) {
                        nodes.addAll(flattener.flatten(table.rows()));
                    } else {
                        nodes.add(table);
                    }
                }
            }
        }
        return new Outline(nodes, List.of());
    }

    List<Node> segmentLines(List<Line> in, Loc loc) {
        List<Node> out = new ArrayList<>();
        float right = (float) in.stream().filter(l -> l.provenance().bbox() != null)
                .mapToDouble(l -> l.provenance().bbox().x1()).max().orElse(0);
        Line previous = null;
        for (Line line : in) {
            for (String text : splitter.split(line.text().strip())) {
                Node n = lines.classify(text, loc);
                if (n instanceof Paragraph && previous != null && wraps(previous, right) && !out.isEmpty()
                        && continues(out.get(out.size() - 1))) {
                    out.set(out.size() - 1, append(out.get(out.size() - 1), text));
                    continue;
                }
                out.add(n);
            }
            if (!line.text().isBlank()) {
                previous = line;
            }
        }
        return out;
    }

    /**
     * A positioned line wraps into the next when it runs to the block's right edge (within about two
     * characters); a line that stops short (a title, a list entry) ends where it ends.
     */
    private static boolean wraps(Line line, float right) {
        if (line.provenance().bbox() == null) {
            return false;
        }
        float em = line.fontSize() > 0 ? line.fontSize() : line.provenance().bbox().height();
        return line.provenance().bbox().x1() >= right - 2.5f * em;
    }

    private static boolean continues(Node prev) {
        if (!(prev instanceof Paragraph) && !(prev instanceof Item)) {
            return false;
        }
        String t = prev.text();
        return !t.isEmpty() && "。!?」』)".indexOf(t.charAt(t.length() - 1)) < 0;
    }

    private static Node append(Node prev, String more) {
        if (prev instanceof Item it) {
            return new Item(it.marker(), it.text() + more, it.loc());
        }
        return new Paragraph(prev.text() + more, prev.loc());
    }

    private TableNode segmentTable(Table t, Loc loc) {
        List<TableNode.Row> rows = new ArrayList<>();
        for (int r = 0; r < t.rows().size(); r++) {
            Row row = t.rows().get(r);
            List<TableNode.Cell> cells = new ArrayList<>();
            for (Cell c : row.cells()) {
                Loc cl = loc.inCell(c.column(), r);
                List<Node> content = segmentLines(c.lines(), cl);
                cells.add(new TableNode.Cell(c.column(), c.text().strip(), content));
            }
            rows.add(new TableNode.Row(cells));
        }
        List<String> header = new ArrayList<>();
        for (int r = 0; r < Math.min(2, rows.size()); r++) {
            rows.get(r).cells().forEach(c -> header.add(c.text()));
        }
        TableKind kind = tables.classify(header);
        if (kind == TableKind.GENERIC && tables.isProjects(rows.stream()
                .flatMap(r -> r.cells().stream().filter(c -> c.column() == 1).map(TableNode.Cell::text)).toList())) {
            kind = TableKind.PROJECTS;
        }
        return new TableNode(kind, rows, loc);
    }
}
