package org.goalparse.segment;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.goalparse.layout.Block;
import org.goalparse.layout.Layout;
import org.goalparse.layout.Line;
import org.goalparse.layout.Page;
import org.goalparse.layout.TextBlock;

/**
 * The right edge of the column a positioned text block is set in: the farthest any line reaches among the page's
 * blocks that start where it starts, but short of any block standing beside it. A block's own lines tell it only
 * when one of them wrapped; a list of short entries ({@code ○…の振興} over {@code ・…の育成}) ends well short of
 * the column, and its longest entry is no margin the others ran to. Blocks starting elsewhere (a second column, a
 * box inset) have columns of their own, and a block with another beside it (the left of two columns under a text
 * as wide as the page) ends at its neighbour.
 */
final class TextColumns {
    /** How far (in ems) two blocks' left edges may differ and still start one column. */
    private static final float SAME_LEFT_EM = 3f;

    private record Extent(float left, float right, float top, float bottom, float em) {
    }

    private final Map<Integer, List<Extent>> pages = new HashMap<>();

    TextColumns(Layout layout) {
        for (Page p : layout.pages()) {
            List<Extent> extents = new ArrayList<>();
            for (Block b : p.blocks()) {
                if (b instanceof TextBlock tb) {
                    Extent e = extent(tb.lines());
                    if (e != null) {
                        extents.add(e);
                    }
                }
            }
            pages.put(p.number(), extents);
        }
    }

    /** The right edge of {@code lines}' column on {@code page}, NaN where the lines carry no positions. */
    float right(int page, List<Line> lines) {
        Extent own = extent(lines);
        if (own == null) {
            return Float.NaN;
        }
        List<Extent> others = pages.getOrDefault(page, List.of());
        float right = own.right();
        for (Extent e : others) {
            if (Math.abs(e.left() - own.left()) <= SAME_LEFT_EM * own.em()) {
                right = Math.max(right, e.right());
            }
        }
        for (Extent e : others) {
            if (e.left() >= own.right() && e.top() < own.bottom() && e.bottom() > own.top()) {
                right = Math.min(right, e.left()); // never short of its own lines: e starts after them
            }
        }
        return right;
    }

    private static Extent extent(List<Line> lines) {
        float left = Float.MAX_VALUE;
        float right = -Float.MAX_VALUE;
        float top = Float.MAX_VALUE;
        float bottom = -Float.MAX_VALUE;
        float em = 0;
        for (Line l : lines) {
            if (l.provenance().bbox() != null && !l.text().isBlank()) {
                left = Math.min(left, l.provenance().bbox().x0());
                right = Math.max(right, l.provenance().bbox().x1());
                top = Math.min(top, l.provenance().bbox().y0());
                bottom = Math.max(bottom, l.provenance().bbox().y1());
                em = Math.max(em, OutlineSegmenter.em(l));
            }
        }
        return left == Float.MAX_VALUE ? null : new Extent(left, right, top, bottom, em);
    }
}
