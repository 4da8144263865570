package org.goalparse.ja;

import java.util.Objects;
import org.goalparse.model.Quantity;

/** A quantity found in a text, its kind, and where its {@code text} lies in the text: {@code [start, end)}. */
public record QuantityMatch(Quantity quantity, QuantityKind kind, int start, int end) {
    public QuantityMatch {
        Objects.requireNonNull(quantity, "quantity");
        Objects.requireNonNull(kind, "kind");
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad offsets " + start + ".." + end);
        }
    }
}
