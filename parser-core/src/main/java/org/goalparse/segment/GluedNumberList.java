package org.goalparse.segment;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.goalparse.outline.Heading;
import org.goalparse.outline.Item;
import org.goalparse.outline.Node;
import org.goalparse.outline.Paragraph;

/**
 * Lines that number a list with the figure glued to the text ({@code 1切れ目のない…}, {@code 2「共生社会」の形成},
 * {@code 3心身の健康づくり}): each alone reads as a paragraph (it could be a quantity or a wrapped line), but a run of
 * them counting 1, 2, 3 … in order, with only unnumbered text between them and no heading, is a numbered list. Two
 * in a row at least; a run that skips a number ends before it.
 */
final class GluedNumberList {
    private GluedNumberList() {
    }

    static List<Node> restore(List<Node> nodes) {
        Map<Integer, Item> found = new java.util.HashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            Optional<Item> first = candidate(nodes.get(i));
            if (first.isEmpty() || first.get().marker().value() != 1) {
                continue;
            }
            Map<Integer, Item> run = new java.util.HashMap<>();
            run.put(i, first.get());
            int expected = 2;
            for (int j = i + 1; j < nodes.size(); j++) {
                Node n = nodes.get(j);
                if (n instanceof Heading || (n instanceof Item it && it.marker().numbered())) {
                    break;
                }
                Optional<Item> c = candidate(n);
                if (c.isPresent()) {
                    if (c.get().marker().value() != expected) {
                        break;
                    }
                    run.put(j, c.get());
                    expected++;
                }
            }
            if (run.size() >= 2) {
                found.putAll(run);
            }
        }
        if (found.isEmpty()) {
            return nodes;
        }
        List<Node> out = new ArrayList<>(nodes);
        found.forEach(out::set);
        return out;
    }

    private static Optional<Item> candidate(Node n) {
        return n instanceof Paragraph p ? ItemMarkers.Arabic.glued(p.text(), p.loc()) : Optional.empty();
    }
}
