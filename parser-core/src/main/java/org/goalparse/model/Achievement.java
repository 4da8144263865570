package org.goalparse.model;

import java.util.List;
import java.util.Objects;

/** What was achieved for a goal (目標の達成度合, 実績) and the quantities it reports. */
public record Achievement(String text, List<Quantity> results) {
    public Achievement {
        Objects.requireNonNull(text, "text");
        results = List.copyOf(Objects.requireNonNull(results, "results"));
    }
}
