package org.goalparse.extract.pdf;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.graphics.state.RenderingMode;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;

/**
 * Collects the glyphs of one page with their positions, using PDFBox's text positions but none of its line logic,
 * and in the same pass the page's path operators for the rulings of its tables.
 */
final class GlyphCollector extends PDFTextStripper {
    private static final Pattern HEAVY_WEIGHT = Pattern.compile("w[6-9]\\b|-w[6-9]");
    private final List<Glyph> glyphs = new ArrayList<>();
    /** Per font: [bold, gothic], decided once rather than for every glyph. */
    private final Map<PDFont, boolean[]> styles = new IdentityHashMap<>();

    private RulingCollector rulings;

    private GlyphCollector() {
        PathOperators.register(this, () -> rulings);
    }

    /** What one pass over a page's content stream gives: its glyphs and its table rulings. */
    record PageContent(List<Glyph> glyphs, List<Ruling> rulings) {
    }

    /** The glyphs (in content-stream order) and rulings of page {@code pageNumber} (1-based), in one pass. */
    static PageContent collect(PDDocument doc, int pageNumber) throws IOException {
        GlyphCollector c = new GlyphCollector();
        c.rulings = new RulingCollector(doc.getPage(pageNumber - 1));
        c.setStartPage(pageNumber);
        c.setEndPage(pageNumber);
        c.writeText(doc, new StringWriter());
        return new PageContent(c.glyphs, c.rulings.rulings());
    }

    @Override
    protected void processTextPosition(TextPosition t) {
        String text = t.getUnicode();
        if (text == null || text.isEmpty()) {
            return;
        }
        float size = t.getFontSizeInPt();
        if (size <= 0) {
            size = Math.max(t.getHeightDir(), 1f);
        }
        float x0 = t.getXDirAdj();
        float x1 = x0 + Math.max(t.getWidthDirAdj(), 0f);
        float baseline = t.getYDirAdj();
        RenderingMode mode = getGraphicsState().getTextState().getRenderingMode();
        if (mode == RenderingMode.NEITHER || mode == RenderingMode.NEITHER_CLIP) {
            return; // invisible text (OCR layers are the exception we do not handle)
        }
        boolean[] style = styles.computeIfAbsent(t.getFont(), f -> new boolean[] {isBold(f), isGothic(f)});
        boolean bold = style[0] || mode == RenderingMode.FILL_STROKE;
        glyphs.add(new Glyph(text, x0, baseline - size * 0.88f, x1, baseline, size, bold, style[1]));
    }

    static boolean isBold(PDFont font) {
        if (font == null) {
            return false;
        }
        String name = font.getName() == null ? "" : font.getName().toLowerCase(Locale.ROOT);
        if (name.contains("bold") || name.contains("heavy") || name.contains("black") || name.contains("demi")
                || HEAVY_WEIGHT.matcher(name).find()) {
            return true;
        }
        PDFontDescriptor d = font.getFontDescriptor();
        return d != null && (d.isForceBold() || d.getFontWeight() >= 600);
    }

    static boolean isGothic(PDFont font) {
        if (font == null || font.getName() == null) {
            return false;
        }
        String name = font.getName().toLowerCase(Locale.ROOT);
        return name.contains("gothic") || name.contains("goth") || name.contains("sans") || name.contains("kaku")
                || name.contains("meiryo") || name.contains("ud-shin-go") || name.contains("hiragino kaku");
    }
}
