package org.goalparse.layout;

import java.util.List;
import java.util.Objects;

/** One page (formats without pages have a single page 1). Width and height are 0 when unknown. */
public record Page(int number, float width, float height, List<Block> blocks) {
    public Page {
        if (number < 1) {
            throw new IllegalArgumentException("page is 1-based: " + number);
        }
        blocks = List.copyOf(Objects.requireNonNull(blocks, "blocks"));
    }
}
