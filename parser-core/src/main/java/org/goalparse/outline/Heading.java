package org.goalparse.outline;

import java.util.Objects;

/** A heading; {@code text} is without its decoration (【】, "1.", "#"). Level 1 is the outermost. */
public record Heading(String text, HeadingStyle style, int level, Loc loc) implements Node {
    public Heading {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(style, "style");
        Objects.requireNonNull(loc, "loc");
        if (level < 1) {
            throw new IllegalArgumentException("level is 1-based");
        }
    }

    @Override
    public String written() {
        return style == HeadingStyle.BRACKET ? "【" + text + "】" : text;
    }
}
