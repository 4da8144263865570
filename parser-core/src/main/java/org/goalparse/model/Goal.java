package org.goalparse.model;

import java.util.List;
import java.util.Objects;

/**
 * One goal with its targets, its achievement (null until reported), issues and plan links; {@code number} is null for
 * a goal listed by a bullet without a number. {@code id} ({@code g1}, {@code g2}…) is its key within the record, its
 * place in the record's goals ({@link GoalDocument} gives it); null only while the goal is being read.
 */
public record Goal(String id, Integer number, String division, String title, String text, List<Quantity> targets,
                   Achievement achievement, String issues, List<PlanRef> planRefs) {
    public Goal {
        if (id != null && !id.matches("g[1-9][0-9]*")) {
            throw new IllegalArgumentException("a goal id is g1, g2…: " + id);
        }
        Objects.requireNonNull(text, "text");
        targets = List.copyOf(Objects.requireNonNull(targets, "targets"));
        planRefs = List.copyOf(Objects.requireNonNull(planRefs, "planRefs"));
    }

    /** A goal without its id yet. */
    public Goal(Integer number, String division, String title, String text, List<Quantity> targets,
                Achievement achievement, String issues, List<PlanRef> planRefs) {
        this(null, number, division, title, text, targets, achievement, issues, planRefs);
    }

    /** The id of the goal at {@code index} (0-based) of a record's goals. */
    static String idAt(int index) {
        return "g" + (index + 1);
    }

    /** The same goal with another id. */
    public Goal withId(String newId) {
        return new Goal(newId, number, division, title, text, targets, achievement, issues, planRefs);
    }
}
