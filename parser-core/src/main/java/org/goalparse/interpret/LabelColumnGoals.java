package org.goalparse.interpret;

import java.util.ArrayList;
import java.util.List;
import org.goalparse.lexicon.Lexicon;
import org.goalparse.model.Goal;
import org.goalparse.outline.Node;
import org.goalparse.outline.Outline;

/**
 * A form's goal column flattened one cell per line: the column's label alone on a line
 * ({@link Lexicon#GOAL_COLUMN_LABEL}: 目標項目, 取組項目), then each row's goal on a line of its own:
 * <pre>
 * 目標項目
 * 窓口の待ち時間の短縮
 * 申請書の様式の見直し
 * 案内表示の改善
 * 難易度
 * </pre>
 * The goals run while lines look like titles (at least {@link #TITLE_MIN} characters, no sentence, no form label)
 * and end at the first that does not (the next column's short label, 難易度). Two at least, else nothing. Read
 * only when no section announced goals.
 */
final class LabelColumnGoals {
    static final int TITLE_MIN = 5;
    private static final int MIN_GOALS = 2;

    ItemGoals.Read read(Outline outline) {
        List<Node> nodes = OutlineTexts.nodes(outline);
        for (int i = 0; i < nodes.size(); i++) {
            if (!Lexicon.GOAL_COLUMN_LABEL.matcher(Texts.compact(OutlineTexts.line(nodes.get(i)))).matches()) {
                continue;
            }
            List<Goal> goals = new ArrayList<>();
            List<String> consumed = new ArrayList<>();
            for (int j = i + 1; j < nodes.size(); j++) {
                String t = OutlineTexts.line(nodes.get(j)).strip();
                if (t.length() < TITLE_MIN || t.length() > GoalTitles.TITLE_MAX || t.contains("。")
                        || Lexicon.field(t) != null || FormFields.leadingLabel(t) != null) {
                    break;
                }
                goals.add(new GoalDraft(goals.size() + 1, null, t, nodes.get(j).loc()).toGoal());
                consumed.add(nodes.get(j).text());
            }
            if (goals.size() >= MIN_GOALS) {
                return new ItemGoals.Read(goals, consumed);
            }
        }
        return ItemGoals.Read.NONE;
    }
}
