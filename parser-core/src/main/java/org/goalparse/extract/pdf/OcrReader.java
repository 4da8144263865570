package org.goalparse.extract.pdf;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.goalparse.extract.ocr.Denoise;
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
        BufferedImage text = Denoise.median(lines.isEmpty() ? straight : ImageRulings.erase(straight, lines));
        List<OcrWord> words = OcrCleanup.clean(recognize(text, cells(rulings, k, text), settings));
        double mean = Math.round(OcrWord.meanConfidence(words) * 10) / 10.0;
        return new Read(glyphs(words, k), rulings, words.size(), mean, skew);
    }

    /** White added around a cell cut out of the page (pixels): Tesseract reads a block better with a margin. */
    static final int CELL_MARGIN = 12;
    /** A cell narrower or lower than this (pixels at the page's resolution) holds no text worth a block. */
    static final int MIN_CELL = 12;
    /** Line numbers of a cell's words start at (cell index + 1) times this, apart from the page's own lines. */
    static final int CELL_LINES = 100_000;

    /**
     * The page's words: each ruled table cell is cut out and read as one block of text (so its lines never mix
     * with the next cell's, as Tesseract's page layout analysis mixes them in narrow cells), the rest of the page,
     * the cells painted out, with the engine's page layout; words in page pixels.
     */
    static List<OcrWord> recognize(BufferedImage page, List<int[]> cells, OcrSettings settings)
            throws IOException, InterruptedException {
        List<BufferedImage> blocks = new ArrayList<>();
        List<LoneWord> lone = new ArrayList<>();
        List<BufferedImage> loneBlocks = new ArrayList<>();
        for (int n = 0; n < cells.size(); n++) {
            int[] c = cells.get(n);
            blocks.add(block(page, c));
            int[] ink = inked(page, c);
            if (isLoneWord(ink, c, settings.dpi())) {
                lone.add(new LoneWord(n, ink));
                loneBlocks.add(block(page, ink));
            }
        }
        BufferedImage rest = page;
        if (!cells.isEmpty()) {
            rest = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
            java.awt.Graphics2D g = rest.createGraphics();
            try {
                g.drawImage(page, 0, 0, null);
                g.setColor(java.awt.Color.WHITE);
                for (int[] c : cells) {
                    g.fillRect(c[0], c[1], c[2] - c[0], c[3] - c[1]);
                }
            } finally {
                g.dispose();
            }
        }
        List<OcrWord> words = sureLines(settings.engine().recognize(rest, settings.lang()));
        List<List<OcrWord>> read = new ArrayList<>(settings.engine().recognizeBlocks(blocks, settings.lang()));
        List<int[]> cutFrom = new ArrayList<>(cells); // the part of the page each cell's reading was cut from
        List<List<OcrWord>> loneRead = loneBlocks.isEmpty() ? List.of()
                : settings.engine().recognizeWords(loneBlocks, settings.lang());
        for (int k = 0; k < loneRead.size() && k < lone.size(); k++) {
            int n = lone.get(k).cell();
            if (n < read.size() && isNumber(loneRead.get(k))) {
                read.set(n, loneRead.get(k)); // the number read alone, its boxes in its ink's cut-out
                cutFrom.set(n, lone.get(k).ink());
            }
        }
        for (int n = 0; n < read.size() && n < cells.size(); n++) {
            int dx = cutFrom.get(n)[0] - CELL_MARGIN;
            int dy = cutFrom.get(n)[1] - CELL_MARGIN;
            int lines = (n + 1) * CELL_LINES;
            if (noText(read.get(n))) {
                continue;
            }
            for (OcrWord w : read.get(n)) {
                words.add(new OcrWord(w.text(), w.left() + dx, w.top() + dy, w.right() + dx, w.bottom() + dy,
                        w.lineTop() + dy, w.lineBottom() + dy, w.line() + lines, w.confidence()));
            }
        }
        return words;
    }

    /**
     * The words of the page outside its cells, without the lines read below {@link #CELL_MIN_CONFIDENCE} on average,
     * however few their words: the grain of the page's empty parts read as WS, BRKN or 上 (0-46%), which made a
     * numbered item of the stray digits among them. A line of text, however noisy, reads at 70% or more; a line of
     * digits alone (a goal's number beside its table, read unsure) stays for the readers that place numbers.
     */
    static List<OcrWord> sureLines(List<OcrWord> words) {
        java.util.Set<Integer> kept = new java.util.HashSet<>();
        OcrWord.byLine(words).forEach((line, ws) -> {
            if (OcrWord.meanConfidence(ws) >= CELL_MIN_CONFIDENCE
                    || ws.stream().allMatch(w -> w.text().strip().chars().allMatch(Character::isDigit))) {
                kept.add(line);
            }
        });
        List<OcrWord> out = new ArrayList<>();
        for (OcrWord w : words) {
            if (kept.contains(w.line())) {
                out.add(w);
            }
        }
        return out;
    }

    /**
     * Below this mean confidence (0-100) a cell's words are no text: Tesseract reads the grey fill or hatching of an
     * empty cell, or a photograph, as rows of letters and digits (mean 11-22% on the samples' scans) where a cell
     * of text, however noisy, reads at 70% or more.
     */
    static final double CELL_MIN_CONFIDENCE = 40;

    /**
     * Whether the words read in one cell are the engine's reading of something other than text: three words or more
     * (a cell of one short word read with a low confidence, a dash or a mark, keeps it) below
     * {@link #CELL_MIN_CONFIDENCE} on average.
     */
    static boolean noText(List<OcrWord> cell) {
        return cell.size() >= 3 && OcrWord.meanConfidence(cell) < CELL_MIN_CONFIDENCE;
    }

    /** A cell (its index in the page's cells) holding one short word alone, and the part of it holding the ink. */
    private record LoneWord(int cell, int[] ink) {
    }

    /** Darker than this (0-255) is ink. */
    static final int INK = 128;
    /** Ink pixels a row or column of a cell needs to count as holding ink (a speck the filter left does not). */
    static final int INK_PIXELS = 2;
    /** White kept around a cell's ink when it is cut to it (pixels). */
    static final int INK_PAD = 4;
    /** A lone word's ink is at most this high (inches): a number in text of 14 points or less. */
    static final double LONE_WORD_INCH = 0.2;

    /**
     * Whether a cell holds one short word alone in much white: its ink no higher than {@link #LONE_WORD_INCH}, at most
     * twice as wide as high, in a cell three times as high at least (a table's No. column beside a long row).
     * Tesseract reads such a block whole as nothing or a mark (`)` for 3, `g` for 5); cut to its ink and read as
     * one word, it reads the number.
     */
    static boolean isLoneWord(int[] ink, int[] cell, int dpi) {
        int w = ink[2] - ink[0] - 2 * INK_PAD;
        int h = ink[3] - ink[1] - 2 * INK_PAD;
        // inked gives the cell itself when it holds no ink: no lone word
        return ink != cell && h > 0 && h <= LONE_WORD_INCH * dpi && w <= 2 * h && cell[3] - cell[1] >= 3 * h;
    }

    /** Whether the words read alone are a number of one to three digits (a word read otherwise: the cell's reading). */
    private static boolean isNumber(List<OcrWord> words) {
        return OcrWord.text(words).matches("[0-9０-９]{1,3}");
    }

    /**
     * The part of a cell {x0, y0, x1, y1} that holds its ink, {@link #INK_PAD} pixels around it; the cell itself
     * when it holds none.
     */
    static int[] inked(BufferedImage page, int[] c) {
        int top = -1;
        int bottom = -1;
        int left = Integer.MAX_VALUE;
        int right = -1;
        int[] columns = new int[c[2] - c[0]];
        java.awt.image.Raster r = page.getRaster();
        for (int y = c[1]; y < c[3]; y++) {
            int dark = 0;
            for (int x = c[0]; x < c[2]; x++) {
                if (r.getSample(x, y, 0) < INK) {
                    dark++;
                    columns[x - c[0]]++;
                }
            }
            if (dark >= INK_PIXELS) {
                top = top < 0 ? y : top;
                bottom = y;
            }
        }
        for (int x = 0; x < columns.length; x++) {
            if (columns[x] >= INK_PIXELS) {
                left = Math.min(left, x + c[0]);
                right = x + c[0];
            }
        }
        if (top < 0 || right < 0) {
            return c;
        }
        return new int[] {Math.max(c[0], left - INK_PAD), Math.max(c[1], top - INK_PAD),
                Math.min(c[2], right + 1 + INK_PAD), Math.min(c[3], bottom + 1 + INK_PAD)};
    }

    /** A cell's pixels with a white margin around them. */
    private static BufferedImage block(BufferedImage page, int[] c) {
        int w = c[2] - c[0];
        int h = c[3] - c[1];
        BufferedImage b = new BufferedImage(w + 2 * CELL_MARGIN, h + 2 * CELL_MARGIN, BufferedImage.TYPE_BYTE_GRAY);
        java.awt.Graphics2D g = b.createGraphics();
        try {
            g.setColor(java.awt.Color.WHITE);
            g.fillRect(0, 0, b.getWidth(), b.getHeight());
            g.drawImage(page.getSubimage(c[0], c[1], w, h), CELL_MARGIN, CELL_MARGIN, null);
        } finally {
            g.dispose();
        }
        return b;
    }

    /**
     * The ruled cells of the page to read one by one, in pixels {x0, y0, x1, y1} inside their rules: the cells of
     * the grids the rulings form ({@link GridBuilder}, as for a text layer), but not a cell holding another grid's
     * cell (a frame around a table: its text outside the table is the page's), nor one too small for text.
     */
    static List<int[]> cells(List<Ruling> rulings, float k, BufferedImage page) {
        List<org.goalparse.layout.BBox> boxes = new ArrayList<>();
        for (Grid g : GridBuilder.build(rulings)) {
            for (Grid.GridCell c : g.cells()) {
                boxes.add(c.box());
            }
        }
        List<int[]> out = new ArrayList<>();
        for (org.goalparse.layout.BBox b : boxes) {
            boolean holds = false;
            for (org.goalparse.layout.BBox o : boxes) {
                if (o != b && o.x0() >= b.x0() - 1 && o.x1() <= b.x1() + 1 && o.y0() >= b.y0() - 1
                        && o.y1() <= b.y1() + 1 && (o.x1() - o.x0()) * (o.y1() - o.y0())
                        < (b.x1() - b.x0()) * (b.y1() - b.y0())) {
                    holds = true;
                    break;
                }
            }
            int x0 = Math.max(0, Math.round(b.x0() / k) + 1);
            int y0 = Math.max(0, Math.round(b.y0() / k) + 1);
            int x1 = Math.min(page.getWidth(), Math.round(b.x1() / k) - 1);
            int y1 = Math.min(page.getHeight(), Math.round(b.y1() / k) - 1);
            if (!holds && x1 - x0 >= MIN_CELL && y1 - y0 >= MIN_CELL) {
                out.add(new int[] {x0, y0, x1, y1});
            }
        }
        return out;
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
        java.util.Map<Integer, Integer> ems = OcrWord.medianHeights(words);
        java.util.Set<Integer> stacked = stackedLines(words, ems);
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
            float wordEm = Math.max(1, ems.get(w.line()));
            float lineTop = w.lineTop();
            float lineHeight = w.lineBottom() - w.lineTop();
            if (lineHeight > TALL_LINE * wordEm && stacked.contains(w.line())) {
                // a "line" over n lines of text: the word's slot of it
                float slotHeight = lineHeight / slots(lineHeight, wordEm);
                lineTop += slot(w, wordEm) * slotHeight;
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

    /**
     * The lines whose box holds words of one line's height in two slots or more ({@link #TALL_LINE}): lines of text
     * taken for one. A line box made tall by a few words' boxes reaching down over the next line (Tesseract's
     * Japanese boxes of の, へ, を, 。 sometimes do), its other words all in the top slot, is one line: set by slot,
     * those words would go between this line and the next and the line builder would mix the two.
     */
    private static java.util.Set<Integer> stackedLines(List<OcrWord> words, java.util.Map<Integer, Integer> ems) {
        java.util.Map<Integer, java.util.Set<Integer>> taken = new java.util.HashMap<>();
        for (OcrWord w : words) {
            float wordEm = Math.max(1, ems.get(w.line()));
            float lineHeight = w.lineBottom() - w.lineTop();
            if (lineHeight <= TALL_LINE * wordEm) {
                continue;
            }
            if (w.bottom() - w.top() > ONE_SLOT * (lineHeight / slots(lineHeight, wordEm))) {
                continue; // a box over more than its slot tells nothing of where its line is
            }
            taken.computeIfAbsent(w.line(), l -> new java.util.HashSet<>()).add(slot(w, wordEm));
        }
        java.util.Set<Integer> out = new java.util.HashSet<>();
        taken.forEach((line, used) -> {
            if (used.size() >= 2) {
                out.add(line);
            }
        });
        return out;
    }

    /** How many slots of one word height a line box this tall holds: two at least. */
    private static int slots(float lineHeight, float wordEm) {
        return Math.max(2, Math.round(lineHeight / wordEm));
    }

    /** The slot of its line box a word's centre falls in, counted from 0 at the top. */
    private static int slot(OcrWord w, float wordEm) {
        float lineHeight = w.lineBottom() - w.lineTop();
        int n = slots(lineHeight, wordEm);
        int slot = (int) Math.floor(((w.top() + w.bottom()) / 2f - w.lineTop()) / (lineHeight / n));
        return Math.max(0, Math.min(n - 1, slot));
    }

    /** A word's box up to this many slot heights high lies within one slot of a stacked line box. */
    static final float ONE_SLOT = 1.3f;

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
