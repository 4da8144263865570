package org.goalparse.model;

import java.util.Objects;

/** One priority policy (部の重点方針, 取組方針). */
public record PriorityPolicy(Integer number, String title, String text) {
    public PriorityPolicy {
        Objects.requireNonNull(text, "text");
    }
}
