package org.goalparse.extract.pdf;

/**
 * One glyph on a page, top-left origin with y growing down: its box, baseline, font size in points,
 * whether its font is bold, and whether it is set in a gothic (sans) face.
 */
record Glyph(String text, float x0, float top, float x1, float baseline, float fontSize, boolean bold,
        boolean gothic, boolean isSpace) {
    /** A glyph whose {@link #isSpace} is read from its text once, here, rather than at every later look. */
    Glyph(String text, float x0, float top, float x1, float baseline, float fontSize, boolean bold, boolean gothic) {
        this(text, x0, top, x1, baseline, fontSize, bold, gothic, text.isBlank());
    }

    /** The same glyph, bold: a glyph drawn twice a hair apart is how Word and Excel fake a bold face. */
    Glyph asBold() {
        return bold ? this : new Glyph(text, x0, top, x1, baseline, fontSize, true, gothic, isSpace);
    }

    float bottom() {
        return baseline + fontSize * 0.15f;
    }

    float centerY() {
        return (top + bottom()) / 2;
    }
}
