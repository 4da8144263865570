package org.goalparse.interpret;

import java.util.ArrayList;
import java.util.List;
import org.goalparse.lexicon.Lexicon;
import org.goalparse.model.Achievement;
import org.goalparse.model.Goal;
import org.goalparse.model.PlanRef;
import org.goalparse.outline.Loc;

/** A goal being assembled: its parts arrive one node at a time, possibly far apart. */
final class GoalDraft {
    final int number;
    final String division;
    final String title;
    final Loc loc;
    final List<String> body = new ArrayList<>();
    final List<String> achievement = new ArrayList<>();
    final List<PlanRef> planRefs = new ArrayList<>();
    boolean hasAchievement;
    Loc achievementLoc;
    String issues;

    GoalDraft(int number, String division, String title, Loc loc) {
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
        List<String> targetText = goalLines.stream().filter(l -> !Lexicon.NOT_A_TARGET.matcher(l).find())
                .map(GoalDraft::afterArrow).toList();
        return new Goal(number, division, title, text,
                Quantities.distinct(Quantities.find(String.join("\n", targetText))), ach, issues, planRefs);
    }

    /** "882人→1,000人": what stands after the last arrow is the target; before it, the baseline. */
    private static String afterArrow(String line) {
        int arrow = Math.max(line.lastIndexOf('→'), Math.max(line.lastIndexOf('⇒'), line.lastIndexOf('➡')));
        return arrow < 0 ? line : line.substring(arrow + 1);
    }
}
