package org.goalparse.model;

import java.util.List;
import java.util.Objects;

/**
 * One goal with its targets, its achievement (null until reported), issues and plan links; {@code number} is null for
 * a goal listed by a bullet without a number.
 */
public record Goal(Integer number, String division, String title, String text, List<Quantity> targets,
                   Achievement achievement, String issues, List<PlanRef> planRefs) {
    public Goal {
        Objects.requireNonNull(text, "text");
        targets = List.copyOf(Objects.requireNonNull(targets, "targets"));
        planRefs = List.copyOf(Objects.requireNonNull(planRefs, "planRefs"));
    }
}
