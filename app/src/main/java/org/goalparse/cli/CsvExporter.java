package org.goalparse.cli;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.goalparse.model.DatedQuantity;
import org.goalparse.model.GoalDocument;
import org.goalparse.model.Goal;
import org.goalparse.model.Indicator;
import org.goalparse.model.Part;
import org.goalparse.model.Project;
import org.goalparse.model.Quantity;

/**
 * The flat table of {@code batch --format csv}: one row per quantity a document promises or reports. Goals give
 * their targets (kind {@code target}) and achievement results ({@code result}); projects their results
 * ({@code result}); KPI indicators their baseline ({@code baseline}) and targets ({@code target}). The columns the
 * issue names come first; {@code part} (goal, project, indicator), {@code asOf} and {@code quantityYear} (the year
 * of an indicator's baseline or target) follow; last (added with schema 4, so older readers of the leading columns
 * are undisturbed) {@code sourcePart} and {@code sourcePartCount}: which department of a file of several the row's
 * record is ({@code source.part.index} of {@code count}), both empty for a file of one department.
 */
final class CsvExporter {
    static final List<String> HEADER = List.of("document", "city", "department", "year", "division", "goal", "title",
            "kind", "metric", "value", "unit", "comparator", "text", "part", "asOf", "quantityYear", "sourcePart",
            "sourcePartCount");

    private CsvExporter() {
    }

    /** The byte order mark and the header record: what the file starts with, so Excel reads it as UTF-8. */
    static String start() {
        return Csv.BOM + Csv.row(HEADER);
    }

    /** The records of one document, {@code document} naming it (the input path). */
    static String rows(String document, GoalDocument doc) {
        StringBuilder sb = new StringBuilder();
        for (List<String> row : table(document, doc)) {
            sb.append(Csv.row(row));
        }
        return sb.toString();
    }

    static List<List<String>> table(String document, GoalDocument doc) {
        Row c = new Row(document, doc);
        List<List<String>> rows = new ArrayList<>();
        for (Goal g : doc.goals()) {
            for (Quantity q : g.targets()) {
                rows.add(c.row(g.division(), str(g.number()), g.title(), "target", q, q.metric(), "goal", null));
            }
            if (g.achievement() != null) {
                for (Quantity q : g.achievement().results()) {
                    rows.add(c.row(g.division(), str(g.number()), g.title(), "result", q, q.metric(), "goal", null));
                }
            }
        }
        for (Project p : doc.projects()) {
            for (Quantity q : p.results()) {
                rows.add(c.row(p.division(), null, p.name(), "result", q, q.metric(), "project", null));
            }
        }
        for (Indicator i : doc.indicators()) {
            if (i.baseline() != null) {
                rows.add(indicator(c, i, "baseline", i.baseline()));
            }
            for (DatedQuantity t : i.targets()) {
                rows.add(indicator(c, i, "target", t));
            }
        }
        return rows;
    }

    private static List<String> indicator(Row c, Indicator i, String kind, DatedQuantity d) {
        Quantity q = new Quantity(d.text(), d.metric(), d.value(), d.unit(), d.comparator(), d.asOf());
        String metric = q.metric() != null ? q.metric() : i.metric();
        return c.row(i.division(), null, i.project(), kind, q, metric, "indicator", str(d.year()));
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }

    /** What every row of one document shares. */
    private record Row(String document, GoalDocument doc) {
        List<String> row(String division, String goal, String title, String kind, Quantity q, String metric,
                         String part, String quantityYear) {
            BigDecimal value = q.value();
            Part of = doc.source().part();
            return Arrays.asList(document, doc.municipality(), doc.department(),
                    doc.fiscalYear() == null ? null : String.valueOf(doc.fiscalYear().year()), division, goal, title,
                    kind, metric, value == null ? null : value.toPlainString(), q.unit(), q.comparator(), q.text(),
                    part, q.asOf(), quantityYear, of == null ? null : String.valueOf(of.index()),
                    of == null ? null : String.valueOf(of.count()));
        }
    }
}
