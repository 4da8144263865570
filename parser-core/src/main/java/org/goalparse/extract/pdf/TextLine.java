package org.goalparse.extract.pdf;

import org.goalparse.layout.BBox;

/** A run of glyphs on one baseline, not crossing a ruling or a wide gap, with its box and typography. */
record TextLine(String text, BBox box, float fontSize, boolean bold, boolean gothic) {
    float centerX() {
        return (box.x0() + box.x1()) / 2;
    }

    float centerY() {
        return (box.y0() + box.y1()) / 2;
    }

    /** Whether the two lines' middles are at most half the smaller height apart: one row of the page. */
    boolean sameRow(TextLine o) {
        return Math.abs(o.centerY() - centerY()) <= 0.5f * Math.min(o.box().height(), box.height());
    }
}
