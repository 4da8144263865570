package org.goalparse.extract.pdf;

import java.io.IOException;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.pdfbox.cos.COSName;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.font.PDFont;
import org.apache.pdfbox.pdmodel.font.PDFontDescriptor;
import org.apache.pdfbox.pdmodel.font.PDType0Font;
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
    /** Glyphs drawn visibly whose font maps them to no text (a font without a ToUnicode map): garbage. */
    private int unmapped;
    /** Where each text's glyphs are in {@link #glyphs}: the last few, for the copies of a fake bold. */
    private final Map<String, List<Integer>> byText = new HashMap<>();

    private GlyphCollector() {
        PathOperators.register(this, () -> rulings);
    }

    /**
     * What one pass over a page's content stream gives: its glyphs (a fake bold's copies dropped, the glyph
     * marked bold), its table rulings, and how many visible glyphs had no text.
     */
    record PageContent(List<Glyph> glyphs, List<Ruling> rulings, int unmapped) {
    }

    /** The glyphs (in content-stream order) and rulings of page {@code pageNumber} (1-based), in one pass. */
    static PageContent collect(PDDocument doc, int pageNumber) throws IOException {
        GlyphCollector c = new GlyphCollector();
        c.rulings = new RulingCollector(doc.getPage(pageNumber - 1));
        c.setStartPage(pageNumber);
        c.setEndPage(pageNumber);
        c.writeText(doc, new StringWriter());
        c.endColumn();
        return new PageContent(c.glyphs, c.rulings.rulings(), c.unmapped);
    }

    @Override
    protected void processTextPosition(TextPosition t) {
        // PDFBox reads a Japanese CID font without a ToUnicode map through its collection (Adobe-Japan1-UCS2)
        String text = unicodeEncoded(t);
        if (text == null || text.isEmpty()) {
            RenderingMode m = getGraphicsState().getTextState().getRenderingMode();
            if (m != RenderingMode.NEITHER && m != RenderingMode.NEITHER_CLIP) {
                unmapped++;
            }
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
        if (isCopy(text, x0, baseline, size)) {
            return;
        }
        Glyph g = new Glyph(text, x0, baseline - size * 0.88f, x1, baseline, size, bold, style[1]);
        if (t.getFont() != null && t.getFont().isVertical()) {
            column(g);
            return;
        }
        endColumn();
        add(g);
    }

    /** Per font: whether its codes are Unicode themselves (see {@link #unicodeEncoded}). */
    private final Map<PDFont, Integer> unicodeCodes = new IdentityHashMap<>();

    /**
     * The glyph's text. A CID font without a ToUnicode map whose encoding is one of the predefined Unicode CMaps
     * ({@code UniJIS-UCS2-H}, {@code UniGB-UTF16-H}...: ReportLab, iText and Office printing the reader's own
     * HeiseiMin / MS Mincho) is encoded in Unicode: its code is the character. PDFBox instead maps the CID back
     * through the collection's table, which turns the ASCII {@code ~} and {@code |} of Adobe-Japan1 into U+0303
     * and U+00A6 (a period 令和3年度~令和4年度 read as 令和3年度 with a combining tilde).
     */
    private String unicodeEncoded(TextPosition t) {
        String mapped = t.getUnicode();
        PDFont font = t.getFont();
        int[] codes = t.getCharacterCodes();
        if (!(font instanceof PDType0Font) || codes == null || codes.length != 1) {
            return mapped;
        }
        int kind = unicodeCodes.computeIfAbsent(font, f -> unicodeCMap((PDType0Font) f));
        int code = codes[0];
        int cp;
        if (kind == 16 && code > 0xFFFF) {
            cp = Character.toCodePoint((char) (code >>> 16), (char) (code & 0xFFFF));
        } else if (kind == 16 || kind == 32) {
            cp = code;
        } else {
            return mapped;
        }
        if (cp < 0x20 || !Character.isValidCodePoint(cp) || Character.isSurrogate((char) cp)
                || !Character.isDefined(cp)) {
            return mapped;
        }
        return new String(Character.toChars(cp));
    }

    /** 16 for a UCS-2 / UTF-16 predefined CMap, 32 for UTF-32, 0 otherwise (or with a ToUnicode map). */
    private static int unicodeCMap(PDType0Font font) {
        if (font.getCOSObject().containsKey(COSName.TO_UNICODE) || font.getCMap() == null
                || font.getCMap().getName() == null) {
            return 0;
        }
        Matcher m = UNICODE_CMAP.matcher(font.getCMap().getName());
        if (!m.matches()) {
            return 0;
        }
        return m.group(1).equals("UTF32") ? 32 : 16;
    }

    private static final Pattern UNICODE_CMAP = Pattern.compile("Uni(?:JIS|JIS2004|GB|CNS|KS)-(UCS2|UTF16|UTF32)(?:-HW)?-[HV]");

    private void add(Glyph g) {
        byText.computeIfAbsent(g.text(), k -> new ArrayList<>()).add(glyphs.size());
        glyphs.add(g);
    }

    /** The glyphs of a column of vertical writing (a vertical font: Identity-V) not yet added, top first. */
    private final List<Glyph> column = new ArrayList<>();

    /**
     * Vertical writing (a form's narrow label cell 重点目標 set top to bottom) comes glyph by glyph down a column;
     * a column is read as one word set where its first glyph stands, as the reader reads it, instead of a line per
     * glyph.
     */
    private void column(Glyph g) {
        if (!column.isEmpty()) {
            Glyph last = column.get(column.size() - 1);
            boolean below = Math.abs(g.x0() - last.x0()) < last.fontSize() * 0.3f
                    && g.top() > last.top() && g.top() < last.bottom() + last.fontSize() * 0.6f;
            if (!below) {
                endColumn();
            }
        }
        column.add(g);
    }

    private void endColumn() {
        if (column.isEmpty()) {
            return;
        }
        Glyph first = column.get(0);
        StringBuilder text = new StringBuilder();
        float x1 = first.x1();
        boolean bold = true;
        for (Glyph g : column) {
            text.append(g.text());
            x1 = Math.max(x1, g.x1());
            bold &= g.bold();
        }
        add(new Glyph(text.toString(), first.x0(), first.top(), x1, first.baseline(), first.fontSize(), bold,
                first.gothic()));
        column.clear();
    }

    /** How many of a text's latest glyphs are compared with a new one: a fake bold's copy follows closely. */
    private static final int RECENT = 8;
    /** A copy lies within this share of the font size of its glyph (fake bolds offset by 1-5% of an em). */
    private static final float COPY_OFFSET = 0.2f;

    /**
     * Whether the glyph repeats one just drawn at (nearly) the same place: the second stroke of a fake bold, or
     * text printed twice over itself. The first glyph stays, marked bold.
     */
    private boolean isCopy(String text, float x0, float baseline, float size) {
        List<Integer> same = byText.get(text);
        if (same == null || text.isBlank()) {
            return false;
        }
        float tolerance = size * COPY_OFFSET;
        for (int k = same.size() - 1; k >= Math.max(0, same.size() - RECENT); k--) {
            Glyph g = glyphs.get(same.get(k));
            if (Math.abs(g.x0() - x0) < tolerance && Math.abs(g.baseline() - baseline) < tolerance
                    && Math.abs(g.fontSize() - size) < tolerance) {
                glyphs.set(same.get(k), g.asBold());
                return true;
            }
        }
        return false;
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
