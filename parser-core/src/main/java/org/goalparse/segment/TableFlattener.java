package org.goalparse.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.goalparse.outline.Heading;
import org.goalparse.outline.Item;
import org.goalparse.outline.Marker;
import org.goalparse.outline.Node;
import org.goalparse.outline.NumberStyle;
import org.goalparse.outline.TableNode;

/**
 * Puts a layout table (one that is not a data table: a page grid, side-by-side columns, label/content
 * pairs) into reading order. A row of short labels heads the rows below it, and that block is read column
 * by column (left column top to bottom, then the next: goals then achievements). Other rows are read cell by
 * cell; a cell holding only a number numbers the cell after it ("No" columns).
 */
final class TableFlattener {
    private static final int LABEL_MAX = 24;
    private static final Pattern RULE_CHARS = Pattern.compile("[-|:\\s]+");
    private static final Pattern SMALL_NUMBER = Pattern.compile("\\d{1,2}");

    List<Node> flatten(List<TableNode.Row> rows) {
        List<TableNode.Row> kept = rows.stream().filter(r -> !isEmpty(r)).toList();
        List<Node> out = new ArrayList<>();
        int i = 0;
        while (i < kept.size()) {
            if (isLabelRow(kept.get(i)) && i + 1 < kept.size() && !isLabelRow(kept.get(i + 1))) {
                int end = i + 1;
                while (end < kept.size() && !isLabelRow(kept.get(end)) && within(kept.get(end), kept.get(i))) {
                    end++;
                }
                out.addAll(columnWise(kept.subList(i, end)));
                i = end;
            } else {
                out.addAll(rowWise(kept.get(i)));
                i++;
            }
        }
        return out;
    }

    /** A row under a label row belongs to it while it has no more filled cells than the label row has labels. */
    private static boolean within(TableNode.Row row, TableNode.Row labels) {
        long filled = row.cells().stream().filter(c -> !c.text().isBlank()).count();
        return filled <= labels.cells().size();
    }

    private static boolean isEmpty(TableNode.Row r) {
        return r.cells().stream().allMatch(c -> c.text().isBlank() || RULE_CHARS.matcher(c.text().strip()).matches());
    }

    private static boolean isLabelRow(TableNode.Row r) {
        boolean heading = false;
        int nonEmpty = 0;
        for (TableNode.Cell c : r.cells()) {
            String t = c.text().strip();
            if (t.isEmpty()) {
                continue;
            }
            nonEmpty++;
            if (t.length() > LABEL_MAX || t.contains("。") || t.contains("\n")) {
                return false;
            }
            heading |= c.content().size() == 1 && c.content().get(0) instanceof Heading;
        }
        return heading && nonEmpty >= 1;
    }

    private static List<Node> columnWise(List<TableNode.Row> block) {
        int columns = block.stream().mapToInt(r -> r.cells().stream().mapToInt(TableNode.Cell::column).max().orElse(0))
                .max().orElse(0) + 1;
        List<Node> out = new ArrayList<>();
        for (int col = 0; col < columns; col++) {
            for (TableNode.Row r : block) {
                for (TableNode.Cell c : r.cells()) {
                    if (c.column() == col) {
                        out.addAll(c.content());
                    }
                }
            }
        }
        return out;
    }

    private static List<Node> rowWise(TableNode.Row row) {
        List<Node> out = new ArrayList<>();
        List<TableNode.Cell> cells = row.cells().stream().filter(c -> !c.text().isBlank()).toList();
        for (int k = 0; k < cells.size(); k++) {
            TableNode.Cell c = cells.get(k);
            String t = c.text().strip();
            if (SMALL_NUMBER.matcher(t).matches() && k + 1 < cells.size() && !cells.get(k + 1).content().isEmpty()) {
                List<Node> next = cells.get(k + 1).content();
                Node first = next.get(0);
                int n = Integer.parseInt(t);
                out.add(new Item(new Marker(NumberStyle.ARABIC, n, t), decorated(first), first.loc()));
                out.addAll(next.subList(1, next.size()));
                k++;
                continue;
            }
            out.addAll(c.content());
        }
        return out;
    }

    /** The text of a node as it stood, with a bracket heading's brackets, so 【title】 stays recognizable. */
    private static String decorated(Node n) {
        if (n instanceof Item it) {
            return it.marker().raw() + " " + it.text();
        }
        return n.written();
    }
}
