package org.goalparse.extract.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Function;
import org.goalparse.layout.BBox;

/**
 * Orders a page's elements for reading. Where the elements split into side-by-side columns (a vertical
 * gutter with at least two elements on each side), the left column is read first; otherwise the topmost
 * band above the first horizontal gap is read, then the rest again the same way. Nothing crosses a
 * gutter line by line.
 */
final class ReadingOrder {
    private ReadingOrder() {
    }

    static <T> List<T> sort(List<T> items, Function<T, BBox> box) {
        List<T> out = new ArrayList<>();
        order(new ArrayList<>(items), box, out);
        return out;
    }

    private static <T> void order(List<T> items, Function<T, BBox> box, List<T> out) {
        List<T> rest = items;
        while (!rest.isEmpty()) {
            if (rest.size() == 1) {
                out.add(rest.get(0));
                return;
            }
            List<List<T>> columns = columns(rest, box);
            if (columns != null) {
                columns.forEach(c -> order(c, box, out));
                return;
            }
            List<T> byTop = new ArrayList<>(rest);
            byTop.sort(Comparator.comparingDouble((T t) -> box.apply(t).y0()).thenComparingDouble(t -> box.apply(t).x0()));
            float bottom = box.apply(byTop.get(0)).y1();
            int cut = byTop.size();
            for (int i = 1; i < byTop.size(); i++) {
                BBox b = box.apply(byTop.get(i));
                if (b.y0() >= bottom - 0.5f) {
                    cut = i;
                    break;
                }
                bottom = Math.max(bottom, b.y1());
            }
            List<T> band = byTop.subList(0, cut);
            if (cut == byTop.size()) {
                out.addAll(rows(band, box));
                return;
            }
            if (band.size() == 1) {
                out.add(band.get(0));
            } else {
                order(new ArrayList<>(band), box, out);
            }
            rest = new ArrayList<>(byTop.subList(cut, byTop.size()));
        }
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
