package org.goalparse.interpret;

import java.util.ArrayList;
import java.util.List;
import org.goalparse.model.MidTermGoal;
import org.goalparse.outline.Item;
import org.goalparse.outline.Node;
import org.goalparse.outline.NumberStyle;

/**
 * Mid-term goals laid out as text under a 中期目標 heading (a table without rules read as prose): each item numbered
 * 1, 2 … opens a goal, its line the title, the lines below its text. Used only when no mid-term table gave any. A
 * number far past the last goal (45, a policy number of a plan reference) is text, as in {@link GoalAssembler}.
 */
final class MidTermText {
    private final List<Integer> numbers = new ArrayList<>();
    private final List<String> titles = new ArrayList<>();
    private final List<List<String>> bodies = new ArrayList<>();

    void accept(Node n) {
        if (n instanceof Item it && it.marker().numbered()
                && GoalAssembler.level(it.marker().style()) == NumberStyle.ARABIC && isNext(it.marker().value())) {
            GoalTitles.Split split = GoalTitles.of(it.text());
            numbers.add(it.marker().value());
            titles.add(split.title() != null ? split.title() : it.text().strip());
            List<String> body = new ArrayList<>();
            if (split.title() != null && split.body() != null) {
                body.add(split.body());
            }
            bodies.add(body);
            return;
        }
        if (!bodies.isEmpty()) {
            bodies.get(bodies.size() - 1).add(n.written());
        }
    }

    private boolean isNext(int n) {
        int last = numbers.isEmpty() ? 0 : numbers.get(numbers.size() - 1);
        return n > last && n <= last + GoalAssembler.MAX_SKIP;
    }

    List<MidTermGoal> goals() {
        List<MidTermGoal> out = new ArrayList<>();
        for (int i = 0; i < numbers.size(); i++) {
            String body = String.join("\n", bodies.get(i)).strip();
            out.add(new MidTermGoal(numbers.get(i), titles.get(i), body.isEmpty() ? titles.get(i) : body, List.of()));
        }
        return out;
    }
}
