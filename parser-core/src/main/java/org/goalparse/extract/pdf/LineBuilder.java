package org.goalparse.extract.pdf;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import org.goalparse.layout.BBox;

/**
 * Glyphs -> lines: glyphs whose baselines agree (within a third of the font size) form a row; a row is cut
 * into separate lines wherever a vertical ruling passes between two glyphs or the gap is wider than two em
 * (side-by-side columns, table cells), or wider than one em where the rows around start a column at the
 * same x (a borderless table's narrow gutter; down to three quarters of an em where they agree firmly). Within a line, a space is written where the source has a space glyph
 * or a real gap (over 0.6 em; over 0.15 em between two Latin letters or digits), never between merely
 * adjacent CJK glyphs.
 */
final class LineBuilder {
    static final float COLUMN_GAP_EM = 2.0f;
    /** A narrower gap parts columns only where the neighbouring rows start a column at the same x. */
    static final float RIVER_GAP_EM = 1.0f;
    /** From this many ems, one aligned row is enough where no row around runs text across. */
    static final float WIDE_RIVER_GAP_EM = 1.25f;
    /**
     * Narrower still (a long line of a column set tight against its gutter) only where the rows around agree
     * more firmly: three at least start a column at the same x and none runs text across.
     */
    static final float TIGHT_RIVER_GAP_EM = 0.75f;
    /**
     * Between two CJK glyphs, which touch wherever they run on in one line, half an em is a gap too on the same
     * firm agreement (a cell's line set past the cell's edge, up to the next column's start).
     */
    static final float CJK_RIVER_GAP_EM = 0.5f;
    /** The rows looked at around such a gap: this many either side, within this many ems. */
    static final int NEIGHBOUR_ROWS = 5;
    static final float NEIGHBOUR_EM = 6f;
    static final float SPACE_GAP_EM = 0.6f;
    static final float LATIN_SPACE_GAP_EM = 0.15f;

    private static final Comparator<Ruling> BY_POS = (a, b) -> Float.compare(a.pos(), b.pos());
    private static final Comparator<Glyph> BY_X = (a, b) -> Float.compare(a.x0(), b.x0());
    private static final Comparator<Glyph> BY_BASELINE_THEN_X = (a, b) -> {
        int c = Float.compare(a.baseline(), b.baseline());
        return c != 0 ? c : Float.compare(a.x0(), b.x0());
    };

    private LineBuilder() {
    }

    static List<TextLine> build(List<Glyph> glyphs, List<Ruling> rulings) {
        List<Glyph> sorted = new ArrayList<>(glyphs);
        sorted.sort(BY_BASELINE_THEN_X);
        Ruling[] verticals = rulings.stream().filter(r -> !r.horizontal()).sorted(BY_POS).toArray(Ruling[]::new);
        List<List<Glyph>> rows = new ArrayList<>();
        List<Glyph> row = new ArrayList<>();
        float anchor = 0;
        for (Glyph g : sorted) {
            if (!row.isEmpty() && Math.abs(g.baseline() - anchor) > 0.33f * Math.min(g.fontSize(), row.get(0).fontSize())) {
                rows.add(row);
                row = new ArrayList<>();
            }
            if (row.isEmpty()) {
                anchor = g.baseline();
            }
            row.add(g);
        }
        if (!row.isEmpty()) {
            rows.add(row);
        }
        rows.forEach(r -> r.sort(BY_X));
        List<TextLine> lines = new ArrayList<>();
        for (int i = 0; i < rows.size(); i++) {
            splitRow(rows, i, verticals, lines);
        }
        return lines;
    }

    private static void splitRow(List<List<Glyph>> rows, int index, Ruling[] verticals, List<TextLine> out) {
        List<Glyph> row = rows.get(index);
        List<Glyph> segment = new ArrayList<>();
        Glyph prev = null;
        int inSegment = 0;
        for (int k = 0; k < row.size(); k++) {
            Glyph g = row.get(k);
            if (g.isSpace()) {
                segment.add(g);
                continue;
            }
            if (prev != null && (breaksBetween(prev, g, verticals)
                    || ((inSegment >= 2 || loneNumber(segment, prev, g)) && alignedColumnStarts(rows, index, k, prev, g)))) {
                emit(segment, out);
                segment = new ArrayList<>();
                inSegment = 0;
            }
            segment.add(g);
            inSegment++;
            prev = g;
        }
        emit(segment, out);
    }

    /**
     * A gap narrower than a column gap (over {@link #RIVER_GAP_EM} ems, under {@link #COLUMN_GAP_EM}) still
     * parts two columns of a borderless table or a two-column page when text at least two glyphs long
     * follows and more of the rows around (two at least) have empty space before a glyph that starts at the
     * same x than have text running across: an aligned column start, which running text does not have.
     * From {@link #WIDE_RIVER_GAP_EM} ems, the rows looked at pass over those with nothing at that x (a
     * header's wrapped second line, a tall cell's other lines), so that a header row finds the body rows
     * below it however tall they are: one aligned row is enough there when none runs text across, and two on
     * one side when none on that side does (a table's first row under prose).
     */
    private static boolean alignedColumnStarts(List<List<Glyph>> rows, int index, int k, Glyph a, Glyph b) {
        float em = Math.max(a.fontSize(), b.fontSize());
        float gap = b.x0() - a.x1() + (hangs(a) ? 0.5f * (a.x1() - a.x0()) : 0);
        float least = cjk(a) && cjk(b) ? CJK_RIVER_GAP_EM : TIGHT_RIVER_GAP_EM;
        boolean lone = !hasGlyphsAfter(rows.get(index), k, 2);
        if (gap < least * em || lone && !word(b)) {
            return false;
        }
        int[] near = neighbours(rows, index, b, em, false);
        int agree = near[0] + near[2];
        int disagree = near[1] + near[3];
        if (gap < RIVER_GAP_EM * em || lone) {
            return agree >= 3 && disagree == 0;
        }
        if (agree >= 2 && agree > disagree) {
            return true;
        }
        if (gap < WIDE_RIVER_GAP_EM * em) {
            return false;
        }
        int[] far = neighbours(rows, index, b, em, true);
        agree = far[0] + far[2];
        disagree = far[1] + far[3];
        return agree >= 1 && disagree == 0 || far[0] >= 2 && far[1] == 0 || far[2] >= 2 && far[3] == 0;
    }

    /**
     * Rows above and below row {@code index} that start a glyph at b's x after empty space (agree) or run text
     * across it (disagree): {agree above, disagree above, agree below, disagree below}. Up to
     * {@link #NEIGHBOUR_ROWS} rows each side within {@link #NEIGHBOUR_EM} ems; with {@code skipSilent}, rows with
     * nothing there are passed over, count for nothing, and the distance runs from the last row counted; text in
     * another size (a running header, a footnote) is not looked at then.
     */
    private static int[] neighbours(List<List<Glyph>> rows, int index, Glyph b, float em, boolean skipSilent) {
        int[] out = new int[4];
        for (int dir = -1; dir <= 1; dir += 2) {
            int seen = 0;
            float from = b.baseline();
            for (int j = index + dir; j >= 0 && j < rows.size() && seen < NEIGHBOUR_ROWS; j += dir) {
                List<Glyph> other = rows.get(j);
                if (Math.abs(other.get(0).baseline() - from) > NEIGHBOUR_EM * em) {
                    break;
                }
                boolean startsHere = false;
                boolean stripEmpty = true;
                for (Glyph g : other) {
                    if (g.isSpace() || skipSilent && Math.abs(g.fontSize() - b.fontSize()) > 0.2f * b.fontSize()) {
                        continue;
                    }
                    if (Math.abs(g.x0() - b.x0()) <= 0.3f * em) {
                        startsHere = true;
                    }
                    if (g.x1() > b.x0() - 0.5f * em && g.x0() < b.x0() - 0.05f * em) {
                        stripEmpty = false;
                    }
                }
                int side = dir < 0 ? 0 : 2;
                if (startsHere && stripEmpty) {
                    out[side]++;
                } else if (!stripEmpty) {
                    out[side + 1]++;
                } else if (skipSilent) {
                    continue;
                }
                seen++;
                if (skipSilent) {
                    from = other.get(0).baseline();
                }
            }
        }
        return out;
    }

    /**
     * Glyphs set solid in Japanese text, touching their neighbours: ideographs, kana and CJK punctuation (U+3000
     * up), and the full-width marks that open or fill its lines (○ ■ ◆ ① → ※, U+2190 to U+2BFF and U+203B).
     */
    private static boolean cjk(Glyph g) {
        if (g.text().isEmpty()) {
            return false;
        }
        int cp = g.text().codePointAt(0);
        return cp >= 0x3000 || cp >= 0x2190 && cp < 0x2C00 || cp == 0x203B;
    }

    /**
     * A full-width comma or full stop (、。，．), whose ink fills only the left half of its box: set hanging past
     * a cell's edge (ぶら下げ), its box reaches into the gutter, its ink does not.
     */
    private static boolean hangs(Glyph g) {
        return g.text().length() == 1 && "、。，．".indexOf(g.text().charAt(0)) >= 0;
    }

    /** An ideograph or a kana: a glyph that can stand alone as a cell's last line (発 of 啓発), unlike a mark. */
    private static boolean word(Glyph g) {
        if (g.text().isEmpty()) {
            return false;
        }
        int cp = g.text().codePointAt(0);
        Character.UnicodeScript s = Character.UnicodeScript.of(cp);
        return s == Character.UnicodeScript.HAN || s == Character.UnicodeScript.HIRAGANA || s == Character.UnicodeScript.KATAKANA;
    }

    /**
     * One digit alone before a gap of {@link #WIDE_RIVER_GAP_EM} ems or more: a table's number column (No) beside
     * the goal's text, which may be cut there like two glyphs or more (a list's number cut from its text at the tab
     * is joined again where no table is found: {@code PageAssembler.rejoinMarkers}).
     */
    private static boolean loneNumber(List<Glyph> segment, Glyph a, Glyph b) {
        return segment.stream().filter(x -> !x.isSpace()).count() == 1 && a.text().length() == 1
                && Character.isDigit(a.text().charAt(0))
                && b.x0() - a.x1() >= WIDE_RIVER_GAP_EM * Math.max(a.fontSize(), b.fontSize());
    }

    private static boolean hasGlyphsAfter(List<Glyph> row, int k, int n) {
        int count = 0;
        for (int i = k; i < row.size() && count < n; i++) {
            count += row.get(i).isSpace() ? 0 : 1;
        }
        return count >= n;
    }

    /** {@code verticals} sorted by position: only those strictly between the two glyphs' centres are looked at. */
    private static boolean breaksBetween(Glyph a, Glyph b, Ruling[] verticals) {
        float em = Math.max(a.fontSize(), b.fontSize());
        if (b.x0() - a.x1() > COLUMN_GAP_EM * em) {
            return true;
        }
        float from = (a.x0() + a.x1()) / 2;
        float to = (b.x0() + b.x1()) / 2;
        float y = (a.centerY() + b.centerY()) / 2;
        for (int i = firstAfter(verticals, from); i < verticals.length && verticals[i].pos() < to; i++) {
            if (verticals[i].covers(y, 1f)) {
                return true;
            }
        }
        return false;
    }

    /** The index of the first ruling whose position is greater than {@code x} (binary search). */
    private static int firstAfter(Ruling[] sorted, float x) {
        int lo = 0;
        int hi = sorted.length;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (sorted[mid].pos() > x) {
                hi = mid;
            } else {
                lo = mid + 1;
            }
        }
        return lo;
    }

    private static void emit(List<Glyph> segment, List<TextLine> out) {
        StringBuilder sb = new StringBuilder();
        Glyph prev = null;
        boolean pendingSpace = false;
        float x0 = Float.MAX_VALUE;
        float y0 = Float.MAX_VALUE;
        float x1 = -Float.MAX_VALUE;
        float y1 = -Float.MAX_VALUE;
        int boldChars = 0;
        int gothicChars = 0;
        int chars = 0;
        float[] sizes = new float[4];
        int[] sizeChars = new int[4];
        int distinctSizes = 0;
        for (Glyph g : segment) {
            if (g.isSpace()) {
                pendingSpace = prev != null;
                continue;
            }
            if (prev != null && (pendingSpace || gapIsSpace(prev, g))) {
                sb.append(' ');
            }
            pendingSpace = false;
            sb.append(g.text());
            x0 = Math.min(x0, g.x0());
            y0 = Math.min(y0, g.top());
            x1 = Math.max(x1, g.x1());
            y1 = Math.max(y1, g.bottom());
            int n = g.text().length();
            chars += n;
            boldChars += g.bold() ? n : 0;
            gothicChars += g.gothic() ? n : 0;
            float rounded = Math.round(g.fontSize() * 2) / 2f;
            int k = 0;
            while (k < distinctSizes && sizes[k] != rounded) {
                k++;
            }
            if (k == distinctSizes) {
                if (k == sizes.length) {
                    sizes = Arrays.copyOf(sizes, k * 2);
                    sizeChars = Arrays.copyOf(sizeChars, k * 2);
                }
                sizes[k] = rounded;
                distinctSizes++;
            }
            sizeChars[k] += n;
            prev = g;
        }
        if (chars == 0) {
            return;
        }
        int most = 0; // the size most characters are set in; on a tie, the one met first
        for (int k = 1; k < distinctSizes; k++) {
            if (sizeChars[k] > sizeChars[most]) {
                most = k;
            }
        }
        float size = sizes[most];
        out.add(new TextLine(sb.toString(), new BBox(x0, y0, x1, y1), size, boldChars * 2 > chars,
                gothicChars * 2 > chars));
    }

    private static boolean gapIsSpace(Glyph a, Glyph b) {
        float gap = b.x0() - a.x1();
        float em = Math.max(a.fontSize(), b.fontSize());
        if (gap > SPACE_GAP_EM * em) {
            return true;
        }
        return isLatin(a.text().charAt(a.text().length() - 1)) && isLatin(b.text().charAt(0))
                && gap > LATIN_SPACE_GAP_EM * em;
    }

    private static boolean isLatin(char c) {
        return c < 0x0250 && Character.isLetterOrDigit(c);
    }
}
