package org.goalparse.extract.pdf;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.goalparse.extract.ocr.Deskew;
import org.goalparse.extract.ocr.ImageRulings;
import org.goalparse.extract.ocr.OcrCleanup;
import org.goalparse.extract.ocr.OcrSettings;
import org.goalparse.extract.ocr.OcrWord;

/**
 * One page read by OCR into the same material a text layer gives: the page rendered in grey at the settings'
 * resolution, straightened ({@link Deskew}), its ruling lines found in the image ({@link ImageRulings}) and erased
 * from it (Tesseract would read them into the glyphs they touch), and its words recognized and cleaned ({@link OcrCleanup}); each word becomes one glyph per character, the word's width
 * shared out, set on its line's box (so the line's height is the font size), in points. The
 * {@link LineBuilder}, {@link GridBuilder} and {@link PageAssembler} then work on them as on any PDF.
 */
final class OcrReader {
    /** What the page gave: glyphs and rulings, the words read and their mean confidence, the tilt corrected. */
    record Read(List<Glyph> glyphs, List<Ruling> rulings, int words, double meanConfidence, double skew) {
    }

    private OcrReader() {
    }

    static Read read(PDFRenderer renderer, int pageIndex, OcrSettings settings)
            throws IOException, InterruptedException {
        BufferedImage image = renderer.renderImageWithDPI(pageIndex, settings.dpi(), ImageType.GRAY);
        double skew = Deskew.angle(image);
        BufferedImage straight = Deskew.rotate(image, skew);
        float k = 72f / settings.dpi();
        List<Ruling> rulings = new ArrayList<>();
        List<ImageRulings.Line> lines = ImageRulings.find(straight, settings.dpi());
        for (ImageRulings.Line l : lines) {
            rulings.add(new Ruling(l.horizontal(), l.pos() * k, l.from() * k, l.to() * k));
        }
        BufferedImage text = lines.isEmpty() ? straight : ImageRulings.erase(straight, lines);
        List<OcrWord> words = OcrCleanup.clean(settings.engine().recognize(text, settings.lang()));
        double sum = 0;
        for (OcrWord w : words) {
            sum += w.confidence();
        }
        double mean = words.isEmpty() ? 0 : Math.round(sum / words.size() * 10) / 10.0;
        return new Read(glyphs(words, k), rulings, words.size(), mean, skew);
    }

    /** A gap narrower than this (in line heights) between two Japanese words of a line is no space: boxes are ink. */
    static final float CLOSED_GAP = 1.0f;
    /** Between two Latin letters or digits, a gap over this is a space ("KPI Target"). */
    static final float LATIN_GAP = 0.25f;
    /** Between a digit or letter and Japanese, a gap over this is a space ("1 コミュニティ", not "令和7年"). */
    static final float MIXED_GAP = 0.35f;

    /**
     * Words -> glyphs, in points ({@code k} points per pixel). A word's box that reaches over the next word of its
     * line (Tesseract's Japanese boxes sometimes do) is cut where the next begins, so the characters keep their
     * order along the line. Tesseract's boxes hold the ink, so the gap between two Japanese characters varies
     * with their shapes: a gap narrower than {@link #CLOSED_GAP} line heights is closed (the word reaches to the
     * next), so that only a real space (a full-width space, a column gutter) stays a gap for the line builder;
     * beside a digit or Latin letter narrower gaps are spaces ({@link #closedGap}), written as a space glyph.
     */
    static List<Glyph> glyphs(List<OcrWord> words, float k) {
        List<Glyph> glyphs = new ArrayList<>();
        java.util.Map<Integer, Float> ems = wordHeights(words);
        for (int i = 0; i < words.size(); i++) {
            OcrWord w = words.get(i);
            float right = w.right();
            float space = -1;
            float em = Math.max(1, w.lineBottom() - w.lineTop());
            if (i + 1 < words.size()) {
                OcrWord next = words.get(i + 1);
                if (next.line() == w.line() && next.left() > w.left()) {
                    float gap = next.left() - right;
                    if (gap < closedGap(w, next) * em) {
                        right = next.left();
                    } else {
                        space = (right + next.left()) / 2;
                    }
                }
            }
            int[] cps = w.text().codePoints().toArray();
            float each = (right - w.left()) / cps.length;
            float wordEm = ems.get(w.line());
            float lineTop = w.lineTop();
            float lineHeight = w.lineBottom() - w.lineTop();
            if (lineHeight > TALL_LINE * wordEm) { // a "line" over n lines of text: the word's slot of it
                int n = Math.max(2, Math.round(lineHeight / wordEm));
                float slotHeight = lineHeight / n;
                int slot = (int) Math.floor(((w.top() + w.bottom()) / 2f - lineTop) / slotHeight);
                lineTop += Math.max(0, Math.min(n - 1, slot)) * slotHeight;
                lineHeight = slotHeight;
            }
            float size = Math.max(1f, lineHeight * k);
            float baseline = (lineTop + lineHeight) * k - 0.12f * size;
            for (int c = 0; c < cps.length; c++) {
                String ch = new String(Character.toChars(cps[c]));
                if (ch.isBlank()) {
                    continue;
                }
                float x0 = (w.left() + c * each) * k;
                glyphs.add(new Glyph(ch, x0, baseline - size * 0.88f, x0 + each * k, baseline, size, false, false));
            }
            if (space >= 0) {
                glyphs.add(new Glyph(" ", space * k, baseline - size * 0.88f, space * k + 0.1f, baseline, size, false,
                        false));
            }
        }
        return glyphs;
    }

    /**
     * A line box taller than this many of its words' (median) heights holds two lines of text that Tesseract took
     * for one (tight line spacing): it is cut into as many slots as it is word heights tall, and each word is set
     * on the slot its box's centre falls in.
     */
    static final float TALL_LINE = 1.6f;

    /** The median word height of each line, in pixels. */
    private static java.util.Map<Integer, Float> wordHeights(List<OcrWord> words) {
        java.util.Map<Integer, List<Integer>> byLine = new java.util.HashMap<>();
        for (OcrWord w : words) {
            byLine.computeIfAbsent(w.line(), l -> new ArrayList<>()).add(w.bottom() - w.top());
        }
        java.util.Map<Integer, Float> out = new java.util.HashMap<>();
        byLine.forEach((line, hs) -> {
            hs.sort(null);
            out.put(line, (float) Math.max(1, hs.get(hs.size() / 2)));
        });
        return out;
    }

    /** How wide a gap between two words (in line heights) is still no space. */
    private static float closedGap(OcrWord a, OcrWord b) {
        boolean left = latin(a.text().codePointBefore(a.text().length()));
        boolean right = latin(b.text().codePointAt(0));
        return left && right ? LATIN_GAP : left || right ? MIXED_GAP : CLOSED_GAP;
    }

    private static boolean latin(int cp) {
        return cp < 0x250 && Character.isLetterOrDigit(cp);
    }
}
