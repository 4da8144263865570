package org.goalparse.split;

import java.util.List;
import java.util.Objects;
import org.goalparse.layout.Layout;

/**
 * What a splitter found: the parts (at least one), and the cover: the pages before the first department's title
 * in a file of several departments (a compilation's title page, its table of contents), read for the facts the
 * departments share (the city, the year) and null when there is none. {@code warnings} tell where a boundary is
 * uncertain.
 */
public record Split(Layout cover, List<LayoutPart> parts, List<String> warnings) {
    public Split {
        parts = List.copyOf(Objects.requireNonNull(parts, "parts"));
        if (parts.isEmpty()) {
            throw new IllegalArgumentException("a split has at least one part");
        }
        warnings = List.copyOf(Objects.requireNonNull(warnings, "warnings"));
    }

    /** The whole layout as one part. */
    public static Split whole(Layout layout) {
        int last = layout.pages().isEmpty() ? 1 : layout.pages().get(layout.pages().size() - 1).number();
        int first = layout.pages().isEmpty() ? 1 : layout.pages().get(0).number();
        return new Split(null, List.of(new LayoutPart(layout, first, last, null, null, null)), List.of());
    }

    /** Whether the file holds more than one department. */
    public boolean isSplit() {
        return parts.size() > 1;
    }
}
