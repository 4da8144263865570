package org.goalparse.split;

import java.util.Objects;
import org.goalparse.layout.Layout;

/**
 * One department's share of a file: its layout (the pages, or the blocks of a section, as the file printed them,
 * page numbers unchanged) and where it lies: pages first..last, a sheet's name, or the heading that opens a
 * section. {@code title} is the department its title names (null where none was read).
 */
public record LayoutPart(Layout layout, int firstPage, int lastPage, String sheet, String heading, String title) {
    public LayoutPart {
        Objects.requireNonNull(layout, "layout");
        if (firstPage < 1 || lastPage < firstPage) {
            throw new IllegalArgumentException("pages " + firstPage + ".." + lastPage);
        }
    }
}
