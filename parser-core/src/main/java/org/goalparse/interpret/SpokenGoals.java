package org.goalparse.interpret;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.goalparse.lexicon.Lexicon;
import org.goalparse.model.Goal;
import org.goalparse.outline.Node;
import org.goalparse.outline.Outline;

/**
 * Goals announced aloud in the transcript of a head's manifesto ({@code まず、1番目、地産地消の推進でございます。} …
 * {@code それから2点目、…}): a paragraph whose first sentence opens with a spoken ordinal ({@link
 * Lexicon#SPOKEN_ORDINAL}), numbered 1, 2, 3 … in order, is a goal. The words announced are its title, without the
 * polite ending. The first must open as speech does ({@code まず、}), so that a written list is left to the other
 * readers. A sentence too long for a title, or in clauses (…のため、…8,000歩以上を目指します。), stays the goal's
 * text, untitled, and its figures are the targets. The talk around a titled goal is not its text: a speaker's
 * 去年は40パーセント… is no target. At least two goals, else none. Read only when no section announced goals.
 */
final class SpokenGoals {
    ItemGoals.Read read(Outline outline) {
        List<Goal> goals = new ArrayList<>();
        List<String> consumed = new ArrayList<>();
        for (Node n : OutlineTexts.nodes(outline)) {
            String line = OutlineTexts.line(n).strip();
            int stop = line.indexOf('。');
            String first = stop < 0 ? line : line.substring(0, stop + 1);
            Matcher m = Lexicon.SPOKEN_ORDINAL.matcher(first);
            if (!m.lookingAt() || Integer.parseInt(m.group(2)) != goals.size() + 1
                    || goals.isEmpty() && m.group(1) == null) {
                continue; // the first is announced as speech is (まず、1番目、): a written 1点目として… is no transcript
            }
            String said = first.substring(m.end()).strip();
            String title = Lexicon.SPOKEN_END.matcher(said).replaceFirst("").strip();
            boolean titled = !title.isEmpty() && title.length() <= GoalTitles.TITLE_MAX && !title.contains("、");
            GoalDraft g = new GoalDraft(goals.size() + 1, null, titled ? title : null, n.loc());
            if (!titled) {
                g.body.add(said);
            }
            goals.add(g.toGoal());
            consumed.add(line);
        }
        return goals.size() >= 2 ? new ItemGoals.Read(goals, consumed) : ItemGoals.Read.NONE;
    }
}
