package org.goalparse.interpret;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.goalparse.ja.EraYears;
import org.goalparse.model.FiscalYear;
import org.goalparse.model.MidTermGoal;
import org.goalparse.model.ScheduleItem;
import org.goalparse.outline.Node;
import org.goalparse.outline.TableNode;

/** Mid-term goal tables (No / 取組み事項… / スケジュール(工程)): a goal per numbered row, its dated schedule steps. */
final class MidTermTableReader {
    List<MidTermGoal> read(TableNode table) {
        List<TableNode.Row> rows = table.rows();
        List<MidTermGoal> out = new ArrayList<>();
        int first = GoalTableReader.firstNumbered(rows, 0);
        if (first < 0) {
            return out;
        }
        Map<Integer, String> headers = TableColumns.headers(rows, 0, first);
        List<Integer> schedCols = TableColumns.columnsMatching(headers, "スケジュール|工程|年次");
        List<Integer> textCols = TableColumns.columnsMatching(headers, "取組|課題|成果|内容");
        int textCol = textCols.stream().filter(c -> c > 0).findFirst().orElse(1);
        for (int r = first; r >= 0; r = GoalTableReader.firstNumbered(rows, r + 1)) {
            TableNode.Row row = rows.get(r);
            int number = Integer.parseInt(Texts.compact(TableColumns.cell(row, 0)));
            TitledText tt = TitledText.of(TableColumns.cellAt(row, textCol));
            String title = tt.title();
            String body = tt.body();
            List<ScheduleItem> schedule = new ArrayList<>();
            if (!schedCols.isEmpty()) {
                TableNode.Cell sc = TableColumns.cellAt(row, schedCols.get(0));
                for (Node n : sc == null ? List.<Node>of() : sc.content()) {
                    Years.first(n.text()).map(FiscalYear::year)
                            .ifPresent(y -> schedule.add(new ScheduleItem(y, GoalTableReader.raw(n))));
                }
            }
            // A schedule laid out as a sub-table: one step per row (step | year) beside the goal's spanning cell.
            int next = GoalTableReader.firstNumbered(rows, r + 1);
            for (TableNode.Row sub : rows.subList(r + 1, next < 0 ? rows.size() : next)) {
                String step = String.join(" ", sub.cells().stream()
                        .filter(c -> c.column() != 0 && c.column() != textCol && !c.text().isBlank())
                        .map(c -> c.text().replace('\n', ' ')).toList());
                if (step.isEmpty() && yearLast(sub)) {
                    // a sub-table printed as rows of its own, its cells from the first column (a browser's nested
                    // table): the step, then its year
                    step = String.join(" ", sub.cells().stream().map(c -> c.text().replace('\n', ' ')).toList());
                }
                String text = step;
                Years.first(text).map(FiscalYear::year).ifPresent(y -> schedule.add(new ScheduleItem(y, text)));
            }
            out.add(new MidTermGoal(number, title, body.isEmpty() ? (title == null ? "" : title) : body, schedule));
        }
        return out;
    }

    /** A row of two cells or more whose last cell begins with a fiscal year: a schedule step's row. */
    static boolean yearLast(TableNode.Row row) {
        List<TableNode.Cell> cells = row.cells();
        if (cells.size() < 2) {
            return false;
        }
        String last = cells.get(cells.size() - 1).text().strip();
        return EraYears.findAll(last).stream().anyMatch(y -> y.fiscal() && y.start() == 0);
    }
}
