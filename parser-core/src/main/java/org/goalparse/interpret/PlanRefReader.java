package org.goalparse.interpret;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.goalparse.model.PlanRef;
import org.goalparse.outline.TableNode;

/**
 * Links to plans in the rows under a goal: a label (総合計画, 基本政策, 基本計画…) followed by codes, either
 * hierarchical (5-1-③) or a policy number (45), each with its title in the same cell or the next. 0 means none.
 */
final class PlanRefReader {
    private static final Pattern LABEL = Pattern.compile("^[^\\d\\s]{1,12}(計画|政策|施策|方針)$");
    private static final Pattern CODE = Pattern.compile("^(\\d{1,2}-\\d{1,2}(?:-[\\u2460-\\u2473\\d]{1,2})?)(?:\\s+(.*))?$");
    private static final Pattern NUMBER = Pattern.compile("^(\\d{1,3})(?:\\s+(.*))?$");

    List<PlanRef> read(List<TableNode.Row> rows) {
        List<String> pieces = new ArrayList<>();
        for (TableNode.Row row : rows) {
            for (TableNode.Cell c : row.cells()) {
                for (String line : c.text().split("\n")) {
                    if (!line.isBlank()) {
                        pieces.add(line.strip());
                    }
                }
            }
        }
        return lines(pieces);
    }

    /** A plan label (総合計画) alone on its line: the plan references follow, in a table's rows or as text. */
    static boolean isLabel(String line) {
        return LABEL.matcher(line.strip()).matches();
    }

    /** A plan code with its title on one line (5-1-③ 地域課題の共有, 45 新たなつながりの創出). */
    static boolean isCodeLine(String line) {
        Matcher m = CODE.matcher(line.strip());
        if (!m.matches()) {
            m = NUMBER.matcher(line.strip());
            if (!m.matches()) {
                return false;
            }
        }
        return m.group(2) != null && !m.group(2).isBlank();
    }

    /** The plan references of lines in reading order: labels, then codes with their titles. */
    List<PlanRef> lines(List<String> pieces) {
        List<PlanRef> out = new ArrayList<>();
        String plan = null;
        // A plan's codes share a form (5-1-③ or 45); a second column of codes continues under the label its form
        // first appeared with, even when another label came in between.
        java.util.Map<Boolean, String> labelOfForm = new java.util.HashMap<>();
        for (int i = 0; i < pieces.size(); i++) {
            String p = pieces.get(i);
            if (LABEL.matcher(p).matches()) {
                plan = p;
                continue;
            }
            Matcher m = CODE.matcher(p);
            boolean hierarchical = m.matches();
            if (!hierarchical) {
                m = NUMBER.matcher(p);
                if (!m.matches() || plan == null) {
                    continue;
                }
            }
            String code = m.group(1);
            if (code.equals("0")) {
                continue;
            }
            String title = m.group(2);
            if ((title == null || title.isBlank()) && i + 1 < pieces.size() && !isCode(pieces.get(i + 1))
                    && !LABEL.matcher(pieces.get(i + 1)).matches()) {
                title = pieces.get(++i);
            }
            String label = labelOfForm.computeIfAbsent(hierarchical, k -> null);
            if (label == null) {
                label = plan;
                labelOfForm.put(hierarchical, plan);
            }
            out.add(new PlanRef(label, code, title == null || title.isBlank() ? null : title.strip()));
        }
        return out;
    }

    private static boolean isCode(String s) {
        return CODE.matcher(s).matches() || s.matches("\\d{1,3}");
    }
}
