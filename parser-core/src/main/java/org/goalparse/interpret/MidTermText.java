package org.goalparse.interpret;

import java.util.ArrayList;
import java.util.List;
import org.goalparse.ja.EraYear;
import org.goalparse.ja.EraYears;
import org.goalparse.model.MidTermGoal;
import org.goalparse.model.ScheduleItem;
import org.goalparse.outline.Item;
import org.goalparse.outline.Node;
import org.goalparse.outline.NumberStyle;

/**
 * Mid-term goals laid out as text under a 中期目標 heading (a table without rules read as prose): each item numbered
 * 1, 2 … opens a goal, its line the title, the lines below its text. Used only when no mid-term table gave any. A
 * number far past the last goal (45, a policy number of a plan reference) is text, as in {@link GoalAssembler}. A
 * line that is a fiscal year alone (令和4年度(2022年度), 令和5年度~), a schedule column's cell read beside its step,
 * is a step of the goal's schedule.
 */
final class MidTermText {
    private final List<Integer> numbers = new ArrayList<>();
    private final List<String> titles = new ArrayList<>();
    private final List<List<String>> bodies = new ArrayList<>();
    private final List<List<ScheduleItem>> schedules = new ArrayList<>();
    /** At most this many characters follow the year on a schedule's line (~, から, 以降). */
    private static final int AFTER_YEAR = 3;

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
            schedules.add(new ArrayList<>());
            return;
        }
        if (!bodies.isEmpty()) {
            bodies.get(bodies.size() - 1).add(n.written());
            String text = n.text().strip();
            List<EraYear> years = EraYears.findAll(text);
            if (years.size() == 1 && years.get(0).fiscal() && years.get(0).start() == 0
                    && text.length() - years.get(0).end() <= AFTER_YEAR) {
                schedules.get(schedules.size() - 1).add(new ScheduleItem(years.get(0).gregorian(), text));
            }
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
            out.add(new MidTermGoal(numbers.get(i), titles.get(i), body.isEmpty() ? titles.get(i) : body, schedules.get(i)));
        }
        return out;
    }
}
