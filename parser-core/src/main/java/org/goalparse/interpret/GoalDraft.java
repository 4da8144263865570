package org.goalparse.interpret;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.goalparse.lexicon.Lexicon;
import org.goalparse.model.Achievement;
import org.goalparse.model.Goal;
import org.goalparse.model.PlanRef;
import org.goalparse.model.Quantity;
import org.goalparse.outline.Loc;

/** A goal being assembled: its parts arrive one node at a time, possibly far apart. */
final class GoalDraft {
    /** Null for a goal listed by a bullet (○ 待機児童ゼロの継続) without a number. */
    final Integer number;
    final String division;
    final String title;
    final Loc loc;
    final List<String> body = new ArrayList<>();
    final List<String> achievement = new ArrayList<>();
    final List<PlanRef> planRefs = new ArrayList<>();
    /** Rows of the goal's indicator table (in {@link #body} as text, read for targets by the table's columns). */
    final Set<String> tableLines = new HashSet<>();
    final List<Quantity> tableTargets = new ArrayList<>();
    boolean hasAchievement;
    Loc achievementLoc;
    String issues;

    GoalDraft(Integer number, String division, String title, Loc loc) {
        this.number = number;
        this.division = division;
        this.title = title;
        this.loc = loc;
    }

    String goalText() {
        return String.join("\n", body);
    }

    String achievementText() {
        return String.join("\n", achievement);
    }

    Goal toGoal() {
        List<String> goalLines = new ArrayList<>();
        List<String> resultLines = new ArrayList<>();
        boolean inResult = false;
        for (String line : body) {
            Lexicon.Field f = FormFields.leadingLabel(line);
            if (f == Lexicon.Field.RESULT || f == Lexicon.Field.GRADE) {
                inResult = true;
            } else if (f != null) {
                inResult = false;
            }
            (inResult ? resultLines : goalLines).add(line);
        }
        List<String> achievementLines = new ArrayList<>(achievement);
        achievementLines.addAll(resultLines);
        String goalText = String.join("\n", goalLines);
        String achievementText = String.join("\n", achievementLines);
        String text = goalLines.isEmpty() ? (title == null ? "" : title) : goalText;
        Achievement ach = hasAchievement || !resultLines.isEmpty()
                ? new Achievement(achievementText, Quantities.find(achievementText))
                : null;
        // a goal that is its title alone, or whose title is a pledge (利用者数を5年間で5%増加させます。), promises what
        // the title names
        List<String> promising = goalLines;
        if (title != null && (goalLines.isEmpty() || Lexicon.PLEDGE_END.matcher(title.strip()).find())) {
            promising = new ArrayList<>(goalLines);
            promising.add(0, title);
        }
        List<Quantity> targets = new ArrayList<>(Quantities.find(PromisedText.of(
                promising.stream().filter(l -> !tableLines.contains(l)).toList())));
        targets.addAll(tableTargets);
        return new Goal(number, division, title, text, Quantities.distinct(targets), ach, issues, planRefs);
    }
}
