package org.goalparse.layout;

import java.util.List;
import java.util.Objects;

/**
 * One page (formats without pages have a single page 1). Width and height are 0 when unknown. {@code label} is
 * the page's own name where the format gives one (a workbook's sheet name), else null.
 */
public record Page(int number, float width, float height, List<Block> blocks, String label) {
    public Page {
        if (number < 1) {
            throw new IllegalArgumentException("page is 1-based: " + number);
        }
        blocks = List.copyOf(Objects.requireNonNull(blocks, "blocks"));
        if (label != null && label.isBlank()) {
            label = null;
        }
    }

    /** A page without a name. */
    public Page(int number, float width, float height, List<Block> blocks) {
        this(number, width, height, blocks, null);
    }

    /** The same page with other blocks. */
    public Page withBlocks(List<Block> newBlocks) {
        return new Page(number, width, height, newBlocks, label);
    }
}
