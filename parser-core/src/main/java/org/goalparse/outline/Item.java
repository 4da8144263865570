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

    /**
     * The item as a line of text for people to read: the marker, a space after a number ({@code 1 }, {@code (1) },
     * {@code ① }) but none after a bullet ({@code ・外国人向けに…}, {@code ○地域自治…}): Japanese documents write a
     * bullet against its text, and the normalizer has already dropped a space the extraction put after one, so the
     * text reads as the goals built from the same items ({@link #written()}) read.
     */
    public String asLine() {
        return marker.raw() + (marker.style() == NumberStyle.BULLET ? "" : " ") + text;
    }
}
