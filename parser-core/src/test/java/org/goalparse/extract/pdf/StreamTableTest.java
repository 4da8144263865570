package org.goalparse.extract.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.goalparse.layout.BBox;
import org.junit.jupiter.api.Test;

/** Borderless tables found from the alignment of their lines. */
class StreamTableTest {
    private static final float EM = 9;
    private static final float PITCH = 13;

    private static TextLine line(String text, float x, float y, float width) {
        return new TextLine(text, new BBox(x, y, x + width, y + EM), EM, false, false);
    }

    /** A goal row: the number, then three columns of {@code n} lines each, at x 40 / 80 / 324 / 567. */
    private static float row(List<TextLine> out, int number, float top, int n, float resultsEnd) {
        out.add(line(String.valueOf(number), 40, top, 5));
        for (int i = 0; i < n; i++) {
            float y = top + i * PITCH;
            out.add(line("目標の取組" + number + "-" + i, 80, y, 225));
            out.add(line("実績の内容" + number + "-" + i, 324, y, i == 1 ? resultsEnd - 324 : 225));
            out.add(line("課題と方向" + number + "-" + i, 567, y, 225));
        }
        return top + n * PITCH + 4;
    }

    private static List<List<String>> cells(StreamTable.Found f) {
        return f.rows().stream().map(r -> r.stream().map(c -> String.join("/", c.stream().map(TextLine::text).toList()))
                .toList()).toList();
    }

    @Test
    void aGutterNarrowerThanTheColumnGapPartsColumnsWhereTheirLinesStartAligned() {
        // the results column's second lines run to 562, 5 pt (0.55 em) short of the issues column, whose lines
        // all start at 567
        List<TextLine> lines = new ArrayList<>();
        float y = 60;
        for (int n = 1; n <= 3; n++) {
            y = row(lines, n, y, 3, 562);
        }
        List<StreamTable.Found> found = StreamTable.find(lines);
        assertEquals(1, found.size());
        assertEquals(List.of("1", "目標の取組1-0/目標の取組1-1/目標の取組1-2", "実績の内容1-0/実績の内容1-1/実績の内容1-2",
                "課題と方向1-0/課題と方向1-1/課題と方向1-2"), cells(found.get(0)).get(0));
    }

    @Test
    void aHeaderRepeatedOnThePageHeadsTheTableBelowALineTheBreakCarriedOver() {
        // the header the producer repeats on every page (two lines), then the last line of the row the page break
        // cut (spanning the columns), then the rows of this page
        List<TextLine> lines = new ArrayList<>();
        lines.addAll(header(40));
        lines.add(line("60 手続きできる市役所づくり", 40, 75, 200));
        float y = 95;
        for (int n = 4; n <= 5; n++) {
            y = row(lines, n, y, 3, 549);
        }
        List<StreamTable.Found> found = StreamTable.find(lines);
        assertEquals(1, found.size());
        List<List<String>> cells = cells(found.get(0));
        assertEquals(List.of("No", "当年度目標", "実績", ""), cells.get(0));
        assertEquals(List.of("", "取組み事項", "取組みの成果", "課題・方向性"), cells.get(1));
        assertEquals("4", cells.get(2).get(0));
        assertEquals(lines.size() - 1, found.get(0).members().size(), "the carried-over line stays text");
    }

    @Test
    void aHeaderRepeatingAnEarlierPagesTableHeadsTheTableHoweverFarBelow() {
        // page 1: header and rows; page 2: the header again, then four lines of the row the break carried over
        // (plan references), then this page's rows
        java.util.Set<String> seen = new java.util.HashSet<>();
        List<TextLine> page1 = new ArrayList<>(header(40));
        row(page1, 1, 80, 3, 549);
        assertEquals(1, StreamTable.find(page1, seen).size());
        List<TextLine> page2 = new ArrayList<>(header(40));
        page2.add(line("総合計画", 40, 75, 36));
        page2.add(line("5-1-3 協働によるまちづくり", 40, 91, 200));
        page2.add(line("基本政策", 40, 107, 36));
        page2.add(line("45 新たなつながり", 40, 123, 120));
        row(page2, 2, 145, 3, 549);
        List<StreamTable.Found> found = StreamTable.find(page2, seen);
        assertEquals(1, found.size());
        assertEquals(List.of("No", "当年度目標", "実績", ""), cells(found.get(0)).get(0));
        // on a page of its own, without the earlier page, the header stays text: too far above
        found = StreamTable.find(page2, new java.util.HashSet<>());
        assertEquals("2", cells(found.get(0)).get(0).get(0));
    }

    private static List<TextLine> header(float top) {
        return List.of(line("No", 40, top, 11), line("当年度目標", 80, top, 45), line("実績", 324, top, 18),
                line("取組み事項", 80, top + 16, 45), line("取組みの成果", 324, top + 16, 54),
                line("課題・方向性", 567, top + 16, 54));
    }

    @Test
    void aListsMarkerCutFromItsTextIsJoinedAgainOutsideTables() {
        // a hanging-indent list: 1. before the tab, its text and the wrapped lines at one x
        List<TextLine> lines = List.of(line("1.", 40, 40, 9), line("地域活動の推進", 60, 40, 63),
                line("自治会と連携します。", 60, 53, 90), line("(2)", 40, 70, 14), line("窓口の充実", 60, 70, 45),
                line("9", 300, 90, 5), line("件", 400, 90, 9));
        assertEquals(List.of("1. 地域活動の推進", "自治会と連携します。", "(2) 窓口の充実", "9", "件"),
                PageAssembler.rejoinMarkers(lines).stream().map(TextLine::text).toList(),
                "a figure far from the next text stays apart");
    }
}
