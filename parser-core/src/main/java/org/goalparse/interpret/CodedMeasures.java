package org.goalparse.interpret;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.goalparse.model.Goal;
import org.goalparse.model.PriorityPolicy;
import org.goalparse.outline.Node;
import org.goalparse.outline.Outline;

/**
 * A plan's system of measures numbered by codes, the measure's code its policy's code and two digits more, as a
 * table flattened into text or one cell per line:
 * <pre>
 * 施策体系 主要な施策 担当課
 * 01 救急体制の充実 0101 救急隊の増隊 救急課 0102 応急手当の普及 救急課・消防1課
 * 02 火災予防の推進 0201 査察体制の強化 予防課
 * </pre>
 * The two-digit codes (01, 02 …, counted from 01) are the policies, the four-digit codes under them (0101, 0102 …,
 * each beginning with its policy's code, counted from 01 within it) the goals; a responsible division printed after
 * a title ({@code 救急課・消防1課}) is cut off it. At least two policies and three measures, else nothing: a lone
 * code may be anything. Read only when no section announced goals.
 */
final class CodedMeasures {
    private static final int MIN_POLICIES = 2;
    private static final int MIN_GOALS = 3;
    private static final Pattern CODE = Pattern.compile("(?<=^|\\s)(\\d{2}|\\d{4})\\s+(?=[^\\s\\d])");
    /** Responsible divisions after a title: 救急課・消防1課, 総務課. */
    private static final Pattern TRAILING_DIVISIONS = Pattern.compile(
            "\\s+[\\p{IsHan}\\p{IsKatakana}\\d]{1,8}課(?:[・、][\\p{IsHan}\\p{IsKatakana}\\d]{1,8}課)*$");

    /** A code and where its title begins. */
    private record Code(String value, int start, int titleStart) {
    }

    /** The goals read, with the policies above them, or none. */
    ItemGoals.Read read(Outline outline) {
        List<Node> nodes = OutlineTexts.nodes(outline);
        StringBuilder all = new StringBuilder();
        List<Integer> starts = new ArrayList<>();
        for (Node n : nodes) {
            starts.add(all.length());
            all.append(OutlineTexts.line(n)).append('\n');
        }
        String text = all.toString();
        if (ItemGoals.labelsGoals(text)) {
            return ItemGoals.Read.NONE; // 重点施策① 重点施策② … beside a diagram's codes: the labelled items are the goals
        }
        Matcher m = CODE.matcher(text);
        List<Code> codes = new ArrayList<>();
        while (m.find()) {
            codes.add(new Code(m.group(1), m.start(1), m.end()));
        }
        for (int i = 0; i < codes.size(); i++) {
            if (!codes.get(i).value().equals("01")) {
                continue;
            }
            ItemGoals.Read read = system(text, codes, i, nodes, starts);
            if (read != null) {
                return read;
            }
        }
        return ItemGoals.Read.NONE;
    }

    private static ItemGoals.Read system(String text, List<Code> codes, int from, List<Node> nodes, List<Integer> starts) {
        List<PriorityPolicy> policies = new ArrayList<>();
        List<GoalDraft> drafts = new ArrayList<>();
        java.util.Set<String> divisions = new java.util.HashSet<>();
        int policy = 0;
        int measure = 0;
        for (int i = from; i < codes.size(); i++) {
            Code c = codes.get(i);
            String code = c.value();
            int end = i + 1 < codes.size() ? codes.get(i + 1).start() : lineEnd(text, c.titleStart());
            String raw = text.substring(c.titleStart(), end).strip();
            Matcher d = TRAILING_DIVISIONS.matcher(raw);
            String title = raw;
            if (d.find()) {
                divisions.add(d.group().strip());
                title = raw.substring(0, d.start());
            }
            title = title.replaceAll("\\s*\\n\\s*", "");
            if (title.isEmpty() || title.length() > GoalTitles.TITLE_MAX) {
                break;
            }
            if (code.length() == 2 && Integer.parseInt(code) == policy + 1) {
                policy++;
                measure = 0;
                policies.add(new PriorityPolicy(policy, title, title));
            } else if (code.length() == 4 && policy > 0 && Integer.parseInt(code.substring(0, 2)) == policy
                    && Integer.parseInt(code.substring(2)) == measure + 1) {
                measure++;
                drafts.add(new GoalDraft(measure, null, title, nodeAt(nodes, starts, c.start()).loc()));
            } else {
                break;
            }
        }
        if (policies.size() < MIN_POLICIES || drafts.size() < MIN_GOALS) {
            return null;
        }
        List<Goal> goals = new ArrayList<>();
        for (GoalDraft g : drafts) {
            // 資機材整備等警防課・消防2課: divisions the spacing rule glued to a title, known from the other rows
            String glued = divisions.stream().filter(v -> g.title.endsWith(v) && g.title.length() > v.length())
                    .findFirst().orElse(null);
            goals.add((glued == null ? g
                    : new GoalDraft(g.number, null, g.title.substring(0, g.title.length() - glued.length()), g.loc)).toGoal());
        }
        return new ItemGoals.Read(goals, List.of(), policies);
    }

    /** The end of the line where a title begins: the last code's title ends with its line. */
    private static int lineEnd(String text, int from) {
        int nl = text.indexOf('\n', from);
        return nl < 0 ? text.length() : nl;
    }

    private static Node nodeAt(List<Node> nodes, List<Integer> starts, int offset) {
        int i = 0;
        while (i + 1 < starts.size() && starts.get(i + 1) <= offset) {
            i++;
        }
        return nodes.get(i);
    }
}
