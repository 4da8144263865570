package org.goalparse.interpret;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import org.goalparse.outline.TableNode;

/** Helpers to read a data table: its header rows, each column's header text, a row's cell by column. */
final class TableColumns {
    /** The readers' header patterns, compiled once each: they are a handful of constants, asked of every table. */
    private static final Map<String, Pattern> PATTERNS = new ConcurrentHashMap<>();

    private TableColumns() {
    }

    /** Whether {@code regex} matches anywhere in {@code text} (which may span lines). */
    private static boolean contains(String text, String regex) {
        return PATTERNS.computeIfAbsent(regex, r -> Pattern.compile("(?s).*(" + r + ").*")).matcher(text).matches();
    }

    /** Index of the first row whose cells contain {@code word} (spaces ignored), or -1. */
    static int rowWith(List<TableNode.Row> rows, String regex) {
        for (int i = 0; i < rows.size(); i++) {
            for (TableNode.Cell c : rows.get(i).cells()) {
                if (contains(Texts.compact(c.text()), regex)) {
                    return i;
                }
            }
        }
        return -1;
    }

    /** Column -> header text, the texts of rows [from, to) joined per column. */
    static Map<Integer, String> headers(List<TableNode.Row> rows, int from, int to) {
        Map<Integer, String> h = new TreeMap<>();
        for (int i = from; i < to; i++) {
            for (TableNode.Cell c : rows.get(i).cells()) {
                h.merge(c.column(), Texts.compact(c.text()), (a, b) -> a + b);
            }
        }
        return h;
    }

    static String cell(TableNode.Row row, int column) {
        for (TableNode.Cell c : row.cells()) {
            if (c.column() == column) {
                return c.text().strip();
            }
        }
        return "";
    }

    static TableNode.Cell cellAt(TableNode.Row row, int column) {
        for (TableNode.Cell c : row.cells()) {
            if (c.column() == column) {
                return c;
            }
        }
        return null;
    }

    static List<Integer> columnsMatching(Map<Integer, String> headers, String regex) {
        List<Integer> out = new ArrayList<>();
        headers.forEach((col, text) -> {
            if (contains(text, regex)) {
                out.add(col);
            }
        });
        return out;
    }
}
