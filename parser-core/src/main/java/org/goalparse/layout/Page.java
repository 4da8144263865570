package org.goalparse.layout;

import java.util.List;
import java.util.Objects;

/**
 * One page (formats without pages have a single page 1). Width and height are 0 when unknown. {@code label} is
 * the page's own name where the format gives one (a workbook's sheet name), else null. {@code printedNumber} is
 * the page number printed on it ({@code - 3 -}, {@code 3/10}), which the extractor takes out of the text, else
 * null.
 */
public record Page(int number, float width, float height, List<Block> blocks, String label, Integer printedNumber) {
    public Page {
        if (number < 1) {
            throw new IllegalArgumentException("page is 1-based: " + number);
        }
        blocks = List.copyOf(Objects.requireNonNull(blocks, "blocks"));
        if (label != null && label.isBlank()) {
            label = null;
        }
    }

    /** A page without a name or a printed number. */
    public Page(int number, float width, float height, List<Block> blocks) {
        this(number, width, height, blocks, null, null);
    }

    /** The same page with other blocks. */
    public Page withBlocks(List<Block> newBlocks) {
        return new Page(number, width, height, newBlocks, label, printedNumber);
    }

    /** The same page with the number printed on it. */
    public Page withPrintedNumber(Integer printed) {
        return new Page(number, width, height, blocks, label, printed);
    }
}
