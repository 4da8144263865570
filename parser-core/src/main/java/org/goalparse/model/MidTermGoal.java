package org.goalparse.model;

import java.util.List;
import java.util.Objects;

/** A mid-term goal (中期目標) with its schedule. */
public record MidTermGoal(int number, String title, String text, List<ScheduleItem> schedule) {
    public MidTermGoal {
        Objects.requireNonNull(text, "text");
        schedule = List.copyOf(Objects.requireNonNull(schedule, "schedule"));
    }
}
