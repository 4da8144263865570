package org.goalparse.normalize;

import java.util.List;
import org.goalparse.layout.Line;

/** One step that may split a line into several (or drop it): each piece keeps the line's provenance. */
@FunctionalInterface
public interface LineRule {
    List<Line> apply(Line line);

    /** A text rule as a line rule: one line in, one line out (dropped when its text becomes empty). */
    static LineRule of(TextRule rule) {
        return line -> {
            String text = rule.apply(line.text());
            return text.isEmpty() ? List.of() : List.of(text.equals(line.text()) ? line : line.withText(text));
        };
    }
}
