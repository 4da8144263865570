package org.goalparse.interpret;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.goalparse.lexicon.Lexicon;
import org.goalparse.outline.Heading;
import org.goalparse.outline.Node;
import org.goalparse.outline.Outline;
import org.goalparse.outline.Paragraph;

/**
 * Goals written as unnumbered headlines, each over a paragraph that explains it, under a heading naming the
 * goals or the means to them ({@link Lexicon#HEADLINE_LIST_HEADING}: 目標達成に向けた施策, 重点目標, 重点施策):
 * <pre>
 * 目標達成に向けた施策
 * (one sentence introducing the list, or none)
 * 安全で住みよいまちづくり
 * 防災訓練を地域とともに続け、… 取り組みます。
 * 子育てを支えるまちづくり
 * …。
 * </pre>
 * At least {@link #MIN_GOALS} such pairs in a row; a headline is short and unpunctuated, its paragraph a sentence.
 * Read only when no section announced goals and no numbered list gave any.
 */
final class HeadlineGoals {
    static final int MIN_GOALS = 3;
    /** A headline's longest: a goal's title, not a sentence. */
    private static final int HEADLINE_MAX = 30;
    /** The shortest explanation: a sentence, not a second headline. */
    private static final int PARAGRAPH_MIN = 25;

    ItemGoals.Read read(Outline outline, Set<Node> claimed) {
        List<Node> nodes = OutlineTexts.nodes(outline);
        for (int i = 0; i < nodes.size(); i++) {
            if (nodes.get(i) instanceof Heading h && Lexicon.HEADLINE_LIST_HEADING.matcher(h.text().replace(" ", "")).find()) {
                int start = i + 1;
                if (start < nodes.size() && nodes.get(start) instanceof Paragraph intro
                        && Lexicon.SENTENCE_END.matcher(intro.text().strip()).find()) {
                    start++; // 「基本目標」の達成に向け、5つの柱を定めます。: the list's introduction
                }
                List<GoalDraft> goals = new ArrayList<>();
                List<String> consumed = new ArrayList<>();
                int j = start;
                while (j + 1 < nodes.size() && isHeadline(nodes.get(j), claimed) && isExplanation(nodes.get(j + 1))) {
                    GoalDraft g = new GoalDraft(null, null, nodes.get(j).text().strip(), nodes.get(j).loc());
                    g.body.add(nodes.get(j + 1).text());
                    goals.add(g);
                    consumed.add(nodes.get(j).text());
                    consumed.add(nodes.get(j + 1).text());
                    j += 2;
                }
                if (goals.size() >= MIN_GOALS) {
                    return new ItemGoals.Read(goals.stream().map(GoalDraft::toGoal).toList(), consumed);
                }
            }
        }
        return ItemGoals.Read.NONE;
    }

    private static boolean isHeadline(Node n, Set<Node> claimed) {
        if (!(n instanceof Paragraph p) || claimed.contains(n)) {
            return false;
        }
        String t = p.text().strip();
        return t.length() >= 4 && t.length() <= HEADLINE_MAX && !Texts.isPunctuated(t)
                && Lexicon.Section.of(t) == Lexicon.Section.OTHER && !Character.isDigit(t.charAt(0));
    }

    private static boolean isExplanation(Node n) {
        if (!(n instanceof Paragraph p)) {
            return false;
        }
        String t = p.text().strip();
        return t.length() >= PARAGRAPH_MIN && Lexicon.SENTENCE_END.matcher(t).find();
    }
}
