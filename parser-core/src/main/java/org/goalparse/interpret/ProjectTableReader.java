package org.goalparse.interpret;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.goalparse.model.Project;
import org.goalparse.outline.TableNode;

/**
 * Main-project tables (主な事業): names with their division in parentheses in the first column, and beside them
 * a plan (labelled …取組) and a final report (最終報告), label and text in the same cell or the next row. The
 * k-th name goes with the k-th plan, so a name printed one row off its plan still pairs right.
 */
final class ProjectTableReader {
    private static final Pattern PLAN = Pattern.compile("^(.{0,12}取組[みの]?(内容)?)\\s*(.*)$", Pattern.DOTALL);
    private static final Pattern REPORT = Pattern.compile("^(最終報告|実績|結果報告)\\s*(.*)$", Pattern.DOTALL);
    private static final Pattern NAME = Pattern.compile("^(.+?)\\s*\\(([^()]+)\\)$", Pattern.DOTALL);
    /**
     * A name whose bracket is opened and never closed (男女共同参画推進事業 (人権・男女共同参画: the bracket's last line
     * lost to a scan or a cut cell): the name before it; the division, cut short, only where it is the start of
     * one division the document lists, less two characters at most (its 課, a bracket), and of no other.
     */
    private static final Pattern NAME_UNCLOSED = Pattern.compile("^([^()]+?)\\s*\\(([^()]+)$", Pattern.DOTALL);
    /** The characters a division cut short may have lost at its end. */
    private static final int CUT_AT_MOST = 2;

    List<Project> read(TableNode table) {
        return read(table, List.of());
    }

    /** {@code divisions}: the names of the divisions the document has listed so far. */
    List<Project> read(TableNode table, java.util.Collection<String> divisions) {
        List<String[]> names = new ArrayList<>();
        List<String[]> slots = new ArrayList<>(); // [plan, report]
        String pending = null; // which label is waiting for its text
        for (TableNode.Row row : table.rows()) {
            String first = TableColumns.cell(row, 0);
            if (!first.isEmpty() && !Texts.compact(first).matches("主な事業|主要事業|事業名")) {
                String joined = first.replace('\n', ' ');
                Matcher m = NAME.matcher(joined);
                Matcher unclosed = NAME_UNCLOSED.matcher(joined);
                names.add(m.matches() ? new String[] {m.group(1), division(m.group(2))}
                        : unclosed.matches() ? new String[] {unclosed.group(1), cutShort(unclosed.group(2), divisions)}
                        : new String[] {first, null});
            }
            for (TableNode.Cell c : row.cells()) {
                if (c.column() == 0 || c.text().isBlank()) {
                    continue;
                }
                String t = c.text().strip();
                Matcher report = REPORT.matcher(t);
                Matcher plan = PLAN.matcher(t);
                if (report.matches()) {
                    if (slots.isEmpty()) {
                        slots.add(new String[2]);
                    }
                    pending = "report";
                    if (!report.group(2).isBlank()) {
                        slots.get(slots.size() - 1)[1] = report.group(2).strip();
                        pending = null;
                    }
                } else if (plan.matches() && plan.group(3).isBlank()) {
                    slots.add(new String[2]);
                    pending = "plan";
                } else if (pending != null && !slots.isEmpty()) {
                    slots.get(slots.size() - 1)[pending.equals("plan") ? 0 : 1] = t;
                    pending = null;
                }
            }
        }
        List<Project> out = new ArrayList<>();
        for (int k = 0; k < names.size(); k++) {
            String[] slot = k < slots.size() ? slots.get(k) : new String[2];
            String report = slot[1];
            out.add(new Project(Texts.compact(names.get(k)[0]), names.get(k)[1], slot[0], report,
                    report == null ? List.of() : Quantities.find(report)));
        }
        return out;
    }

    /** The one listed division that a bracket cut short begins, or null. */
    private static String cutShort(String fragment, java.util.Collection<String> divisions) {
        String f = Texts.compact(fragment);
        List<String> matches = divisions.stream()
                .filter(d -> !f.isEmpty() && d.startsWith(f) && d.length() - f.length() <= CUT_AT_MOST).toList();
        return matches.size() == 1 ? matches.get(0) : null;
    }

    /** The division in brackets as written, its lines joined: a narrow cell wraps 協働推 / 進課 mid-word. */
    private static String division(String s) {
        return s.indexOf(' ') >= 0 && s.replace(" ", "").chars().allMatch(c -> c > 0x2E80)
                ? s.replace(" ", "") : s;
    }
}
