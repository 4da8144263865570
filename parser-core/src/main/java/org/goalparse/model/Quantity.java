package org.goalparse.model;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Set;

/**
 * A number with its counter as the document states it: {@code 40,070世帯} is value 40070, unit 世帯.
 * A non-numeric target ({@code 現状把握}) has a null value and keeps its text.
 */
public record Quantity(String text, String metric, BigDecimal value, String unit, String comparator, String asOf) {
    static final Set<String> COMPARATORS = Set.of(">=", "<=", ">", "<");

    public Quantity {
        Objects.requireNonNull(text, "text");
        if (comparator != null && !COMPARATORS.contains(comparator)) {
            throw new IllegalArgumentException("unknown comparator: " + comparator);
        }
        if (asOf != null && !asOf.matches("\\d{4}-\\d{2}(-\\d{2})?")) {
            throw new IllegalArgumentException("asOf must be YYYY-MM or YYYY-MM-DD: " + asOf);
        }
        if (value != null) {
            value = value.stripTrailingZeros();
            if (value.scale() < 0) {
                value = value.setScale(0);
            }
        }
    }

    /** A non-numeric value: only its text. */
    public static Quantity textOnly(String text) {
        return new Quantity(text, null, null, null, null, null);
    }
}
