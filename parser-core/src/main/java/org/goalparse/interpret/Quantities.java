package org.goalparse.interpret;

import java.util.List;
import org.goalparse.ja.QuantityExtractor;
import org.goalparse.model.Quantity;

/** Quantities of a text, through the shared {@link QuantityExtractor}. */
final class Quantities {
    private Quantities() {
    }

    static List<Quantity> find(String text) {
        return QuantityExtractor.get().extract(text);
    }

    /** The same value, unit and comparator stated twice is one target. */
    static List<Quantity> distinct(List<Quantity> qs) {
        return QuantityExtractor.distinct(qs);
    }
}
