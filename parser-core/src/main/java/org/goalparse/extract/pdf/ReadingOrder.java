package org.goalparse.extract.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.goalparse.layout.BBox;

/**
 * Orders a page's elements for reading. The elements fall into horizontal bands (runs that overlap
 * vertically, cut where a horizontal gap runs across). Consecutive bands that share a vertical whitespace
 * gap, a river at least an em wide with elements on both sides in two bands or more, form a region; when
 * the text on each side of the river is prose (lines several ems long, not the short labels of a form),
 * the region is read as columns, left column first, each column ordered again the same way (so three
 * columns and columns inside columns work). Full-width lines, such as a title or a paragraph spanning both
 * columns, stop a region: a page is read region by region from the top, and nothing crosses a river line
 * by line. Bands outside such regions are read row by row, left to right.
 */
final class ReadingOrder {
    /** A river is at least this many ems wide. */
    static final float GUTTER_EM = 0.75f;
    /** Bands further apart than this many ems do not share a river. */
    static final float BAND_GAP_EM = 2.5f;
    /** Prose columns: the median element on each side is at least this many ems wide. */
    static final float PROSE_EM = 6f;
    /** A right side whose lines stand in this many runs of rows at least, between rows without any, is a table's column. */
    static final int SIDE_RUNS = 3;

    private ReadingOrder() {
    }

    /** Bands [first, last] read as columns split at {@code river} (x0, x1), or one band read alone. */
    private record Region(int first, int last, float[] river) {
    }

    static <T> List<T> sort(List<T> items, Function<T, BBox> box) {
        List<T> out = new ArrayList<>();
        if (!items.isEmpty()) {
            order(new ArrayList<>(items), box, em(items, box), out);
        }
        return out;
    }

    /** The typical line height: the median element height. */
    private static <T> float em(List<T> items, Function<T, BBox> box) {
        float[] h = new float[items.size()];
        for (int i = 0; i < h.length; i++) {
            h[i] = box.apply(items.get(i)).height();
        }
        java.util.Arrays.sort(h);
        return Math.max(h[h.length / 2], 1f);
    }

    private static <T> void order(List<T> items, Function<T, BBox> box, float em, List<T> out) {
        if (items.size() <= 1) {
            out.addAll(items);
            return;
        }
        List<List<T>> bands = bands(items, box);
        if (bands.size() == 1) {
            List<List<T>> columns = columns(items, box);
            if (columns == null) {
                out.addAll(rows(items, box));
            } else {
                columns.forEach(c -> order(c, box, em, out));
            }
            return;
        }
        for (Region region : regions(bands, box, em)) {
            if (region.river() == null) {
                order(bands.get(region.first()), box, em, out);
                continue;
            }
            List<T> left = new ArrayList<>();
            List<T> right = new ArrayList<>();
            for (int b = region.first(); b <= region.last(); b++) {
                for (T t : bands.get(b)) {
                    (leftOf(box.apply(t), region.river()) ? left : right).add(t);
                }
            }
            order(left, box, em, out);
            order(right, box, em, out);
        }
    }

    /** Elements sorted by top, cut wherever the next element starts below everything above it. */
    static <T> List<List<T>> bands(List<T> items, Function<T, BBox> box) {
        List<T> byTop = new ArrayList<>(items);
        byTop.sort(Comparator.comparingDouble((T t) -> box.apply(t).y0()).thenComparingDouble(t -> box.apply(t).x0()));
        List<List<T>> bands = new ArrayList<>();
        List<T> band = new ArrayList<>();
        float bottom = -Float.MAX_VALUE;
        for (T t : byTop) {
            BBox b = box.apply(t);
            if (!band.isEmpty() && b.y0() >= bottom - 0.5f) {
                bands.add(band);
                band = new ArrayList<>();
            }
            band.add(t);
            bottom = band.size() == 1 ? b.y1() : Math.max(bottom, b.y1());
        }
        bands.add(band);
        return bands;
    }

    /** Bands grouped into column regions (seeded by a band with an inner gap, grown both ways) and single bands. */
    private static <T> List<Region> regions(List<List<T>> bands, Function<T, BBox> box, float em) {
        float minGap = GUTTER_EM * em;
        List<Region> out = new ArrayList<>();
        int i = 0;
        while (i < bands.size()) {
            List<float[]> river = inner(free(bands.get(i), box), minGap);
            if (river.isEmpty()) {
                out.add(new Region(i, i, null));
                i++;
                continue;
            }
            int last = i;
            while (last + 1 < bands.size() && gap(bands, last, box) <= BAND_GAP_EM * em) {
                List<float[]> next = intersect(river, free(bands.get(last + 1), box), minGap);
                if (next.isEmpty()) {
                    break;
                }
                river = next;
                last++;
            }
            int first = i;
            while (!out.isEmpty() && out.get(out.size() - 1).river() == null && out.get(out.size() - 1).first() == first - 1
                    && gap(bands, first - 1, box) <= BAND_GAP_EM * em) {
                List<float[]> next = intersect(river, free(bands.get(first - 1), box), minGap);
                if (next.isEmpty()) {
                    break;
                }
                river = next;
                first--;
                out.remove(out.size() - 1);
            }
            float[] widest = river.stream().max(Comparator.comparingDouble(r -> r[1] - r[0])).orElseThrow();
            if (isColumns(bands.subList(first, last + 1), widest, box, em)) {
                last = belowBoth(bands, first, last, widest, box);
                out.add(new Region(first, last, widest));
            } else {
                for (int b = first; b <= last; b++) {
                    out.add(new Region(b, b, null));
                }
            }
            i = last + 1;
        }
        return out;
    }

    /**
     * The region's last band, less trailing bands with text on the left only that come after bands with text on
     * the right only: the right column ran longer, and what follows on the left starts below both columns (the
     * next section's heading), to be read after the right column, not before it.
     */
    private static <T> int belowBoth(List<List<T>> bands, int first, int last, float[] river, Function<T, BBox> box) {
        int k = last;
        while (k > first && side(bands.get(k), river, box) < 0) {
            k--;
        }
        return k < last && k > first && side(bands.get(k), river, box) > 0 ? k : last;
    }

    /** -1 when the band's text is all left of the river, 1 when all right of it, 0 when on both sides. */
    private static <T> int side(List<T> band, float[] river, Function<T, BBox> box) {
        boolean l = band.stream().anyMatch(t -> leftOf(box.apply(t), river));
        boolean r = band.stream().anyMatch(t -> !leftOf(box.apply(t), river));
        return l && r ? 0 : l ? -1 : 1;
    }

    /** Whether an element lies left of the river (its right edge at the river's left one). */
    private static boolean leftOf(BBox b, float[] river) {
        return b.x1() <= river[0] + 0.01f;
    }

    /**
     * Prose on both sides of the river, and two bands at least with text on both sides; unless the right side is a
     * column of a borderless table's cells, not a column of text: each of its lines stands in a row of the left side
     * (a step's date beside the step, a goal's plan beside the goal), and its lines come in {@link #SIDE_RUNS} runs
     * at least, parted by rows with text on the left only. Read row by row, each cell stays beside its row; read as a
     * column, every date would follow all the steps. Two columns of prose fill their rows without such gaps, and a
     * side note beside a text is one run.
     */
    private static <T> boolean isColumns(List<List<T>> bands, float[] river, Function<T, BBox> box, float em) {
        List<Float> left = new ArrayList<>();
        List<Float> right = new ArrayList<>();
        int both = 0;
        int runs = 0;
        boolean rightAlone = false;
        boolean previousBoth = false;
        for (List<T> band : bands) {
            boolean l = false;
            boolean r = false;
            for (T t : band) {
                BBox b = box.apply(t);
                if (leftOf(b, river)) {
                    left.add(b.width());
                    l = true;
                } else {
                    right.add(b.width());
                    r = true;
                }
            }
            both += l && r ? 1 : 0;
            runs += l && r && !previousBoth ? 1 : 0;
            rightAlone |= r && !l; // a line of the right side beside nothing on the left
            previousBoth = l && r;
        }
        boolean sideColumn = !rightAlone && runs >= SIDE_RUNS;
        return both >= 2 && isProse(left, em) && isProse(right, em) && !sideColumn;
    }

    private static boolean isProse(List<Float> widths, float em) {
        if (widths.size() < 2) {
            return false;
        }
        List<Float> sorted = widths.stream().sorted().toList();
        return sorted.get(sorted.size() / 2) >= PROSE_EM * em;
    }

    /** Vertical whitespace between band {@code b} and the next. */
    private static <T> float gap(List<List<T>> bands, int b, Function<T, BBox> box) {
        float bottom = (float) bands.get(b).stream().mapToDouble(t -> box.apply(t).y1()).max().orElse(0);
        float top = (float) bands.get(b + 1).stream().mapToDouble(t -> box.apply(t).y0()).min().orElse(0);
        return top - bottom;
    }

    /** The x-intervals no element of the band covers, the unbounded ones at either side included. */
    private static <T> List<float[]> free(List<T> band, Function<T, BBox> box) {
        List<BBox> byLeft = band.stream().map(box).sorted(Comparator.comparingDouble(BBox::x0)).toList();
        List<float[]> out = new ArrayList<>();
        float from = Float.NEGATIVE_INFINITY;
        for (BBox b : byLeft) {
            if (b.x0() > from) {
                out.add(new float[] {from, b.x0()});
            }
            from = Math.max(from, b.x1());
        }
        out.add(new float[] {from, Float.POSITIVE_INFINITY});
        return out;
    }

    /** The bounded intervals at least {@code min} wide. */
    private static List<float[]> inner(List<float[]> intervals, float min) {
        return intervals.stream().filter(r -> Float.isFinite(r[0]) && Float.isFinite(r[1]) && r[1] - r[0] >= min)
                .toList();
    }

    private static List<float[]> intersect(List<float[]> a, List<float[]> b, float min) {
        List<float[]> out = new ArrayList<>();
        for (float[] x : a) {
            for (float[] y : b) {
                float lo = Math.max(x[0], y[0]);
                float hi = Math.min(x[1], y[1]);
                if (hi - lo >= min) {
                    out.add(new float[] {lo, hi});
                }
            }
        }
        return out;
    }

    /** One band without gaps: elements whose middles align form rows, each row read left to right. */
    private static <T> List<T> rows(List<T> band, Function<T, BBox> box) {
        List<T> byMiddle = new ArrayList<>(band);
        byMiddle.sort(Comparator.comparingDouble(t -> middle(box.apply(t))));
        List<T> out = new ArrayList<>();
        List<T> row = new ArrayList<>();
        float anchor = 0;
        float height = 0;
        for (T t : byMiddle) {
            BBox b = box.apply(t);
            if (!row.isEmpty() && Math.abs(middle(b) - anchor) > 0.5f * Math.min(height, b.height())) {
                row.sort(Comparator.comparingDouble(r -> box.apply(r).x0()));
                out.addAll(row);
                row = new ArrayList<>();
            }
            if (row.isEmpty()) {
                anchor = middle(b);
                height = b.height();
            }
            row.add(t);
        }
        row.sort(Comparator.comparingDouble(r -> box.apply(r).x0()));
        out.addAll(row);
        return out;
    }

    private static float middle(BBox b) {
        return (b.y0() + b.y1()) / 2;
    }

    /** The elements split at the widest vertical gutter with two or more elements on each side, else null. */
    private static <T> List<List<T>> columns(List<T> items, Function<T, BBox> box) {
        List<T> byLeft = new ArrayList<>(items);
        byLeft.sort(Comparator.comparingDouble(t -> box.apply(t).x0()));
        float right = box.apply(byLeft.get(0)).x1();
        float bestGap = 0;
        int best = -1;
        for (int i = 1; i < byLeft.size(); i++) {
            BBox b = box.apply(byLeft.get(i));
            float gap = b.x0() - right;
            if (gap > 1f && gap > bestGap && i >= 2 && byLeft.size() - i >= 2) {
                bestGap = gap;
                best = i;
            }
            right = Math.max(right, b.x1());
        }
        if (best < 0) {
            return null;
        }
        return List.of(new ArrayList<>(byLeft.subList(0, best)), new ArrayList<>(byLeft.subList(best, byLeft.size())));
    }
}
