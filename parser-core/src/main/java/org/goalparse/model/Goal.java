package org.goalparse.model;

import java.util.List;
import java.util.Objects;

/** One numbered goal with its targets, its achievement (null until reported), issues and plan links. */
public record Goal(int number, String division, String title, String text, List<Quantity> targets,
                   Achievement achievement, String issues, List<PlanRef> planRefs) {
    public Goal {
        Objects.requireNonNull(text, "text");
        targets = List.copyOf(Objects.requireNonNull(targets, "targets"));
        planRefs = List.copyOf(Objects.requireNonNull(planRefs, "planRefs"));
    }
}
