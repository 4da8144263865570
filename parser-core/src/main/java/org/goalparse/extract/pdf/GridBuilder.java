package org.goalparse.extract.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.goalparse.layout.BBox;

/**
 * Rulings -> ruled tables. Collinear rulings are merged; rulings that touch form a connected group; a group
 * with at least two horizontal and two vertical positions is a grid whose slots are merged wherever the
 * ruling between them is missing, giving cells with row and column spans.
 */
final class GridBuilder {
    /** Positions closer than this are one boundary (double lines, stroke widths). */
    static final float SNAP = 2.5f;

    private GridBuilder() {
    }

    static List<Grid> build(List<Ruling> rulings) {
        List<Ruling> merged = new ArrayList<>(merge(rulings, true));
        merged.addAll(merge(rulings, false));
        int[] parent = new int[merged.size()];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int i = 0; i < merged.size(); i++) {
            for (int j = i + 1; j < merged.size(); j++) {
                if (touch(merged.get(i), merged.get(j))) {
                    parent[find(parent, i)] = find(parent, j);
                }
            }
        }
        Map<Integer, List<Ruling>> groups = new HashMap<>();
        for (int i = 0; i < merged.size(); i++) {
            groups.computeIfAbsent(find(parent, i), k -> new ArrayList<>()).add(merged.get(i));
        }
        List<Grid> grids = new ArrayList<>();
        for (List<Ruling> group : groups.values()) {
            Grid g = grid(group);
            if (g != null) {
                grids.add(g);
            }
        }
        grids.sort(Comparator.comparingDouble((Grid g) -> g.ys()[0]).thenComparingDouble(g -> g.xs()[0]));
        return grids;
    }

    private static Grid grid(List<Ruling> group) {
        List<Ruling> hs = group.stream().filter(Ruling::horizontal).toList();
        List<Ruling> vs = group.stream().filter(r -> !r.horizontal()).toList();
        float[] ys = positions(hs);
        float[] xs = positions(vs);
        if (xs.length < 2 || ys.length < 2) {
            return null;
        }
        int rows = ys.length - 1;
        int cols = xs.length - 1;
        int[] parent = new int[rows * cols];
        for (int i = 0; i < parent.length; i++) {
            parent[i] = i;
        }
        for (int r = 0; r < rows; r++) {
            float midY = (ys[r] + ys[r + 1]) / 2;
            for (int c = 0; c < cols; c++) {
                float midX = (xs[c] + xs[c + 1]) / 2;
                if (c + 1 < cols && !ruled(vs, xs[c + 1], midY)) {
                    parent[find(parent, r * cols + c)] = find(parent, r * cols + c + 1);
                }
                if (r + 1 < rows && !ruled(hs, ys[r + 1], midX)) {
                    parent[find(parent, r * cols + c)] = find(parent, (r + 1) * cols + c);
                }
            }
        }
        Map<Integer, int[]> spans = new HashMap<>(); // root -> rmin, cmin, rmax, cmax
        for (int r = 0; r < rows; r++) {
            for (int c = 0; c < cols; c++) {
                int[] s = spans.computeIfAbsent(find(parent, r * cols + c), k -> new int[] {rows, cols, -1, -1});
                s[0] = Math.min(s[0], r);
                s[1] = Math.min(s[1], c);
                s[2] = Math.max(s[2], r);
                s[3] = Math.max(s[3], c);
            }
        }
        List<Grid.GridCell> cells = new ArrayList<>();
        for (int[] s : spans.values()) {
            cells.add(new Grid.GridCell(s[0], s[1], s[2] - s[0] + 1, s[3] - s[1] + 1,
                    new BBox(xs[s[1]], ys[s[0]], xs[s[3] + 1], ys[s[2] + 1])));
        }
        cells.sort(Comparator.comparingInt(Grid.GridCell::row).thenComparingInt(Grid.GridCell::column));
        return new Grid(xs, ys, cells);
    }

    /** Whether a ruling at {@code pos} crosses coordinate {@code at} along its length. */
    private static boolean ruled(List<Ruling> rulings, float pos, float at) {
        for (Ruling r : rulings) {
            if (Math.abs(r.pos() - pos) <= SNAP && r.covers(at, 1f)) {
                return true;
            }
        }
        return false;
    }

    private static float[] positions(List<Ruling> rulings) {
        List<Float> sorted = rulings.stream().map(Ruling::pos).sorted().toList();
        List<Float> out = new ArrayList<>();
        for (float p : sorted) {
            if (out.isEmpty() || p - out.get(out.size() - 1) > SNAP) {
                out.add(p);
            }
        }
        float[] a = new float[out.size()];
        for (int i = 0; i < a.length; i++) {
            a[i] = out.get(i);
        }
        return a;
    }

    /** Collinear rulings of one orientation joined where they overlap or nearly meet. */
    static List<Ruling> merge(List<Ruling> rulings, boolean horizontal) {
        List<Ruling> list = new ArrayList<>(rulings.stream().filter(r -> r.horizontal() == horizontal).toList());
        list.sort(Comparator.comparingDouble(Ruling::pos).thenComparingDouble(Ruling::from));
        List<Ruling> out = new ArrayList<>();
        for (Ruling r : list) {
            boolean joined = false;
            for (int i = out.size() - 1; i >= 0 && r.pos() - out.get(i).pos() <= SNAP; i--) {
                Ruling o = out.get(i);
                if (r.from() <= o.to() + SNAP && r.to() >= o.from() - SNAP) {
                    out.set(i, new Ruling(horizontal, o.pos(), Math.min(o.from(), r.from()), Math.max(o.to(), r.to())));
                    joined = true;
                    break;
                }
            }
            if (!joined) {
                out.add(r);
            }
        }
        return out;
    }

    private static boolean touch(Ruling a, Ruling b) {
        if (a.horizontal() == b.horizontal()) {
            return Math.abs(a.pos() - b.pos()) <= SNAP && a.from() <= b.to() + SNAP && b.from() <= a.to() + SNAP;
        }
        Ruling h = a.horizontal() ? a : b;
        Ruling v = a.horizontal() ? b : a;
        return h.covers(v.pos(), SNAP) && v.covers(h.pos(), SNAP);
    }

    private static int find(int[] parent, int i) {
        while (parent[i] != i) {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        return i;
    }
}
