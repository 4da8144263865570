package org.goalparse.interpret;

import java.math.BigDecimal;
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
 * A goal's indicator table: a header row (指標 | 令和5年度(実績) | 令和6年度(目標) | 令和7年度(目標), or 成果指標 |
 * 現状値(%) | 目標値(%)) over one row per indicator. This year's target is the column of the document's fiscal year
 * when the columns are years, else the first column of a target (目標); the baseline is a column of 現状, 実績 or 基準.
 * A cell's bare number takes its unit from the cell, else from its column's or row's bracket ({@code (%)},
 * {@code 登録者数(人)}), else from a {@code 単位:件} line above the table; without any the value stays null.
 */
final class IndicatorTableReader {
    private static final Pattern BRACKET_UNIT = Pattern.compile("[(（]([^()（）\\d]{1,4})[)）]\\s*$");
    private static final Pattern UNIT_LINE = Pattern.compile("単位\\s*[:：]\\s*([^\\s、,]{1,4})");
    private static final Pattern BARE_NUMBER = Pattern.compile("(?:約)?([0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(\\.[0-9]+)?");
    private static final Pattern BASELINE = Pattern.compile("現状|実績|基準");

    /** One row read: the indicator and the target of this year (null when no cell holds it). */
    record Row(Indicator indicator, Quantity target, String text) {
    }

    /** {@code unitLine}: the text just above the table (may be null); {@code fiscalYear}: the document's, or null. */
    List<Row> read(TableNode table, String unitLine, FiscalYear fiscalYear) {
        List<TableNode.Row> rows = table.rows();
        List<Row> out = new ArrayList<>();
        if (rows.isEmpty()) {
            return out;
        }
        Map<Integer, String> headers = TableColumns.headers(rows, 0, 1);
        int metricColumn = headers.keySet().stream().findFirst().orElse(0);
        int targetColumn = targetColumn(headers, fiscalYear);
        int baselineColumn = -1;
        for (Map.Entry<Integer, String> h : headers.entrySet()) {
            if (h.getKey() != metricColumn && h.getKey() < targetColumn && BASELINE.matcher(h.getValue()).find()) {
                baselineColumn = h.getKey();
            }
        }
        String tableUnit = null;
        if (unitLine != null) {
            Matcher u = UNIT_LINE.matcher(unitLine);
            tableUnit = u.find() && isUnit(u.group(1)) ? u.group(1) : null;
        }
        for (TableNode.Row row : rows.subList(1, rows.size())) {
            String metric = TableColumns.cell(row, metricColumn).replace('\n', ' ');
            if (metric.isEmpty()) {
                continue;
            }
            String rowUnit = unitOf(metric, unitOf(headers.get(targetColumn), tableUnit));
            Quantity target = targetColumn < 0 ? null
                    : quantity(TableColumns.cell(row, targetColumn), metric, rowUnit);
            Quantity base = baselineColumn < 0 ? null
                    : quantity(TableColumns.cell(row, baselineColumn), metric, unitOf(metric,
                            unitOf(headers.get(baselineColumn), tableUnit)));
            List<DatedQuantity> targets = new ArrayList<>();
            for (Map.Entry<Integer, String> h : headers.entrySet()) {
                if (h.getKey() != metricColumn && h.getValue().contains("目標")) {
                    Quantity q = quantity(TableColumns.cell(row, h.getKey()), metric,
                            unitOf(metric, unitOf(h.getValue(), tableUnit)));
                    if (q != null) {
                        targets.add(DatedQuantity.of(q, Years.first(h.getValue()).map(FiscalYear::year).orElse(null)));
                    }
                }
            }
            DatedQuantity baseline = base == null ? null : DatedQuantity.of(base,
                    Years.first(headers.get(baselineColumn)).map(FiscalYear::year).orElse(null));
            String text = String.join("\t", row.cells().stream().map(c -> c.text().replace('\n', ' ')).toList());
            out.add(new Row(new Indicator(null, null, metric, baseline, targets, null),
                    target != null && target.value() != null ? target : null, text));
        }
        return out;
    }

    /** The column of the document's year if the columns name years, else the first of a target. */
    private static int targetColumn(Map<Integer, String> headers, FiscalYear fiscalYear) {
        int first = -1;
        for (Map.Entry<Integer, String> h : headers.entrySet()) {
            if (!h.getValue().contains("目標")) {
                continue;
            }
            if (first < 0) {
                first = h.getKey();
            }
            if (fiscalYear != null && Years.first(h.getValue()).map(FiscalYear::year)
                    .filter(y -> y == fiscalYear.year()).isPresent()) {
                return h.getKey();
            }
        }
        return first;
    }

    private static String unitOf(String label, String otherwise) {
        if (label == null) {
            return otherwise;
        }
        Matcher m = BRACKET_UNIT.matcher(label);
        return m.find() && isUnit(m.group(1)) ? m.group(1) : otherwise;
    }

    /** Whether the extractor reads {@code 1} followed by the word as a quantity in just that unit (人, %, 件). */
    private static boolean isUnit(String word) {
        List<Quantity> q = Quantities.find("1" + word);
        return q.size() == 1 && word.equals(q.get(0).unit());
    }

    /** A cell as a quantity of the row's indicator: its own unit if it has one, else {@code unit}. */
    private static Quantity quantity(String cell, String metric, String unit) {
        String c = cell.replace('\n', ' ').strip();
        if (c.isEmpty()) {
            return null;
        }
        List<Quantity> found = Quantities.find(c);
        if (!found.isEmpty()) {
            Quantity q = found.get(0);
            return new Quantity(c, metric, q.value(), q.unit(), q.comparator(), q.asOf());
        }
        Matcher m = BARE_NUMBER.matcher(c);
        if (m.matches() && unit != null) {
            BigDecimal v = new BigDecimal(m.group(1).replace(",", "") + (m.group(2) == null ? "" : m.group(2)));
            return new Quantity(c + unit, metric, v, unit, null, null);
        }
        return Quantity.textOnly(c);
    }
}
