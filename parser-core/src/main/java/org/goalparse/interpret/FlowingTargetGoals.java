package org.goalparse.interpret;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import org.goalparse.lexicon.Lexicon;
import org.goalparse.model.Goal;
import org.goalparse.outline.Node;
import org.goalparse.outline.Outline;

/**
 * A form flattened into running text whose one goal is a measure and its figure beside the word 目標
 * ({@link Lexicon#FLOWING_TARGET}): {@code 目標案 遊休農地の解消面積 5ha}, or the figure's cell before its label,
 * {@code 遊休農地の解消面積 5ha 目標案}. One goal per measure, titled by it, its figure the target (a measure
 * printed twice, in the draft and in the final plan, is one goal). Read only when no other reader found goals.
 */
final class FlowingTargetGoals {
    ItemGoals.Read read(Outline outline) {
        Map<String, GoalDraft> byMetric = new LinkedHashMap<>();
        for (Node n : OutlineTexts.nodes(outline)) {
            String text = OutlineTexts.line(n);
            for (java.util.regex.Pattern p : Lexicon.FLOWING_TARGET) {
                Matcher m = p.matcher(text);
                while (m.find()) {
                    String metric = m.group("metric");
                    String figure = m.group("figure");
                    if (Quantities.find(metric + " " + figure).isEmpty() || byMetric.containsKey(metric)) {
                        continue;
                    }
                    GoalDraft g = new GoalDraft(null, null, metric, n.loc());
                    g.body.add(metric + " " + figure);
                    byMetric.put(metric, g);
                }
            }
        }
        List<Goal> goals = byMetric.values().stream().map(GoalDraft::toGoal).toList();
        return goals.isEmpty() ? ItemGoals.Read.NONE : new ItemGoals.Read(goals, List.of());
    }
}
