package org.goalparse.model;

import java.util.Objects;

/** One step of a mid-term schedule (工程) and the fiscal year it falls in. */
public record ScheduleItem(Integer year, String text) {
    public ScheduleItem {
        Objects.requireNonNull(text, "text");
    }
}
