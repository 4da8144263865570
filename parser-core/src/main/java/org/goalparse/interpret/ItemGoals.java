package org.goalparse.interpret;

import java.util.ArrayList;
import java.util.List;
import org.goalparse.lexicon.Lexicon;
import org.goalparse.lexicon.Lexicon.Section;
import org.goalparse.model.Goal;
import org.goalparse.outline.Heading;
import org.goalparse.outline.Item;
import org.goalparse.outline.Node;
import org.goalparse.outline.NumberStyle;
import org.goalparse.outline.Outline;
import org.goalparse.outline.TableNode;

/**
 * Goals of a document that announces no goal section: its first run of numbered items counted from 1
 * ({@code ①②③}, {@code (1)(2)}, {@code 1. 2.}, {@code 目標1 目標2}), one numbering style, each number one more
 * than the last. A run whose items name sections (1 部局の基本方針, 2 重点目標) is an outline of headings, not
 * goals, and is passed over. Text between two items (sub-items of another style included) belongs to the goal
 * above it.
 */
final class ItemGoals {
    private static final int TITLE_MAX = 40;
    private final ThreadLocal<List<String>> consumed = ThreadLocal.withInitial(ArrayList::new);

    /** The texts (an item's without its marker) of the nodes the last {@link #read} on this thread made goals of. */
    List<String> consumedTexts() {
        return consumed.get();
    }

    List<Goal> read(Outline outline, java.util.Set<Node> claimed) {
        consumed.get().clear();
        List<Node> nodes = new ArrayList<>();
        for (Node n : outline.nodes()) {
            flatten(n, nodes);
        }
        for (int start = 0; start < nodes.size(); start++) {
            if (nodes.get(start) instanceof Item first && first.marker().numbered() && first.marker().value() == 1
                    && !namesSection(first.text()) && !claimed.contains(first)) {
                List<GoalDraft> run = run(nodes, start, level(first.marker().style()), claimed);
                if (run.size() >= 2) {
                    return run.stream().map(GoalDraft::toGoal).toList();
                }
            }
        }
        return List.of();
    }

    private List<GoalDraft> run(List<Node> nodes, int start, NumberStyle style, java.util.Set<Node> claimed) {
        List<GoalDraft> out = new ArrayList<>();
        GoalDraft current = null;
        for (int i = start; i < nodes.size(); i++) {
            Node n = nodes.get(i);
            if (n instanceof Item it && it.marker().numbered() && level(it.marker().style()) == style) {
                int expected = current == null ? 1 : current.number + 1;
                if (it.marker().value() != expected || namesSection(it.text()) || claimed.contains(it)) {
                    break;
                }
                current = draft(it);
                out.add(current);
                consumed.get().add(it.text());
            } else if (n instanceof Heading h && Section.of(h.text()) != Section.OTHER && current != null) {
                break; // another section begins
            } else if (current != null) {
                current.body.add(n.written());
                consumed.get().add(n instanceof Item sub ? sub.text() : n.text());
            }
        }
        return out;
    }

    private static GoalDraft draft(Item it) {
        String text = it.text();
        String[] split = Texts.splitTitle(text);
        if (text.length() <= TITLE_MAX && !text.contains("。")) {
            return new GoalDraft(it.marker().value(), null, text, it.loc());
        }
        if (split != null) {
            GoalDraft g = new GoalDraft(it.marker().value(), null, split[0], it.loc());
            g.body.add(split[1]);
            return g;
        }
        GoalDraft g = new GoalDraft(it.marker().value(), null, null, it.loc());
        g.body.add(text);
        return g;
    }

    /** "部局の基本方針", "政策内容と目標", "重点目標": an item that is the title of a section. */
    static boolean namesSection(String text) {
        String t = Texts.compact(text);
        return t.length() <= 20 && Lexicon.SECTION_NOUNS.stream().anyMatch(t::endsWith);
    }

    private static NumberStyle level(NumberStyle s) {
        return s == NumberStyle.ARABIC_DOT || s == NumberStyle.LABELED ? NumberStyle.ARABIC : s;
    }

    private static void flatten(Node n, List<Node> out) {
        if (n instanceof TableNode t) {
            for (TableNode.Row r : t.rows()) {
                for (TableNode.Cell c : r.cells()) {
                    c.content().forEach(x -> flatten(x, out));
                }
            }
        } else {
            out.add(n);
        }
    }
}
