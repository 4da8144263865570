package org.goalparse.extract.pdf;

import java.util.List;

/**
 * Whether a page's text layer is usable or the page must be read by OCR: a page with no visible text (a scan; a
 * scanner's invisible OCR layer, which {@link GlyphCollector} never reads), or almost none over an image the size
 * of a scan (a scan whose only text is a stamped page number), has {@link #NO_TEXT}; a page where more than a third of the glyphs are
 * garbage (glyphs whose font maps them to no character, private-use code points, U+FFFD, control characters) has
 * {@link #GARBAGE}.
 */
final class TextLayer {
    static final String NO_TEXT = "no-text";
    static final String GARBAGE = "garbage-text";
    /** Fewer visible characters than this on a page: no text layer to speak of. */
    static final int MIN_CHARS = 10;

    private TextLayer() {
    }

    /**
     * Why the page needs OCR ({@link #NO_TEXT}, {@link #GARBAGE}), or null when its text layer is usable.
     * {@code pageImage}: the page draws an image the size of a scan; a page of a few characters is OCRed only then
     * (a heading alone on a page, or a test's few words, is text enough).
     */
    static String ocrReason(List<Glyph> glyphs, int unmapped, boolean pageImage) {
        int good = 0;
        int bad = unmapped;
        for (Glyph g : glyphs) {
            if (g.isSpace()) {
                continue;
            }
            for (int i = 0; i < g.text().length(); ) {
                int cp = g.text().codePointAt(i);
                i += Character.charCount(cp);
                if (garbage(cp)) {
                    bad++;
                } else if (!Character.isWhitespace(cp)) {
                    good++;
                }
            }
        }
        if (bad * 3 > good + bad && bad >= MIN_CHARS / 2) {
            return GARBAGE;
        }
        return good == 0 || (good < MIN_CHARS && pageImage) ? NO_TEXT : null;
    }

    /** A scan's image: at least this many pixels each way (an A4 page at 100 dpi is 827 x 1169). */
    static final int SCAN_PIXELS = 800;

    /** Whether the page's resources hold an image the size of a scanned page. */
    static boolean hasPageImage(org.apache.pdfbox.pdmodel.PDPage page) {
        try {
            var resources = page.getResources();
            if (resources == null) {
                return false;
            }
            for (var name : resources.getXObjectNames()) {
                if (resources.getXObject(name) instanceof org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject img
                        && img.getWidth() >= SCAN_PIXELS && img.getHeight() >= SCAN_PIXELS) {
                    return true;
                }
            }
        } catch (java.io.IOException e) {
            return false;
        }
        return false;
    }

    static boolean garbage(int cp) {
        int type = Character.getType(cp);
        return type == Character.PRIVATE_USE || type == Character.SURROGATE || type == Character.UNASSIGNED
                || cp == 0xFFFD || (type == Character.CONTROL && cp != '\t' && cp != '\n' && cp != '\r');
    }
}
