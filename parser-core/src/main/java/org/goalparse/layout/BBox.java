package org.goalparse.layout;

/** A rectangle on a page in PDF user-space units, origin top-left, y growing downwards. */
public record BBox(float x0, float y0, float x1, float y1) {
    public BBox {
        if (x1 < x0 || y1 < y0) {
            throw new IllegalArgumentException("inverted box: " + x0 + "," + y0 + "," + x1 + "," + y1);
        }
    }

    public float width() {
        return x1 - x0;
    }

    public float height() {
        return y1 - y0;
    }

    public BBox union(BBox o) {
        return new BBox(Math.min(x0, o.x0), Math.min(y0, o.y0), Math.max(x1, o.x1), Math.max(y1, o.y1));
    }
}
