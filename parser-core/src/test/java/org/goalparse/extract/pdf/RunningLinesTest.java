package org.goalparse.extract.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.goalparse.layout.BBox;
import org.junit.jupiter.api.Test;

class RunningLinesTest {
    private static final float H = 842;

    private static TextLine line(String text, float x, float top) {
        return new TextLine(text, new BBox(x, top, x + text.length() * 10.5f, top + 10.5f), 10.5f, false, false);
    }

    private static List<String> texts(List<TextLine> lines) {
        return lines.stream().map(TextLine::text).toList();
    }

    @Test
    void headerWithTheYearRecursAndIsKeptOnlyOnPageOne() {
        List<RunningLines.PageLines> pages = new ArrayList<>();
        for (int p = 1; p <= 4; p++) {
            pages.add(new RunningLines.PageLines(H, List.of(line("令和" + (p < 3 ? 4 : 5) + "年度 市民生活部", 300, 30),
                    line("市民生活部の目標", 60, 120), line("－" + p + "－", 290, 805)), List.of()));
        }
        RunningLines.Result r = RunningLines.strip(pages);
        assertEquals(List.of("令和4年度 市民生活部", "市民生活部の目標"), texts(r.pages().get(0)));
        assertEquals(List.of("市民生活部の目標"), texts(r.pages().get(3)));
        assertEquals(List.of("removed running header '令和4年度 市民生活部' on 3 pages"), r.warnings());
        assertEquals(List.of(1, 2, 3, 4), r.printed(), "each page's printed number is kept aside");
    }

    @Test
    void aHeaderRepeatingTheTitleGoesEverywhereAndTheTitleBelowItStays() {
        // ReportLab and word processors print the header above the frame; page 1's title sits lower, still in the band
        List<RunningLines.PageLines> pages = new ArrayList<>();
        for (int p = 1; p <= 3; p++) {
            List<TextLine> lines = new ArrayList<>(List.of(line("市民生活部組織目標", 400, 24)));
            if (p == 1) {
                lines.add(line("市民生活部組織目標", 40, 52));
            }
            lines.add(line("本文の行", 40, 300));
            pages.add(new RunningLines.PageLines(H, lines, List.of()));
        }
        RunningLines.Result r = RunningLines.strip(pages);
        assertEquals(List.of("市民生活部組織目標", "本文の行"), texts(r.pages().get(0)));
        assertEquals(40f, r.pages().get(0).get(0).box().x0(), "page 1 keeps its title, not the header");
        assertEquals(List.of("本文の行"), texts(r.pages().get(1)));
        assertEquals(List.of("本文の行"), texts(r.pages().get(2)));
        assertEquals(List.of("removed running header '市民生活部組織目標' on 3 pages"), r.warnings());
    }

    @Test
    void textRecurringOnFewPagesOrOutsideTheBandsStays() {
        List<RunningLines.PageLines> pages = new ArrayList<>();
        for (int p = 1; p <= 5; p++) {
            List<TextLine> lines = new ArrayList<>(List.of(line("重点方針", 60, 300)));
            if (p <= 2) {
                lines.add(line("参考資料", 60, 40));
            }
            pages.add(new RunningLines.PageLines(H, lines, List.of()));
        }
        RunningLines.Result r = RunningLines.strip(pages);
        assertEquals(List.of("重点方針", "参考資料"), texts(r.pages().get(0)));
        assertEquals(List.of("重点方針"), texts(r.pages().get(4)));
        assertEquals(List.of(), r.warnings());
        assertEquals(java.util.Arrays.asList(null, null, null, null, null), r.printed(), "no page-number line");
    }

    @Test
    void aNumberBesideTextOrInsideATableStays() {
        TextLine marker = line("3", 60, 790);
        TextLine item = line("交通安全対策の推進", 100, 790);
        TextLine cell = line("2", 300, 20);
        BBox table = new BBox(50, 10, 500, 60);
        RunningLines.Result r = RunningLines.strip(List.of(
                new RunningLines.PageLines(H, List.of(cell, marker, item, line("1", 295, 810)), List.of(table))));
        assertEquals(List.of("2", "3", "交通安全対策の推進"), texts(r.pages().get(0)));
    }
}
