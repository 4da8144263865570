package org.goalparse.interpret;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.goalparse.model.DatedQuantity;
import org.goalparse.model.FiscalYear;
import org.goalparse.model.Indicator;
import org.goalparse.model.Quantity;
import org.goalparse.outline.TableNode;

/**
 * KPI tables (事業番号 / 主な事業 / 事業指標 / 現状値 (year) / 令和N年度目標値 … / 所管課). The columns are found
 * by their header words, so their order and number may vary; a header row repeated inside the table (a table
 * continued on the next page) starts a new block.
 */
final class KpiTableReader {
    private static final Pattern ID = Pattern.compile("^[0-9A-Za-z]+(?:[-‐ー－][0-9A-Za-z]+)*$");
    private static final String ID_HEADER = "事業番号|番号|No";
    private static final Pattern PAREN_YEAR = Pattern.compile("\\(([^()]*年度?)\\)\\s*$");

    List<Indicator> read(TableNode table) {
        List<TableNode.Row> rows = table.rows();
        List<Indicator> out = new ArrayList<>();
        Map<Integer, String> headers = null;
        for (int i = 0; i < rows.size(); i++) {
            TableNode.Row row = rows.get(i);
            String joined = Texts.compact(row.cells().stream().map(TableNode.Cell::text).reduce("", String::concat));
            if (joined.contains("事業指標") || joined.contains("現状値") || joined.contains("事業番号")) {
                headers = TableColumns.headers(rows, i, i + 1);
                continue;
            }
            if (headers == null) {
                continue;
            }
            Indicator ind = readRow(row, headers);
            if (ind != null) {
                out.add(ind);
            }
        }
        return out;
    }

    private Indicator readRow(TableNode.Row row, Map<Integer, String> headers) {
        boolean hasIds = !TableColumns.columnsMatching(headers, ID_HEADER).isEmpty();
        String id = first(row, headers, ID_HEADER);
        String metric = first(row, headers, "事業指標|指標");
        if (hasIds ? id.isEmpty() || !ID.matcher(Texts.compact(id)).matches() : metric.isEmpty()) {
            return null; // a data row has its number, or (in a table without numbers) its indicator
        }
        String project = first(row, headers, "主な事業|事業名");
        String division = first(row, headers, "所管課|担当課|所管");
        DatedQuantity baseline = null;
        for (int col : TableColumns.columnsMatching(headers, "現状値|基準値")) {
            baseline = dated(TableColumns.cell(row, col), null);
        }
        List<DatedQuantity> targets = new ArrayList<>();
        for (int col : TableColumns.columnsMatching(headers, "目標値|目標")) {
            String v = TableColumns.cell(row, col);
            if (!v.isEmpty()) {
                Integer year = Years.first(headers.get(col)).map(FiscalYear::year).orElse(null);
                targets.add(dated(v, year));
            }
        }
        return new Indicator(id.isEmpty() ? null : Texts.compact(id), project.isEmpty() ? null : project,
                metric.isEmpty() ? null : metric, baseline, targets, division.isEmpty() ? null : division);
    }

    private static String first(TableNode.Row row, Map<Integer, String> headers, String regex) {
        for (int col : TableColumns.columnsMatching(headers, regex)) {
            String v = TableColumns.cell(row, col);
            if (!v.isEmpty()) {
                return v.replace('\n', ' ');
            }
        }
        return "";
    }

    /** "14,989人 (令和2年度)" -> 14989 人, year 2020; "現状把握" -> text only. */
    private static DatedQuantity dated(String cell, Integer headerYear) {
        String text = cell.replace('\n', ' ').strip();
        Integer year = headerYear;
        String value = text;
        Matcher m = PAREN_YEAR.matcher(text);
        if (m.find()) {
            year = Years.first(m.group(1)).map(FiscalYear::year).orElse(year);
            value = text.substring(0, m.start()).strip();
        }
        List<Quantity> qs = Quantities.find(value);
        Quantity q = qs.isEmpty() ? Quantity.textOnly(value) : qs.get(0);
        return DatedQuantity.of(new Quantity(value, q.metric(), q.value(), q.unit(), q.comparator(), q.asOf()), year);
    }
}
