package org.goalparse.model;

import java.math.BigDecimal;
import java.util.Objects;
import java.util.Set;
import org.goalparse.lexicon.Lexicon;

/**
 * A number with its counter as the document states it: {@code 40,070世帯} is value 40070, unit 世帯.
 * {@code unitNormalized} is the unit in the one spelling of its equivalents ({@link Lexicon#UNIT_EQUIVALENTS}:
 * 名 is 人, か所 is 箇所), so that quantities can be summed; it follows from {@code unit} (the constructor without it
 * computes it, the canonical one checks it). A non-numeric target ({@code 現状把握}) has a null value and keeps its
 * text.
 */
public record Quantity(String text, String metric, BigDecimal value, String unit, String unitNormalized,
                       String comparator, String asOf) {
    static final Set<String> COMPARATORS = Set.of(">=", "<=", ">", "<");

    public Quantity {
        Objects.requireNonNull(text, "text");
        checkUnitNormalized(unit, unitNormalized);
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

    /** A quantity whose {@code unitNormalized} follows from {@code unit}. */
    public Quantity(String text, String metric, BigDecimal value, String unit, String comparator, String asOf) {
        this(text, metric, value, unit, Lexicon.normalizedUnit(unit), comparator, asOf);
    }

    static void checkUnitNormalized(String unit, String unitNormalized) {
        if (!Objects.equals(unitNormalized, Lexicon.normalizedUnit(unit))) {
            throw new IllegalArgumentException("unitNormalized of " + unit + " is " + Lexicon.normalizedUnit(unit)
                    + ", not " + unitNormalized);
        }
    }

    /** A non-numeric value: only its text. */
    public static Quantity textOnly(String text) {
        return new Quantity(text, null, null, null, null, null);
    }
}
