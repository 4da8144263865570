package org.goalparse.outline;

import java.util.Objects;

/**
 * A heading; {@code text} is without its decoration (【】, "1.", "#"). Level 1 is the outermost. {@code number}
 * is the number a numbered heading was written with ({@code 1.} of "1. 部局の使命"), null for any other heading:
 * a numbered run of such lines may as well be a list of goals, and the interpreter decides which.
 */
public record Heading(String text, HeadingStyle style, int level, Loc loc, Marker number) implements Node {
    public Heading {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(style, "style");
        Objects.requireNonNull(loc, "loc");
        if (level < 1) {
            throw new IllegalArgumentException("level is 1-based");
        }
    }

    public Heading(String text, HeadingStyle style, int level, Loc loc) {
        this(text, style, level, loc, null);
    }

    /** The heading as the numbered item it was written as, or null when it had no number. */
    public Item asItem() {
        return number == null ? null : new Item(number, text, loc);
    }

    @Override
    public String written() {
        return style == HeadingStyle.BRACKET ? "【" + text + "】" : text;
    }
}
