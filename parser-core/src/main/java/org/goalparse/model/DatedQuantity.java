package org.goalparse.model;

import java.math.BigDecimal;
import java.util.Objects;

/** A quantity tied to a fiscal year (a KPI's baseline or target): the fields of {@link Quantity} plus {@code year}. */
public record DatedQuantity(String text, String metric, BigDecimal value, String unit, String unitNormalized,
                            String comparator, String asOf, Integer year) {
    public DatedQuantity {
        Objects.requireNonNull(text, "text");
        new Quantity(text, metric, value, unit, unitNormalized, comparator, asOf); // same validation
        if (value != null) {
            value = value.stripTrailingZeros();
            if (value.scale() < 0) {
                value = value.setScale(0);
            }
        }
    }

    /** A dated quantity whose {@code unitNormalized} follows from {@code unit}. */
    public DatedQuantity(String text, String metric, BigDecimal value, String unit, String comparator, String asOf,
                         Integer year) {
        this(text, metric, value, unit, org.goalparse.lexicon.Lexicon.normalizedUnit(unit), comparator, asOf, year);
    }

    public static DatedQuantity of(Quantity q, Integer year) {
        return new DatedQuantity(q.text(), q.metric(), q.value(), q.unit(), q.unitNormalized(), q.comparator(),
                q.asOf(), year);
    }

    /** The quantity without its year. */
    public Quantity quantity() {
        return new Quantity(text, metric, value, unit, unitNormalized, comparator, asOf);
    }
}
