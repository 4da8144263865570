package org.goalparse.interpret;

import java.util.ArrayList;
import java.util.List;
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
        String text = body.isEmpty() ? (title == null ? "" : title) : goalText();
        Achievement ach = hasAchievement
                ? new Achievement(achievementText(), Quantities.find(achievementText()))
                : null;
        return new Goal(number, division, title, text, Quantities.distinct(Quantities.find(goalText())), ach, issues,
                planRefs);
    }
}
