package org.goalparse.outline;

import java.util.Objects;

/** An item's numbering: its style, its value (0 for bullets) and the marker as written. */
public record Marker(NumberStyle style, int value, String raw) {
    public Marker {
        Objects.requireNonNull(style, "style");
        Objects.requireNonNull(raw, "raw");
        if (value < 0) {
            throw new IllegalArgumentException("negative item number");
        }
    }

    public boolean numbered() {
        return style != NumberStyle.BULLET;
    }
}
