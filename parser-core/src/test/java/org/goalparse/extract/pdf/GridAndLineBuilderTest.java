package org.goalparse.extract.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class GridAndLineBuilderTest {

    private static List<Glyph> word(String s, float x, float baseline, float size, float advance) {
        List<Glyph> out = new ArrayList<>();
        for (int i = 0; i < s.length(); i++) {
            float x0 = x + i * advance;
            out.add(new Glyph(String.valueOf(s.charAt(i)), x0, baseline - size * 0.88f, x0 + size, baseline, size,
                    false, false));
        }
        return out;
    }

    @Test
    void adjacentCjkGlyphsJoinRealGapsBecomeOneSpace() {
        List<Glyph> glyphs = new ArrayList<>(word("令和3年度", 100, 200, 10, 10));
        glyphs.addAll(word("目標", 158, 200.5f, 10, 10)); // 8 pt gap: 0.8 em
        List<TextLine> lines = LineBuilder.build(glyphs, List.of());
        assertEquals(List.of("令和3年度 目標"), lines.stream().map(TextLine::text).toList());
    }

    @Test
    void aLongLineSetTightAgainstAFirmGutterIsCutThere() {
        // two columns, the right one starting at x 300 on every row; the left column's lines end at 255-270, but
        // the third runs to 291: 9 pt (0.9 em) short of the right column, under the one-em river
        List<Glyph> glyphs = new ArrayList<>();
        String[] left = {"地域の活動を支", "援します。", "協働事業の提案制度を見直", "ます。", "説明会を開き"};
        for (int row = 0; row < left.length; row++) {
            float baseline = 100 + row * 14;
            float x = row == 2 ? 291 - left[row].length() * 10 : 180;
            glyphs.addAll(word(left[row], x, baseline, 10, 10));
            glyphs.addAll(word("実績を記す", 300, baseline, 10, 10));
        }
        List<TextLine> lines = LineBuilder.build(glyphs, List.of());
        assertEquals(List.of("地域の活動を支", "実績を記す", "援します。", "実績を記す", "協働事業の提案制度を見直", "実績を記す",
                "ます。", "実績を記す", "説明会を開き", "実績を記す"), lines.stream().map(TextLine::text).toList());
    }

    @Test
    void aCellLineSetPastItsEdgeHalfAnEmFromTheNextColumnIsCutThereButLatinIsNot() {
        // the left column's lines end at 250 and the right column starts at 300 on every row; the third left line
        // runs on to 294 (a cell's line set past its edge): 0.6 em before the right column, under the 0.75 em
        // asked of other glyphs, enough between two CJK glyphs, which touch in running text
        List<Glyph> glyphs = new ArrayList<>();
        for (int row = 0; row < 5; row++) {
            float baseline = 100 + row * 14;
            String left = row == 2 ? "拠点施設の準備を進める地区センター" : "地域の活動を支える";
            float x = row == 2 ? 294 - left.length() * 10 : 160;
            glyphs.addAll(word(left, x, baseline, 10, 10));
            glyphs.addAll(word(row == 2 ? "AB" : "実績を記す", 300, baseline, 10, 10));
        }
        List<String> lines = LineBuilder.build(glyphs, List.of()).stream().map(TextLine::text).toList();
        assertEquals("拠点施設の準備を進める地区センターAB", lines.get(4), "a Latin glyph needs the wider gap");
        glyphs.removeIf(g -> g.text().equals("A") || g.text().equals("B"));
        glyphs.addAll(word("開設の工事", 300, 128, 10, 10));
        lines = LineBuilder.build(glyphs, List.of()).stream().map(TextLine::text).toList();
        assertEquals(List.of("拠点施設の準備を進める地区センター", "開設の工事"), lines.subList(4, 6));
    }

    @Test
    void aFullWidthBulletOpeningTheNextColumnHalfAnEmAwayIsCutLikeAnIdeograph() {
        // the right column's cells open with ○ (U+25CB, below the CJK block, full width like an ideograph); the
        // third left line runs on to 294, 0.6 em before it
        List<Glyph> glyphs = new ArrayList<>();
        for (int row = 0; row < 5; row++) {
            float baseline = 100 + row * 14;
            String left = row == 2 ? "講座を開きました。また、" : "地域の活動を支える";
            float x = row == 2 ? 294 - left.length() * 10 : 160;
            glyphs.addAll(word(left, x, baseline, 10, 10));
            glyphs.addAll(word(row == 2 ? "○相談の窓口" : "実績を記す", 300, baseline, 10, 10));
        }
        List<String> lines = LineBuilder.build(glyphs, List.of()).stream().map(TextLine::text).toList();
        assertEquals(List.of("講座を開きました。また、", "○相談の窓口"), lines.subList(4, 6));
    }

    @Test
    void aCommaHangingPastItsCellsEdgeCountsItsInkNotItsBox() {
        // 、 set hanging (ぶら下げ) past the cell's edge: its box ends 4 pt (0.4 em) before the next column, under
        // the half em asked of two CJK glyphs; its ink, the box's left half, ends 9 pt before
        List<Glyph> glyphs = new ArrayList<>();
        for (int row = 0; row < 5; row++) {
            float baseline = 100 + row * 14;
            String left = row == 2 ? "応募団体数:12団体、" : "地域の活動を支える";
            float x = row == 2 ? 296 - left.length() * 10 : 160;
            glyphs.addAll(word(left, x, baseline, 10, 10));
            glyphs.addAll(word(row == 2 ? "○講座を開き" : "実績を記す", 300, baseline, 10, 10));
        }
        List<String> lines = LineBuilder.build(glyphs, List.of()).stream().map(TextLine::text).toList();
        assertEquals(List.of("応募団体数:12団体、", "○講座を開き"), lines.subList(4, 6));
        // an ideograph's box that close is no gap
        glyphs.removeIf(g -> g.text().equals("、"));
        glyphs.addAll(word("等", 286, 128, 10, 10));
        lines = LineBuilder.build(glyphs, List.of()).stream().map(TextLine::text).toList();
        assertEquals("応募団体数:12団体等○講座を開き", lines.get(4));
    }

    @Test
    void aNumberAloneInItsColumnIsCutFromTheGoalBesideIt() {
        // a borderless table's No column: the header No, then a goal's number 15 pt (1.5 em) before its title,
        // whose wrapped lines start at the title's x (glyph boxes are an em wide)
        List<Glyph> glyphs = new ArrayList<>(word("No", 100, 100, 10, 5));
        glyphs.addAll(word("当年度目標", 125, 100, 10, 10));
        glyphs.addAll(word("1", 100, 114, 10, 5));
        glyphs.addAll(word("地域自治の推進", 125, 114, 10, 10));
        glyphs.addAll(word("自治会を支えます。", 125, 128, 10, 10));
        glyphs.addAll(word("説明会を開きます。", 125, 142, 10, 10));
        List<String> lines = LineBuilder.build(glyphs, List.of()).stream().map(TextLine::text).toList();
        assertEquals(List.of("1", "地域自治の推進"), lines.subList(2, 4), lines::toString);
        // a number closer than that stays with its text
        glyphs.removeIf(g -> g.text().equals("1"));
        glyphs.addAll(word("1", 107, 114, 10, 5));
        lines = LineBuilder.build(glyphs, List.of()).stream().map(TextLine::text).toList();
        assertEquals("1 地域自治の推進", lines.get(2), lines::toString);
    }

    @Test
    void aCellsLastLineOfOneIdeographIsCutFromTheLineBesideItOnlyWhereTheColumnIsFirm() {
        // 発, the last character of a right cell's word (啓 / 発), alone on its line 0.9 em from the left column's
        // line; every row around starts the right column at 300 after empty space
        List<Glyph> glyphs = new ArrayList<>();
        for (int row = 0; row < 5; row++) {
            float baseline = 100 + row * 14;
            glyphs.addAll(word(row == 2 ? "法律相談を始めとした各種相" : "相談事業の充実", row == 2 ? 161 : 200, baseline, 10, 10));
            glyphs.addAll(word(row == 2 ? "発" : "周知と啓", 300, baseline, 10, 10));
        }
        List<String> lines = LineBuilder.build(glyphs, List.of()).stream().map(TextLine::text).toList();
        assertEquals(List.of("法律相談を始めとした各種相", "発"), lines.subList(4, 6));
        // a mark alone (a stray stop) stays in its line
        glyphs.removeIf(g -> g.text().equals("発"));
        glyphs.addAll(word("。", 300, 128, 10, 10));
        lines = LineBuilder.build(glyphs, List.of()).stream().map(TextLine::text).toList();
        assertEquals("法律相談を始めとした各種相 。", lines.get(4));
    }

    @Test
    void aHeaderRowFindsTheColumnStartsOfTallBodyRowsBelowIt() {
        // a borderless table: a narrow number column (事業番 / 号, its header wrapped) 16 pt (1.6 em) from the name
        // column; each body row three lines tall (the third column wraps), so the second body row is 8 em below
        // the header, out of reach of the rows looked at for a narrower gap
        List<Glyph> glyphs = new ArrayList<>(word("事業番", 100, 100, 10, 10));
        glyphs.addAll(word("主な事業", 146, 100, 10, 10));
        glyphs.addAll(word("号", 100, 113, 10, 10));
        for (int row = 0; row < 2; row++) {
            float baseline = 130 + row * 50;
            glyphs.addAll(word("17-10" + row, 100, baseline, 10, 5));
            glyphs.addAll(word("防犯活動事業", 146, baseline, 10, 10));
            glyphs.addAll(word("市民協働課", 240, baseline, 10, 10));
            glyphs.addAll(word("交通防犯", 240, baseline + 13, 10, 10));
            glyphs.addAll(word("担当", 240, baseline + 26, 10, 10));
        }
        List<String> lines = LineBuilder.build(glyphs, List.of()).stream().map(TextLine::text).toList();
        assertEquals(List.of("事業番", "主な事業", "号"), lines.subList(0, 3));
    }

    @Test
    void aHeaderRowAboveASingleBodyRowIsCutWhereItsColumnStartsAndNoRowRunsAcross() {
        // the last page of a table: its header (a 1.3 em gap) and one body row; a running header in 7 pt runs
        // across above, and is not looked at
        List<Glyph> glyphs = new ArrayList<>(word("令和3年度 市民生活部の目標", 150, 30, 7, 7));
        glyphs.addAll(word("令和4年度目", 100, 100, 10, 10));
        glyphs.addAll(word("所管課", 173, 100, 10, 10));
        glyphs.addAll(word("標値", 100, 113, 10, 10));
        glyphs.addAll(word("15%", 100, 140, 10, 5));
        glyphs.addAll(word("戸籍住民課", 173, 140, 10, 10));
        List<String> lines = LineBuilder.build(glyphs, List.of()).stream().map(TextLine::text).toList();
        assertEquals(List.of("令和3年度 市民生活部の目標", "令和4年度目", "所管課", "標値", "15%", "戸籍住民課"), lines);
    }

    @Test
    void aWideGapStaysInItsLineWhereARowAroundRunsTextAcross() {
        // one row below starts a glyph at the gap's far side, but the prose row above runs across it
        List<Glyph> glyphs = new ArrayList<>(word("市民の皆さまと協力して推進します", 100, 86, 10, 10));
        glyphs.addAll(word("令和4年度目", 100, 100, 10, 10));
        glyphs.addAll(word("所管課", 173, 100, 10, 10));
        glyphs.addAll(word("15%", 100, 120, 10, 5));
        glyphs.addAll(word("戸籍住民課", 173, 120, 10, 10));
        List<String> lines = LineBuilder.build(glyphs, List.of()).stream().map(TextLine::text).toList();
        assertEquals("令和4年度目 所管課", lines.get(1));
    }

    @Test
    void aGapUnderOneEmWithoutAnAlignedColumnAroundIsASpace() {
        List<Glyph> glyphs = new ArrayList<>(word("講演会の開催", 100, 200, 10, 10));
        glyphs.addAll(word("3回", 169, 200, 10, 10)); // 9 pt gap, no other row
        List<TextLine> lines = LineBuilder.build(glyphs, List.of());
        assertEquals(List.of("講演会の開催 3回"), lines.stream().map(TextLine::text).toList());
    }

    @Test
    void aRulingBetweenGlyphsSplitsTheLine() {
        List<Glyph> glyphs = new ArrayList<>(word("実施", 100, 200, 10, 10));
        glyphs.addAll(word("成果", 123, 200, 10, 10));
        List<TextLine> lines = LineBuilder.build(glyphs, List.of(new Ruling(false, 121.5f, 180, 220)));
        assertEquals(List.of("実施", "成果"), lines.stream().map(TextLine::text).toList());
    }

    @Test
    void onlyVerticalRulingsThatCrossTheLineSplitIt() {
        // glyph centres at 105, 115, ... 155; rulings given out of order, one of them beside the line (y 0-50),
        // one on the left of every glyph, two horizontals
        List<Glyph> glyphs = word("市民活動支援", 100, 200, 10, 10);
        List<Ruling> rulings = List.of(new Ruling(false, 141f, 180, 220), new Ruling(true, 190f, 0, 400),
                new Ruling(false, 121f, 0, 50), new Ruling(false, 111f, 185, 215), new Ruling(false, 90f, 0, 400),
                new Ruling(true, 230f, 0, 400));
        List<TextLine> lines = LineBuilder.build(glyphs, rulings);
        assertEquals(List.of("市", "民活動", "支援"), lines.stream().map(TextLine::text).toList());
    }

    @Test
    void missingInnerRulingsMergeSlotsIntoSpanningCells() {
        // 3 columns x 2 rows; the top row has no inner verticals: one cell spanning three columns.
        List<Ruling> rulings = List.of(
                new Ruling(true, 100, 50, 350), new Ruling(true, 120, 50, 350), new Ruling(true, 140, 50, 350),
                new Ruling(false, 50, 100, 140), new Ruling(false, 350, 100, 140),
                new Ruling(false, 150, 120, 140), new Ruling(false, 250, 120, 140));
        List<Grid> grids = GridBuilder.build(rulings);
        assertEquals(1, grids.size());
        Grid g = grids.get(0);
        assertEquals(4, g.cells().size());
        Grid.GridCell title = g.cells().get(0);
        assertEquals(3, title.colSpan());
        assertEquals(List.of(0, 1, 2), g.cells().subList(1, 4).stream().map(Grid.GridCell::column).toList());
    }

    @Test
    void separateBoxesAreSeparateGrids() {
        List<Ruling> rulings = List.of(
                new Ruling(true, 100, 50, 150), new Ruling(true, 130, 50, 150),
                new Ruling(false, 50, 100, 130), new Ruling(false, 100, 100, 130), new Ruling(false, 150, 100, 130),
                new Ruling(true, 300, 50, 150), new Ruling(true, 330, 50, 150),
                new Ruling(false, 50, 300, 330), new Ruling(false, 150, 300, 330));
        List<Grid> grids = GridBuilder.build(rulings);
        assertEquals(2, grids.size());
        assertEquals(2, grids.get(0).cells().size());
        assertEquals(1, grids.get(1).cells().size());
    }
}
