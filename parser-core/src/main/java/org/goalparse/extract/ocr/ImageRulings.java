package org.goalparse.extract.ocr;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * The ruling lines of a scanned (straightened) page: runs of dark pixels along a row (or a column) at least a
 * third of an inch long, small breaks of a noisy scan bridged, runs on neighbouring rows that overlap merged into
 * one line no thicker than {@link #MAX_THICKNESS_INCH}. Text has no stroke that long; table borders and
 * underlines do. Positions in pixels of the image.
 */
public final class ImageRulings {
    /** A line at least this long, in inches. */
    static final double MIN_LENGTH_INCH = 0.5;
    /** Breaks in a run up to this long (pixels at 300 dpi, scaled) are bridged. */
    static final int GAP_AT_300 = 8;
    /** Thicker than this (a filled box, a black bar) is no ruling. */
    static final double MAX_THICKNESS_INCH = 0.04;
    /** Beside a line, at most this share of dark pixels. */
    static final double SIDE_DENSITY = 0.25;
    /** The share of a run's pixels that must be dark. */
    static final double COVERAGE = 0.9;
    /** Darker than this is ink: a thin rule of a scan, blurred and speckled, is mid grey. */
    private static final int DARK = 215;

    /** A line: horizontal at {@code pos} from {@code from} to {@code to}, or vertical, {@code thickness} thick; pixels. */
    public record Line(boolean horizontal, float pos, float from, float to, int thickness) {
    }

    /**
     * The image with the lines painted over in white (a copy): Tesseract reads a rule touching the text as part of
     * its glyphs, or as a line of | and _.
     */
    public static BufferedImage erase(BufferedImage grey, List<Line> lines) {
        BufferedImage out = new BufferedImage(grey.getWidth(), grey.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        java.awt.Graphics2D g = out.createGraphics();
        try {
            g.drawImage(grey, 0, 0, null);
            g.setColor(java.awt.Color.WHITE);
            for (Line l : lines) {
                int half = l.thickness() / 2 + 2;
                int p = Math.round(l.pos());
                int a = Math.round(l.from()) - 1;
                int len = Math.round(l.to() - l.from()) + 3;
                if (l.horizontal()) {
                    g.fillRect(a, p - half, len, 2 * half + 1);
                } else {
                    g.fillRect(p - half, a, 2 * half + 1, len);
                }
            }
        } finally {
            g.dispose();
        }
        return out;
    }

    private ImageRulings() {
    }

    public static List<Line> find(BufferedImage grey, int dpi) {
        Raster r = grey.getRaster();
        int w = grey.getWidth();
        int h = grey.getHeight();
        int[][] rows = new int[h][w];
        for (int y = 0; y < h; y++) {
            r.getSamples(0, y, w, 1, 0, rows[y]);
        }
        int minLength = (int) Math.round(MIN_LENGTH_INCH * dpi);
        int gap = Math.max(1, Math.round(GAP_AT_300 * dpi / 300f));
        int maxThickness = Math.max(2, (int) Math.round(MAX_THICKNESS_INCH * dpi));
        // a thin rule of a scan is blurred over two or three rows and a hair off straight, stepping from row to
        // row: each pixel is looked at with its two neighbours across the line
        boolean[] across = new boolean[w * h];
        boolean[] down = new boolean[w * h];
        boolean[] dark = new boolean[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int v = rows[y][x];
                dark[y * w + x] = v < DARK;
                int up = y > 0 ? rows[y - 1][x] : 255;
                int below = y + 1 < h ? rows[y + 1][x] : 255;
                int left = x > 0 ? rows[y][x - 1] : 255;
                int right = x + 1 < w ? rows[y][x + 1] : 255;
                across[y * w + x] = Math.min(v, Math.min(up, below)) < DARK;
                down[y * w + x] = Math.min(v, Math.min(left, right)) < DARK;
            }
        }
        List<Line> out = new ArrayList<>();
        for (Line l : lines(runs(across, w, h, true, minLength / 2, gap), true, minLength, maxThickness + 2, gap)) {
            if (isolated(dark, w, h, l, maxThickness)) {
                out.add(l);
            }
        }
        List<Line> horizontals = new ArrayList<>(out);
        List<Line> verticals = new ArrayList<>();
        for (Line l : lines(runs(down, w, h, false, minLength / 2, gap), false, minLength, maxThickness + 2, gap)) {
            if (isolated(dark, w, h, l, maxThickness)) {
                verticals.add(trimmed(l, horizontals, dark, w, h, minLength, maxThickness, gap));
            }
        }
        for (Line l : shortVerticals(down, w, horizontals, verticals, minLength, maxThickness, gap)) {
            if (isolated(dark, w, h, l, maxThickness)) {
                verticals.add(l);
            }
        }
        out.addAll(verticals);
        return out;
    }

    /** A row of a table this low at least (inches) may have its cells' rules found between its borders. */
    static final double MIN_ROW_INCH = 0.08;

    /**
     * The vertical rules of a table row lower than {@link #MIN_LENGTH_INCH} (a one-row form: 部局 | 市民協働部 |
     * 氏名 | ...), which the search for long runs misses: between two horizontal rules one above the other that
     * overlap, every column dark from the upper rule down to the lower (all but {@link #COVERAGE}'s share), the
     * columns side by side merged, no thicker than a rule. Text has no stroke from one rule to the next; a rule
     * already found there is not found again.
     */
    private static List<Line> shortVerticals(boolean[] down, int w, List<Line> horizontals, List<Line> verticals,
            int minLength, int maxThickness, int gap) {
        List<Line> out = new ArrayList<>();
        int minRow = (int) Math.round(MIN_ROW_INCH * minLength / MIN_LENGTH_INCH);
        for (Line top : horizontals) {
            for (Line bottom : horizontals) {
                if (bottom.pos() > top.pos() + minRow && bottom.pos() - top.pos() < minLength
                        && bottom.from() < top.to() && bottom.to() > top.from()) {
                    rowRules(down, w, top, bottom, verticals, out, maxThickness, gap);
                }
            }
        }
        return out;
    }

    /**
     * The vertical rules from {@code top} down to {@code bottom} over the width they share, added to {@code out}
     * unless found before. Every rule below the top is tried, not only the nearest: a scan's rule can come out as a
     * double line whose second, broken into short pieces, would otherwise stand for the row's bottom over a part of
     * its width only.
     */
    private static void rowRules(boolean[] down, int w, Line top, Line bottom, List<Line> verticals, List<Line> out,
            int maxThickness, int gap) {
        int y0 = Math.round(top.pos());
        int y1 = Math.round(bottom.pos());
        int x0 = Math.round(Math.max(top.from(), bottom.from()));
        int x1 = Math.round(Math.min(top.to(), bottom.to()));
        int start = -1;
        for (int x = x0; x <= x1 + 1; x++) {
            boolean rule = false;
            if (x <= x1 && x < w) {
                int n = 0;
                for (int y = y0; y <= y1; y++) {
                    n += down[y * w + x] ? 1 : 0;
                }
                rule = n >= COVERAGE * (y1 - y0 + 1);
            }
            if (rule && start < 0) {
                start = x;
            } else if (!rule && start >= 0) {
                float at = (start + x - 1) / 2f;
                boolean known = false;
                for (Line v : verticals) {
                    known |= Math.abs(v.pos() - at) <= maxThickness + gap && v.from() <= y0 + gap
                            && v.to() >= y1 - gap;
                }
                for (Line v : out) {
                    known |= Math.abs(v.pos() - at) <= maxThickness + gap && v.from() < y1 - gap && v.to() > y0 + gap;
                }
                if (x - start <= maxThickness && !known) {
                    out.add(new Line(false, at, y0, y1, x - start));
                }
                start = -1;
            }
        }
    }

    /**
     * A vertical rule without the stretch it runs on past the first or last horizontal rule it crosses, where that
     * stretch is shorter than a rule of its own ({@code minLength}) and has no paper beside it: a character's
     * stroke in line with the rule in the row beyond (部等を構成する課 | 等: the 等 under the rule of the rows
     * above, the rule then cutting the heading's cell in two). A rule running on beside a cell's text keeps its
     * stretch: text keeps its distance from a rule.
     */
    private static Line trimmed(Line v, List<Line> horizontals, boolean[] dark, int w, int h, int minLength,
            int maxThickness, int gap) {
        Line first = null;
        Line last = null;
        for (Line hz : horizontals) {
            if (hz.from() - gap <= v.pos() && hz.to() + gap >= v.pos() && hz.pos() > v.from() + gap
                    && hz.pos() < v.to() - gap) {
                first = first == null || hz.pos() < first.pos() ? hz : first;
                last = last == null || hz.pos() > last.pos() ? hz : last;
            }
        }
        if (first == null) {
            return v;
        }
        float from = v.from();
        float to = v.to();
        float tailFrom = last.pos() + last.thickness() / 2f + gap;
        if (to - last.pos() < minLength && to - gap > tailFrom
                && !isolated(dark, w, h, new Line(false, v.pos(), tailFrom, to - gap, v.thickness()), maxThickness)) {
            to = last.pos();
        }
        float headTo = first.pos() - first.thickness() / 2f - gap;
        if (first.pos() - from < minLength && headTo > from + gap
                && !isolated(dark, w, h, new Line(false, v.pos(), from + gap, headTo, v.thickness()), maxThickness)) {
            from = first.pos();
        }
        return from == v.from() && to == v.to() ? v : new Line(false, v.pos(), from, to, v.thickness());
    }

    /**
     * Whether the line has paper on both sides: the rows (columns) a little beyond its thickness are mostly light.
     * A row through bold text, dark along its length once blurred, has the rest of the text just above and below.
     */
    private static boolean isolated(boolean[] dark, int w, int h, Line l, int maxThickness) {
        int off = maxThickness / 2 + 3;
        return density(dark, w, h, l, Math.round(l.pos()) - off) < SIDE_DENSITY
                && density(dark, w, h, l, Math.round(l.pos()) + off) < SIDE_DENSITY;
    }

    private static double density(boolean[] dark, int w, int h, Line l, int at) {
        if (at < 0 || at >= (l.horizontal() ? h : w)) {
            return 0;
        }
        int n = 0;
        int from = Math.round(l.from());
        int to = Math.round(l.to());
        for (int j = from; j <= to; j++) {
            n += (l.horizontal() ? dark[at * w + j] : dark[j * w + at]) ? 1 : 0;
        }
        return n / (double) Math.max(1, to - from + 1);
    }

    /** A run of dark pixels on row (or column) {@code at}, from {@code a} to {@code b} inclusive. */
    private record Run(int at, int a, int b) {
    }

    private static List<Run> runs(boolean[] dark, int w, int h, boolean horizontal, int minLength, int gap) {
        List<Run> runs = new ArrayList<>();
        int lines = horizontal ? h : w;
        int length = horizontal ? w : h;
        for (int i = 0; i < lines; i++) {
            int start = -1;
            int lastDark = -1;
            int count = 0;
            for (int j = 0; j <= length; j++) {
                boolean d = j < length && (horizontal ? dark[i * w + j] : dark[j * w + i]);
                if (!d) {
                    continue;
                }
                if (start >= 0 && j - lastDark - 1 > gap) {
                    keep(runs, i, start, lastDark, count, minLength);
                    start = -1;
                }
                if (start < 0) {
                    start = j;
                    count = 0;
                }
                count++;
                lastDark = j;
            }
            if (start >= 0) {
                keep(runs, i, start, lastDark, count, minLength);
            }
        }
        return runs;
    }

    /** A run long enough and dark along {@link #COVERAGE} of its length (text bridged over its gaps is not). */
    private static void keep(List<Run> runs, int at, int a, int b, int dark, int minLength) {
        if (b - a + 1 >= minLength && dark >= COVERAGE * (b - a + 1)) {
            runs.add(new Run(at, a, b));
        }
    }

    /** Runs on neighbouring rows that overlap -> one line each, kept when long and thin enough. */
    private static List<Line> lines(List<Run> runs, boolean horizontal, int minLength, int maxThickness, int gap) {
        runs.sort(Comparator.comparingInt(Run::at).thenComparingInt(Run::a));
        List<int[]> groups = new ArrayList<>(); // firstAt, lastAt, from, to, sumAt, count
        for (Run run : runs) {
            int[] joined = null;
            for (int k = groups.size() - 1; k >= 0; k--) {
                int[] g = groups.get(k);
                if (run.at() - g[1] > 2) {
                    continue;
                }
                if (run.a() <= g[3] + gap && run.b() >= g[2] - gap) {
                    joined = g;
                    break;
                }
            }
            if (joined == null) {
                groups.add(new int[] {run.at(), run.at(), run.a(), run.b(), run.at(), 1});
            } else {
                joined[1] = Math.max(joined[1], run.at());
                joined[2] = Math.min(joined[2], run.a());
                joined[3] = Math.max(joined[3], run.b());
                joined[4] += run.at();
                joined[5]++;
            }
        }
        List<Line> out = new ArrayList<>();
        for (int[] g : groups) {
            if (g[3] - g[2] + 1 >= minLength && g[1] - g[0] + 1 <= maxThickness) {
                out.add(new Line(horizontal, (g[0] + g[1]) / 2f, g[2], g[3], g[1] - g[0] + 1));
            }
        }
        return out;
    }
}
