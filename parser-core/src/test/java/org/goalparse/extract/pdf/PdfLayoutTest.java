package org.goalparse.extract.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.goalparse.layout.Block;
import org.goalparse.layout.Cell;
import org.goalparse.layout.Layout;
import org.goalparse.layout.Line;
import org.goalparse.layout.Page;
import org.goalparse.layout.Row;
import org.goalparse.layout.Table;
import org.goalparse.layout.TextBlock;
import org.junit.jupiter.api.Test;

/** Layouts other tools produce, built here with PDFBox: ruled and continued tables, columns, page furniture. */
class PdfLayoutTest {
    private static final float SIZE = 10;
    private static final float LEADING = 13;

    private static Layout extract(TestPdf pdf) throws Exception {
        try (pdf) {
            return new PdfExtractor().extract(pdf.bytes());
        }
    }

    /** {@code n} prose lines about 200 pt wide, each starting with its tag and number. */
    private static String[] prose(String tag, int n) {
        String[] lines = new String[n];
        for (int i = 0; i < n; i++) {
            lines[i] = tag + (i + 1) + " residents and the city office work on shared goals";
        }
        return lines;
    }

    private static List<String> blockTexts(Layout layout) {
        List<String> out = new ArrayList<>();
        for (Page p : layout.pages()) {
            for (Block b : p.blocks()) {
                if (b instanceof TextBlock t) {
                    out.add(String.join("|", t.lines().stream().map(Line::text).toList()));
                }
            }
        }
        return out;
    }

    private static List<String> lines(Layout layout) {
        return layout.pages().stream().flatMap(p -> p.blocks().stream()).filter(TextBlock.class::isInstance)
                .flatMap(b -> ((TextBlock) b).lines().stream()).map(Line::text).toList();
    }

    private static List<Table> tables(Layout layout) {
        return layout.pages().stream().flatMap(p -> p.blocks().stream()).filter(Table.class::isInstance)
                .map(Table.class::cast).toList();
    }

    private static List<String> texts(Row row) {
        return row.cells().stream().map(Cell::text).toList();
    }

    @Test
    void tableRuledWithMoveToLineToKeepsRowsAndCells() throws Exception {
        TestPdf pdf = new TestPdf().page().text(50, 60, 14, "Targets")
                .ruledTable(new float[] {50, 200, 350, 500}, new float[] {80, 100, 120, 140}, new String[][] {
                    {"Indicator", "Baseline", "Target"}, {"Members", "40,070", "41,000"}, {"Events", "29", "35"}});
        Layout layout = extract(pdf);
        List<Table> tables = tables(layout);
        assertEquals(1, tables.size());
        Table t = tables.get(0);
        assertEquals(3, t.rows().size());
        assertEquals(List.of("Indicator", "Baseline", "Target"), texts(t.rows().get(0)));
        assertEquals(List.of("Members", "40,070", "41,000"), texts(t.rows().get(1)));
        assertEquals(List.of(0, 1, 2), t.rows().get(2).cells().stream().map(Cell::column).toList());
        assertEquals(List.of("Targets"), lines(layout));
    }

    @Test
    void tableDrawnAsRectanglesPerCellKeepsRowsAndCells() throws Exception {
        TestPdf pdf = new TestPdf().page();
        String[][] cells = {{"No", "Goal"}, {"1", "Safer streets"}, {"2", "More volunteers"}};
        for (int r = 0; r < 3; r++) {
            pdf.rect(50, 100 + r * 20, 40, 20).rect(90, 100 + r * 20, 300, 20);
            pdf.text(54, 100 + r * 20 + 14, SIZE, cells[r][0]).text(94, 100 + r * 20 + 14, SIZE, cells[r][1]);
        }
        Table t = tables(extract(pdf)).get(0);
        assertEquals(3, t.rows().size());
        assertEquals(List.of("1", "Safer streets"), texts(t.rows().get(1)));
        assertEquals(List.of("2", "More volunteers"), texts(t.rows().get(2)));
    }

    @Test
    void borderlessTwoColumnsAreTwoBlocksLeftFirst() throws Exception {
        TestPdf pdf = new TestPdf().page()
                .paragraph(50, 100, SIZE, LEADING, prose("L", 8))
                .paragraph(310, 100, SIZE, LEADING, prose("R", 8));
        List<String> blocks = blockTexts(extract(pdf));
        assertEquals(2, blocks.size(), blocks.toString());
        assertEquals(String.join("|", prose("L", 8)), blocks.get(0));
        assertEquals(String.join("|", prose("R", 8)), blocks.get(1));
    }

    @Test
    void fullWidthParagraphBetweenColumnRegionsKeepsEachRegionsColumnsApart() throws Exception {
        String wide = "F1 this paragraph spans both columns of the page and is read after the upper columns";
        TestPdf pdf = new TestPdf().page()
                .text(50, 60, 16, "Annual goals of the department")
                .paragraph(50, 100, SIZE, LEADING, prose("A", 5))
                .paragraph(310, 100, SIZE, LEADING, prose("B", 5))
                .paragraph(50, 185, SIZE, LEADING, wide, "F2 and before the lower ones, whatever their height")
                .paragraph(50, 230, SIZE, LEADING, prose("C", 4))
                .paragraph(310, 230, SIZE, LEADING, prose("D", 4));
        List<String> blocks = blockTexts(extract(pdf));
        assertEquals(List.of("Annual goals of the department", String.join("|", prose("A", 5)),
                String.join("|", prose("B", 5)), wide + "|F2 and before the lower ones, whatever their height",
                String.join("|", prose("C", 4)), String.join("|", prose("D", 4))), blocks);
    }

    @Test
    void runningHeaderAndPageNumbersGoHeaderReadOnceOnPageOne() throws Exception {
        TestPdf pdf = new TestPdf();
        for (int p = 1; p <= 3; p++) {
            pdf.page().text(50, 40, 9, "Citizens Department goals 2024")
                    .paragraph(50, 120, SIZE, LEADING, prose("P" + p + "-", 4))
                    .text(285, 815, 9, "- " + p + " -")
                    .text(480, 815, 9, "Page " + p + " of 3");
        }
        Layout layout = extract(pdf);
        List<String> lines = lines(layout);
        assertEquals(1, lines.stream().filter(l -> l.startsWith("Citizens Department")).count(), lines.toString());
        assertEquals("Citizens Department goals 2024", layout.pages().get(0).blocks().stream()
                .map(b -> ((TextBlock) b).lines().get(0).text()).findFirst().orElseThrow());
        assertFalse(lines.stream().anyMatch(l -> l.contains("Page") || l.startsWith("-")), lines.toString());
        assertEquals(12 + 1, lines.size());
        assertEquals(List.of("removed running header 'Citizens Department goals 2024' on 2 pages"), layout.warnings());
    }

    @Test
    void runningFooterTextIsRemovedAndReported() throws Exception {
        TestPdf pdf = new TestPdf();
        for (int p = 1; p <= 3; p++) {
            pdf.page().paragraph(50, 120, SIZE, LEADING, prose("P" + p + "-", 3))
                    .text(50, 815, 8, "Sample City Office").text(500, 815, 8, p + "/3");
        }
        Layout layout = extract(pdf);
        assertEquals(9, lines(layout).size(), lines(layout).toString());
        assertEquals(List.of("removed running footer 'Sample City Office' on 3 pages"), layout.warnings());
    }

    @Test
    void pageNumberAtBottomCentreGoesListMarkersInTheBodyStay() throws Exception {
        TestPdf pdf = new TestPdf().page()
                .text(50, 100, SIZE, "(1) Promote community activities")
                .text(50, 140, SIZE, "(2)")
                .text(80, 140, SIZE, "Support volunteers")
                .text(50, 180, SIZE, "3")
                .text(50, 790, SIZE, "(3) Keep the streets safe at night")
                .text(294, 815, SIZE, "1");
        Layout layout = extract(pdf);
        List<String> lines = lines(layout);
        assertEquals(List.of("(1) Promote community activities", "(2) Support volunteers", "3",
                "(3) Keep the streets safe at night"), lines);
        assertTrue(layout.warnings().isEmpty(), "page numbers go silently");
    }

    @Test
    void tableContinuedOnTheNextPageIsTwoTablesOfTheSameColumnCount() throws Exception {
        float[] xs = {50, 150, 350, 500};
        float[] ys1 = new float[36];
        String[][] rows1 = new String[35][];
        for (int r = 0; r < ys1.length; r++) {
            ys1[r] = 80 + r * 20;
        }
        rows1[0] = new String[] {"No", "Project", "Result"};
        for (int r = 1; r < rows1.length; r++) {
            rows1[r] = new String[] {String.valueOf(r), "Project " + r, r + " events"};
        }
        float[] ys2 = {50, 70, 90, 110};
        String[][] rows2 = {{"35", "Project 35", "35 events"}, {"36", "Project 36", "36 events"},
            {"37", "Project 37", "37 events"}};
        TestPdf pdf = new TestPdf().page().text(50, 60, 14, "Projects").ruledTable(xs, ys1, rows1)
                .page().ruledTable(xs, ys2, rows2).text(50, 140, SIZE, "End of the list");
        Layout layout = extract(pdf);
        List<Table> tables = tables(layout);
        assertEquals(2, tables.size());
        assertEquals(3, tables.get(0).columnCount());
        assertEquals(3, tables.get(1).columnCount());
        assertEquals(35, tables.get(0).rows().size());
        assertEquals(List.of("34", "Project 34", "34 events"), texts(tables.get(0).rows().get(34)));
        Page second = layout.pages().get(1);
        assertTrue(second.blocks().get(0) instanceof Table, "page 2 starts with the table");
        assertEquals(2, tables.get(1).provenance().page());
        assertEquals(List.of("35", "Project 35", "35 events"), texts(tables.get(1).rows().get(0)));
    }

    @Test
    void borderlessTableOfShortAlignedCellsIsATable() throws Exception {
        String[][] rows = {{"Indicator", "Baseline", "Target", "Division"}, {"Members", "40,070", "41,000", "Civic"},
            {"Consultations", "605", "600", "Rights"}, {"Events", "29", "35", "Culture"}};
        TestPdf pdf = new TestPdf().page().text(50, 60, 14, "Key indicators");
        float[] xs = {50, 200, 300, 400};
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < 4; c++) {
                pdf.text(xs[c], 100 + r * 26, SIZE, rows[r][c]);
            }
        }
        pdf.text(200, 100 + 2 * 26 + 12, SIZE, "(2020)"); // a wrapped cell
        pdf.paragraph(50, 230, SIZE, LEADING, "Figures are counted at the end of each fiscal year by the office.");
        Layout layout = extract(pdf);
        List<Table> tables = tables(layout);
        assertEquals(1, tables.size());
        Table t = tables.get(0);
        assertEquals(4, t.rows().size());
        assertEquals(4, t.columnCount());
        assertEquals(List.of("Indicator", "Baseline", "Target", "Division"), texts(t.rows().get(0)));
        assertEquals(List.of("Consultations", "605\n(2020)", "600", "Rights"), texts(t.rows().get(2)));
        assertEquals(List.of("Key indicators", "Figures are counted at the end of each fiscal year by the office."),
                lines(layout));
        assertTrue(layout.pages().get(0).blocks().get(1) instanceof Table, "the table sits between the two lines");
    }

    @Test
    void threeProseColumnsAreTextReadColumnByColumn() throws Exception {
        String[] a = new String[6];
        String[] b = new String[6];
        String[] c = new String[6];
        for (int i = 0; i < 6; i++) {
            a[i] = "A" + (i + 1) + " citizens and the office plan";
            b[i] = "B" + (i + 1) + " volunteers keep streets safe";
            c[i] = "C" + (i + 1) + " culture and exchange grow";
        }
        TestPdf pdf = new TestPdf().page().paragraph(50, 100, SIZE, LEADING, a).paragraph(225, 100, SIZE, LEADING, b)
                .paragraph(400, 100, SIZE, LEADING, c);
        Layout layout = extract(pdf);
        assertEquals(List.of(), tables(layout));
        assertEquals(List.of(String.join("|", a), String.join("|", b), String.join("|", c)), blockTexts(layout));
    }
}
