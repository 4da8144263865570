package org.goalparse.interpret;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.goalparse.lexicon.Lexicon;
import org.goalparse.model.Achievement;
import org.goalparse.model.Goal;
import org.goalparse.model.PlanRef;
import org.goalparse.outline.Node;
import org.goalparse.outline.TableNode;

/**
 * Goal tables (No / 当年度目標: 取組み事項 / 実績: 取組みを行った内容・成果 / 課題・今後の方向性): one goal per numbered row,
 * its columns told apart by their header words; the rows below a goal's row (up to the next number) hold its
 * plan links.
 */
final class GoalTableReader {
    private static final Pattern SMALL_NUMBER = Pattern.compile("\\d{1,2}");
    private final PlanRefReader planRefs = new PlanRefReader();

    List<Goal> read(TableNode table) {
        List<TableNode.Row> rows = table.rows();
        List<Goal> out = new ArrayList<>();
        int first = firstNumbered(rows, 0);
        if (first < 0) {
            return out;
        }
        Map<Integer, String> headers = TableColumns.headers(rows, 0, first);
        int goalCol = firstOr(TableColumns.columnsMatching(headers, "取組み?事項|目標|計画"), 1);
        List<Integer> issueCols = TableColumns.columnsMatching(headers, "課題|今後");
        List<Integer> achCols = TableColumns.columnsMatching(headers, "成果|実績|行った|結果");
        achCols.removeAll(issueCols);
        achCols.remove(Integer.valueOf(goalCol));
        List<Integer> targetCols = targetColumns(headers, goalCol);
        achCols.removeAll(targetCols);
        for (int r = first; r >= 0; ) {
            int next = firstNumbered(rows, r + 1);
            TableNode.Row row = rows.get(r);
            int number = Integer.parseInt(Texts.compact(TableColumns.cell(row, 0)));
            TitledText tt = TitledText.of(TableColumns.cellAt(row, goalCol));
            String title = tt.title();
            String body = tt.body();
            String ach = achCols.isEmpty() ? "" : TableColumns.cell(row, achCols.get(0));
            String issues = issueCols.isEmpty() ? "" : TableColumns.cell(row, issueCols.get(0));
            List<PlanRef> refs = planRefs.read(rows.subList(r + 1, next < 0 ? rows.size() : next));
            String targets = targetCols.isEmpty() ? body : TableColumns.cell(row, targetCols.get(0));
            out.add(new Goal(number, null, title, body.isEmpty() ? (title == null ? "" : title) : body,
                    Quantities.distinct(Quantities.find(targets)),
                    ach.isEmpty() ? null : new Achievement(ach, Quantities.find(ach)),
                    issues.isEmpty() ? null : issues, refs));
            r = next;
        }
        return out;
    }

    static String raw(Node n) {
        if (n instanceof org.goalparse.outline.Item it) {
            return it.written();
        }
        return n.text();
    }

    /** The first row at or after {@code from} numbered in column 0 (after a row numbered n, only n+1 counts). */
    static int firstNumbered(List<TableNode.Row> rows, int from) {
        Integer previous = null;
        for (int i = from - 1; i >= 0 && previous == null; i--) {
            String t = Texts.compact(TableColumns.cell(rows.get(i), 0));
            if (SMALL_NUMBER.matcher(t).matches()) {
                previous = Integer.parseInt(t);
            }
        }
        for (int i = from; i < rows.size(); i++) {
            String t = Texts.compact(TableColumns.cell(rows.get(i), 0));
            if (SMALL_NUMBER.matcher(t).matches() && (previous == null || Integer.parseInt(t) == previous + 1)) {
                return i;
            }
        }
        return -1;
    }

    /**
     * Columns headed by a target's label alone ({@code 目標値}, {@code 数値目標}: {@link Lexicon#FORM_LABELS}): a goal's
     * targets are read from there, not from the goal's wording.
     */
    private static List<Integer> targetColumns(Map<Integer, String> headers, int goalCol) {
        List<Integer> out = new ArrayList<>();
        headers.forEach((col, text) -> {
            if (col != goalCol && Lexicon.FORM_LABELS.get(text) == Lexicon.Field.TARGET) {
                out.add(col);
            }
        });
        return out;
    }

    private static int firstOr(List<Integer> cols, int fallback) {
        return cols.stream().filter(c -> c > 0).findFirst().orElse(fallback);
    }
}
