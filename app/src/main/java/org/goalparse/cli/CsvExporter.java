package org.goalparse.cli;

import java.io.IOException;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import org.apache.commons.csv.CSVPrinter;
import org.goalparse.model.DatedQuantity;
import org.goalparse.model.Goal;
import org.goalparse.model.GoalDocument;
import org.goalparse.model.Indicator;
import org.goalparse.model.Part;
import org.goalparse.model.Project;
import org.goalparse.model.Quantity;

/**
 * The flat table of {@code batch --format csv}: one row per quantity a document promises or reports, and one row for
 * each goal that has none, so that every goal of every record is in the table. Goals give their targets (kind
 * {@code target}) and achievement results ({@code result}), or a row of kind {@code goal} with the goal's text and
 * no quantity; projects their results ({@code result}); KPI indicators their baseline ({@code baseline}) and targets
 * ({@code target}).
 * <p>
 * Columns: the first eighteen as before (users rely on their names and order): the ones the issue named, then
 * {@code part} (goal, project, indicator), {@code asOf}, {@code quantityYear} (the year of an indicator's baseline or
 * target), {@code sourcePart} and {@code sourcePartCount} (which department of a file of several the row's record
 * is). Then the join keys and the summable unit: {@code documentId} (the record's {@code source.id}),
 * {@code sequence} (the row's number within its record, from 1), {@code goalId} / {@code projectId} (the
 * {@code id} of the goal or project in the record), {@code indicatorId} (the indicator's 事業番号), {@code quantityIndex}
 * (the quantity's place, from 1, in its JSON list: the goal's {@code targets} or {@code achievement.results}, the
 * project's {@code results}, the indicator's {@code targets}; empty for a baseline and a {@code goal} row) and
 * {@code unitNormalized}.
 * <p>
 * No two rows are the same: a text that states the same quantity twice (two courses of {@code 3回} each) gives two
 * facts, told apart by {@code quantityIndex}, and a row equal to an earlier one in every column but
 * {@code sequence} (a KPI table row printed twice) is written once; {@code sequence} counts the rows written.
 */
final class CsvExporter {
    static final List<String> HEADER = List.of("document", "city", "department", "year", "division", "goal", "title",
            "kind", "metric", "value", "unit", "comparator", "text", "part", "asOf", "quantityYear", "sourcePart",
            "sourcePartCount", "documentId", "sequence", "goalId", "projectId", "indicatorId", "quantityIndex",
            "unitNormalized");
    private static final int SEQUENCE = HEADER.indexOf("sequence");

    private CsvExporter() {
    }

    /** What the file starts with: the byte order mark (so Excel reads UTF-8) and the header record. */
    static void start(Appendable out, CSVPrinter printer) throws IOException {
        out.append(Csv.BOM);
        printer.printRecord(HEADER);
    }

    /** The rows of one record, {@code document} naming its input (the path as given). */
    static void print(CSVPrinter printer, String document, GoalDocument doc) throws IOException {
        for (List<String> row : table(document, doc)) {
            printer.printRecord(row);
        }
    }

    static List<List<String>> table(String document, GoalDocument doc) {
        Row c = new Row(document, doc);
        List<List<String>> rows = new ArrayList<>();
        for (Goal g : doc.goals()) {
            List<Quantity> results = g.achievement() == null ? List.of() : g.achievement().results();
            Ids ids = new Ids(g.id(), null, null);
            for (int i = 0; i < g.targets().size(); i++) {
                Quantity q = g.targets().get(i);
                rows.add(c.row(g.division(), str(g.number()), g.title(), "target", q, q.metric(), "goal", null, ids, i));
            }
            for (int i = 0; i < results.size(); i++) {
                Quantity q = results.get(i);
                rows.add(c.row(g.division(), str(g.number()), g.title(), "result", q, q.metric(), "goal", null, ids, i));
            }
            if (g.targets().isEmpty() && results.isEmpty()) {
                rows.add(c.row(g.division(), str(g.number()), g.title(), "goal", Quantity.textOnly(g.text()), null,
                        "goal", null, ids, -1));
            }
        }
        for (Project p : doc.projects()) {
            Ids ids = new Ids(null, p.id(), null);
            for (int i = 0; i < p.results().size(); i++) {
                Quantity q = p.results().get(i);
                rows.add(c.row(p.division(), null, p.name(), "result", q, q.metric(), "project", null, ids, i));
            }
        }
        for (Indicator ind : doc.indicators()) {
            Ids ids = new Ids(null, null, ind.id());
            if (ind.baseline() != null) {
                rows.add(indicator(c, ind, "baseline", ind.baseline(), ids, -1));
            }
            for (int i = 0; i < ind.targets().size(); i++) {
                rows.add(indicator(c, ind, "target", ind.targets().get(i), ids, i));
            }
        }
        return numbered(rows);
    }

    /** The rows without repeats (every column but sequence compared), each with its sequence number. */
    private static List<List<String>> numbered(List<List<String>> rows) {
        Set<List<String>> distinct = new LinkedHashSet<>(rows);
        List<List<String>> out = new ArrayList<>(distinct.size());
        for (List<String> row : distinct) {
            List<String> r = new ArrayList<>(row);
            r.set(SEQUENCE, String.valueOf(out.size() + 1));
            out.add(r);
        }
        return out;
    }

    private static List<String> indicator(Row c, Indicator i, String kind, DatedQuantity d, Ids ids, int index) {
        Quantity q = d.quantity();
        String metric = q.metric() != null ? q.metric() : i.metric();
        return c.row(i.division(), null, i.project(), kind, q, metric, "indicator", str(d.year()), ids, index);
    }

    private static String str(Object o) {
        return o == null ? null : o.toString();
    }

    /** The goal, project or indicator a row belongs to (one of the three). */
    private record Ids(String goal, String project, String indicator) {
    }

    /** What every row of one record shares. */
    private record Row(String document, GoalDocument doc) {
        /** A row; {@code index} is the quantity's 0-based place in its list, or -1 for none. */
        List<String> row(String division, String goal, String title, String kind, Quantity q, String metric,
                         String part, String quantityYear, Ids ids, int index) {
            BigDecimal value = q.value();
            Part of = doc.source().part();
            return Arrays.asList(document, doc.municipality(), doc.department(),
                    doc.fiscalYear() == null ? null : String.valueOf(doc.fiscalYear().year()), division, goal, title,
                    kind, metric, value == null ? null : value.toPlainString(), q.unit(), q.comparator(), q.text(),
                    part, q.asOf(), quantityYear, of == null ? null : String.valueOf(of.index()),
                    of == null ? null : String.valueOf(of.count()), doc.source().id(), null, ids.goal(),
                    ids.project(), ids.indicator(), index < 0 ? null : String.valueOf(index + 1), q.unitNormalized());
        }
    }
}
