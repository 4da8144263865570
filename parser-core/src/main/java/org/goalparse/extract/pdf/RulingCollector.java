package org.goalparse.extract.pdf;

import java.awt.geom.Point2D;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;

/**
 * Collects a page's ruling lines: stroked horizontal/vertical segments and rectangle edges, and filled
 * rectangles thin enough to be drawn lines (how office suites draw table borders). Curves and large fills
 * are ignored.
 */
final class RulingCollector {
    /** Segments and fills thinner than this are lines. */
    private static final float THIN = 3f;
    /** How far from horizontal/vertical a segment may lean. */
    private static final float SKEW = 1f;

    private final List<Ruling> rulings = new ArrayList<>();
    private final List<float[]> path = new ArrayList<>();
    private final List<float[]> rects = new ArrayList<>();
    private final float left;
    private final float top;
    private float[] current = {0, 0};
    private float[] subpathStart = {0, 0};

    RulingCollector(PDPage page) {
        PDRectangle crop = page.getCropBox();
        this.left = crop.getLowerLeftX();
        this.top = crop.getUpperRightY();
    }

    /** The rulings seen so far, top-left origin. */
    List<Ruling> rulings() {
        return rulings;
    }

    private float[] flip(Point2D p) {
        return new float[] {(float) p.getX() - left, top - (float) p.getY()};
    }

    void appendRectangle(Point2D p0, Point2D p1, Point2D p2, Point2D p3) {
        float[] a = flip(p0);
        float[] b = flip(p1);
        float[] c = flip(p2);
        float[] d = flip(p3);
        path.add(new float[] {a[0], a[1], b[0], b[1]});
        path.add(new float[] {b[0], b[1], c[0], c[1]});
        path.add(new float[] {c[0], c[1], d[0], d[1]});
        path.add(new float[] {d[0], d[1], a[0], a[1]});
        rects.add(new float[] {min(a[0], b[0], c[0], d[0]), min(a[1], b[1], c[1], d[1]),
            max(a[0], b[0], c[0], d[0]), max(a[1], b[1], c[1], d[1])});
        current = a;
        subpathStart = a;
    }

    void moveTo(float x, float y) {
        current = flip(new Point2D.Float(x, y));
        subpathStart = current;
    }

    void lineTo(float x, float y) {
        float[] to = flip(new Point2D.Float(x, y));
        path.add(new float[] {current[0], current[1], to[0], to[1]});
        current = to;
    }

    void curveTo(float x1, float y1, float x2, float y2, float x3, float y3) {
        current = flip(new Point2D.Float(x3, y3)); // curves are never table borders
    }

    void closePath() {
        if (current[0] != subpathStart[0] || current[1] != subpathStart[1]) {
            path.add(new float[] {current[0], current[1], subpathStart[0], subpathStart[1]});
        }
        current = subpathStart;
    }

    void endPath() {
        clear();
    }

    void strokePath() {
        for (float[] s : path) {
            addSegment(s[0], s[1], s[2], s[3]);
        }
        clear();
    }

    void fillPath(int windingRule) {
        for (float[] r : rects) {
            float w = r[2] - r[0];
            float h = r[3] - r[1];
            if (h <= THIN && w > h) {
                rulings.add(new Ruling(true, (r[1] + r[3]) / 2, r[0], r[2]));
            } else if (w <= THIN && h > w) {
                rulings.add(new Ruling(false, (r[0] + r[2]) / 2, r[1], r[3]));
            }
        }
        if (rects.isEmpty()) {
            fillFreePath();
        }
        clear();
    }

    /** A filled path drawn with moveTo/lineTo: thin axis-aligned outlines are lines too. */
    private void fillFreePath() {
        if (path.isEmpty()) {
            return;
        }
        float x0 = Float.MAX_VALUE;
        float y0 = Float.MAX_VALUE;
        float x1 = -Float.MAX_VALUE;
        float y1 = -Float.MAX_VALUE;
        for (float[] s : path) {
            x0 = min(x0, s[0], s[2], x0);
            y0 = min(y0, s[1], s[3], y0);
            x1 = max(x1, s[0], s[2], x1);
            y1 = max(y1, s[1], s[3], y1);
        }
        if (y1 - y0 <= THIN && x1 - x0 > y1 - y0) {
            rulings.add(new Ruling(true, (y0 + y1) / 2, x0, x1));
        } else if (x1 - x0 <= THIN && y1 - y0 > x1 - x0) {
            rulings.add(new Ruling(false, (x0 + x1) / 2, y0, y1));
        }
    }

    void fillAndStrokePath(int windingRule) {
        List<float[]> segments = new ArrayList<>(path);
        fillPath(windingRule);
        segments.forEach(s -> addSegment(s[0], s[1], s[2], s[3]));
    }

    private void addSegment(float xa, float ya, float xb, float yb) {
        if (Math.abs(ya - yb) <= SKEW && Math.abs(xb - xa) > SKEW) {
            rulings.add(new Ruling(true, (ya + yb) / 2, xa, xb));
        } else if (Math.abs(xa - xb) <= SKEW && Math.abs(yb - ya) > SKEW) {
            rulings.add(new Ruling(false, (xa + xb) / 2, ya, yb));
        }
    }

    private void clear() {
        path.clear();
        rects.clear();
    }





    private static float min(float a, float b, float c, float d) {
        return Math.min(Math.min(a, b), Math.min(c, d));
    }

    private static float max(float a, float b, float c, float d) {
        return Math.max(Math.max(a, b), Math.max(c, d));
    }
}
