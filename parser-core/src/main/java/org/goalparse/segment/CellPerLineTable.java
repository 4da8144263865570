package org.goalparse.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.goalparse.ja.QuantityExtractor;
import org.goalparse.layout.Block;
import org.goalparse.layout.Cell;
import org.goalparse.layout.Line;
import org.goalparse.layout.Row;
import org.goalparse.layout.Table;
import org.goalparse.layout.TextBlock;
import org.goalparse.lexicon.Lexicon;

/**
 * A table a rendition printed one cell per line (番号 / 目標 / 目標値 / 実績 / 1 / 家庭ごみの減量 / 500g / 512g / 2 / …)
 * read back into rows. Only where the structure is certain: a run of lines that are all known column headers, the
 * first a number column ({@link Lexicon#NUMBER_COLUMN_LABELS}), one naming the goal ({@link Lexicon#GOAL_COLUMN_LABELS})
 * and one a value ({@link Lexicon#FORM_LABELS} target, result or grade); then rows numbered 1, 2, 3 … each with
 * exactly one line per column. A value cell may have wrapped once where a metric's words run before its number
 * ({@code 1人1日当たり} / {@code 500g}: a line with digits but no quantity of its own, then a line opening with a
 * digit). Any other count of lines leaves the whole block as it was: the columns cannot be told apart.
 */
final class CellPerLineTable {
    private static final int MIN_COLUMNS = 3;
    private static final int MAX_COLUMNS = 8;
    private static final int MIN_ROWS = 2;
    private static final Pattern DIGIT = Pattern.compile("\\d");

    private enum Column { NUMBER, GOAL, VALUE }

    private CellPerLineTable() {
    }

    /** The block, or the block cut into the text before the table, the table, and the rest (read the same way). */
    static List<Block> split(TextBlock block) {
        List<Line> lines = block.lines();
        for (int i = 0; i < lines.size(); i++) {
            List<Column> columns = header(lines, i);
            if (columns == null) {
                continue;
            }
            List<Row> rows = new ArrayList<>();
            rows.add(new Row(cells(lines.subList(i, i + columns.size()).stream().map(List::of).toList())));
            int end = rows(lines, i + columns.size(), columns, rows);
            if (end < 0) {
                continue;
            }
            List<Block> out = new ArrayList<>();
            if (i > 0) {
                out.add(new TextBlock(lines.subList(0, i), block.provenance()));
            }
            out.add(new Table(rows, block.provenance()));
            if (end < lines.size()) {
                out.addAll(split(new TextBlock(lines.subList(end, lines.size()), block.provenance())));
            }
            return out;
        }
        return List.of(block);
    }

    /** The columns of a header starting at line {@code at}, or null when the lines there are no such header. */
    private static List<Column> header(List<Line> lines, int at) {
        if (!Lexicon.NUMBER_COLUMN_LABELS.contains(compact(lines.get(at)))) {
            return null;
        }
        List<Column> columns = new ArrayList<>(List.of(Column.NUMBER));
        for (int j = at + 1; j < lines.size() && columns.size() < MAX_COLUMNS; j++) {
            String t = compact(lines.get(j));
            if (Lexicon.GOAL_COLUMN_LABELS.contains(t)) {
                columns.add(Column.GOAL);
            } else if (isValueLabel(t)) {
                columns.add(Column.VALUE);
            } else {
                break;
            }
        }
        boolean complete = columns.size() >= MIN_COLUMNS && columns.contains(Column.GOAL) && columns.contains(Column.VALUE);
        return complete ? columns : null;
    }

    private static boolean isValueLabel(String t) {
        Lexicon.Field f = Lexicon.FORM_LABELS.get(t);
        return f == Lexicon.Field.TARGET || f == Lexicon.Field.RESULT || f == Lexicon.Field.GRADE;
    }

    /**
     * Reads rows 1, 2, 3 … from line {@code from} into {@code rows}; the line after the last row, or -1 when a row's
     * lines do not fill its columns exactly or fewer than two rows follow.
     */
    private static int rows(List<Line> lines, int from, List<Column> columns, List<Row> rows) {
        int j = from;
        int count = 0;
        int widest = 2 * (columns.size() - 1); // a row's lines, each value cell wrapped once at most
        while (j < lines.size() && compact(lines.get(j)).equals(String.valueOf(count + 1))) {
            int next = -1;
            for (int k = j + 1; k < Math.min(lines.size(), j + 2 + widest); k++) {
                if (compact(lines.get(k)).equals(String.valueOf(count + 2))) {
                    next = k;
                    break;
                }
            }
            List<Line> rest = lines.subList(j + 1, next < 0 ? lines.size() : next);
            List<List<Line>> cells = new ArrayList<>();
            cells.add(List.of(lines.get(j)));
            int used = cut(rest, columns, next >= 0, cells);
            if (used < 0) {
                return -1;
            }
            rows.add(new Row(cells(cells)));
            count++;
            j = j + 1 + used;
            if (next < 0) {
                break;
            }
        }
        return count >= MIN_ROWS ? j : -1;
    }

    /**
     * Cuts a row's lines into its cells after the number; how many lines they took, or -1. With {@code exact} every
     * line must go into a cell (the next row's number follows); otherwise (the last row) the cells take what they need.
     */
    private static int cut(List<Line> rest, List<Column> columns, boolean exact, List<List<Line>> cells) {
        int p = 0;
        for (int c = 1; c < columns.size(); c++) {
            if (p >= rest.size()) {
                return -1;
            }
            List<Line> cell = new ArrayList<>(List.of(rest.get(p++)));
            int cellsLeft = columns.size() - 1 - c;
            if (columns.get(c) == Column.VALUE && p < rest.size() && wrapsBeforeItsNumber(cell.get(0), rest.get(p))
                    && (!exact || rest.size() - p > cellsLeft)) {
                cell.add(rest.get(p++));
            }
            cells.add(cell);
        }
        return exact && p != rest.size() ? -1 : p;
    }

    /** {@code 1人1日当たり} then {@code 500g}: a metric whose digits are no quantity, its number on the next line. */
    private static boolean wrapsBeforeItsNumber(Line line, Line next) {
        String t = line.text();
        String n = next.text().strip();
        return DIGIT.matcher(t).find() && QuantityExtractor.get().extract(t).isEmpty()
                && !n.isEmpty() && Character.isDigit(n.charAt(0));
    }

    private static List<Cell> cells(List<List<Line>> cells) {
        List<Cell> out = new ArrayList<>();
        for (int c = 0; c < cells.size(); c++) {
            out.add(new Cell(cells.get(c), c, cells.get(c).get(0).provenance()));
        }
        return out;
    }

    private static String compact(Line line) {
        return line.text().replace(" ", "").replace("\u3000", "").strip();
    }
}
