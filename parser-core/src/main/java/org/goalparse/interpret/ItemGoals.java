package org.goalparse.interpret;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.goalparse.lexicon.Lexicon;
import org.goalparse.lexicon.Lexicon.Section;
import org.goalparse.model.Goal;
import org.goalparse.outline.Heading;
import org.goalparse.outline.Item;
import org.goalparse.outline.Node;
import org.goalparse.outline.NumberStyle;
import org.goalparse.outline.Outline;

/**
 * Goals of a document that announces no goal section: its first run of numbered items counted from 1
 * ({@code ①②③}, {@code (1)(2)}, {@code 1. 2.}, {@code 目標1 目標2}), one numbering style, each number one more
 * than the last; a run of one only when its label says it is an item of the document's own ({@code 経営課題1}
 * alone, where a bare {@code 1.} may number anything). A run whose items name sections (1 部局の基本方針, 2 重点目標) is an outline of headings, not
 * goals, and is passed over. Text between two items (sub-items of another style included) belongs to the goal
 * above it.
 */
final class ItemGoals {
    private static final java.util.regex.Pattern TRAILING_ASIDE = java.util.regex.Pattern.compile("\\([^()]*\\)$");

    /** The goals read, and the texts (an item's without its marker) of the nodes that made them. */
    record Read(List<Goal> goals, List<String> consumedTexts) {
        static final Read NONE = new Read(List.of(), List.of());
    }

    Read read(Outline outline, Set<Node> claimed) {
        List<Node> nodes = OutlineTexts.nodes(outline).stream().map(ItemGoals::asItem).toList();
        for (int start = 0; start < nodes.size(); start++) {
            if (nodes.get(start) instanceof Item first && first.marker().numbered() && first.marker().value() == 1
                    && !namesSection(first.text()) && !claimed.contains(first)) {
                List<String> consumed = new ArrayList<>();
                List<GoalDraft> run = run(nodes, start, GoalAssembler.level(first.marker().style()), claimed, consumed);
                if (run.size() >= 2 || run.size() == 1 && first.marker().style() == NumberStyle.LABELED) {
                    return new Read(run.stream().map(GoalDraft::toGoal).toList(), consumed);
                }
            }
        }
        return Read.NONE;
    }

    private static List<GoalDraft> run(List<Node> nodes, int start, NumberStyle style, Set<Node> claimed,
            List<String> consumed) {
        List<GoalDraft> out = new ArrayList<>();
        GoalDraft current = null;
        for (int i = start; i < nodes.size(); i++) {
            Node n = nodes.get(i);
            if (n instanceof Item it && it.marker().numbered() && GoalAssembler.level(it.marker().style()) == style) {
                int expected = current == null ? 1 : current.number + 1;
                if (it.marker().value() != expected || namesSection(it.text()) || claimed.contains(it)) {
                    break;
                }
                current = draft(it);
                out.add(current);
                consumed.add(it.text());
            } else if (current != null && endsRun(n)) {
                break; // another section begins, or the page's footer
            } else if (current != null) {
                current.body.add(n.written());
                consumed.add(n instanceof Item sub ? sub.text() : n.text());
            }
        }
        return out;
    }

    /** A numbered heading that names no section (1.学びの機会の充実) counts as the item it was written as. */
    private static Node asItem(Node n) {
        return n instanceof Heading h && h.asItem() != null && Section.of(Texts.compact(h.text())) == Section.OTHER
                && !namesSection(h.text()) ? h.asItem() : n;
    }

    /**
     * A heading or short line naming a section (年度振返り(実績評価), 3 担当課), a remark on all the goals, or the page's
     * furniture (このページに関する お問い合わせ): the goals end before it.
     */
    private static boolean endsRun(Node n) {
        String t = n instanceof Item it ? it.text() : n.text();
        if (n instanceof Heading) {
            return Section.of(t) != Section.OTHER;
        }
        if (!(n instanceof Item) && Lexicon.GOALS_AS_A_WHOLE.matcher(t).find()) {
            return true; // 年度末には各目標の達成状況を取りまとめ…: a remark on all the goals closes the list
        }
        return (namesSection(t) && !t.startsWith("(") && !t.contains("。") && !t.contains("、"))
                || PageFurniture.isFurniture(t);
    }

    private static GoalDraft draft(Item it) {
        GoalTitles.Split split = GoalTitles.of(it.text());
        GoalDraft g = new GoalDraft(it.marker().value(), null, split.title(), it.loc());
        if (split.body() != null) {
            g.body.add(split.body());
        }
        return g;
    }

    /** "部局の基本方針", "政策内容と目標", "重点目標": an item that is the title of a section. */
    static boolean namesSection(String text) {
        String t = TRAILING_ASIDE.matcher(Texts.compact(text)).replaceFirst(""); // 組織使命(部が果たす役割)
        return t.length() <= 20 && (Lexicon.SECTION_NOUNS.stream().anyMatch(t::endsWith)
                || Lexicon.FORM_SECTION.matcher(t).matches());
    }

}
