package org.goalparse.outline;

import java.util.Objects;

/** A numbered or bulleted item; {@code text} is without its marker. */
public record Item(Marker marker, String text, Loc loc) implements Node {
    public Item {
        Objects.requireNonNull(marker, "marker");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(loc, "loc");
    }

    @Override
    public String written() {
        return marker.raw() + text;
    }
}
