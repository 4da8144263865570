package org.goalparse.golden;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Objects;

/**
 * One difference between two JSON trees at a path such as {@code goals[2].targets[0].value}; a side that has no
 * value there (a missing field, an array too short) is null.
 */
public record Difference(String path, JsonNode expected, JsonNode actual) {
    private static final int MAX_VALUE_CHARS = 160;

    public Difference {
        Objects.requireNonNull(path, "path");
        if (expected == null && actual == null) {
            throw new IllegalArgumentException("a difference needs at least one side");
        }
    }

    /** {@code goals[2].targets[0].value: expected 60 but was 4000}. */
    public String describe() {
        return path + ": expected " + show(expected) + " but was " + show(actual);
    }

    private static String show(JsonNode node) {
        if (node == null) {
            return "nothing";
        }
        String s = node.toString();
        return s.length() <= MAX_VALUE_CHARS ? s : s.substring(0, MAX_VALUE_CHARS) + "…";
    }
}
