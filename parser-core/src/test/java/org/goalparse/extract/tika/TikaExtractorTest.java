package org.goalparse.extract.tika;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.goalparse.extract.DocType;
import org.goalparse.extract.Samples;
import org.goalparse.layout.Cell;
import org.goalparse.layout.Layout;
import org.goalparse.layout.LayoutText;
import org.goalparse.layout.Line;
import org.goalparse.layout.Row;
import org.goalparse.layout.Table;
import org.junit.jupiter.api.Test;

class TikaExtractorTest {
    private final TikaExtractor tika = new TikaExtractor();

    @Test
    void xlsxKpiTableHasHeaderAndThirteenRowsOfSevenColumns() throws Exception {
        Layout layout = Samples.extract("isehara-2021-shiminseikatsubu-kpi.xlsx");
        assertEquals(1, layout.pageCount());
        List<Table> tables = Samples.tables(layout);
        assertEquals(1, tables.size());
        Table kpi = tables.get(0);
        assertEquals(14, kpi.rows().size());
        assertEquals(7, kpi.columnCount());
        assertEquals(List.of("事業番号", "主な事業", "事業指標", "現状値", "令和3年度目標値", "令和4年度目標値", "所管課"),
                texts(kpi.rows().get(0)));
        Cell baseline = kpi.rows().get(1).cells().get(3);
        assertEquals(List.of("14,989人", "(令和2年度)"), baseline.lines().stream().map(Line::text).toList());
        assertTrue(Samples.textLines(layout).stream().anyMatch(l -> l.text().startsWith("中期戦略事業プラン")),
                "the merged title row is a caption above the table");
    }

    @Test
    void htmlHeadingsAreBoldLinesWithNominalSizes() throws Exception {
        Layout layout = Samples.extract("isehara-2021-shiminseikatsubu.html");
        assertEquals(null, layout.pageCount());
        List<Line> lines = Samples.textLines(layout);
        Line h1 = lines.get(0);
        assertEquals("令和3年度 市民生活部長の目標宣言", h1.text());
        assertTrue(h1.bold());
        Line policy = lines.stream().filter(l -> l.text().startsWith("1 【交通安全対策")).findFirst().orElseThrow();
        assertTrue(policy.bold());
        assertTrue(h1.fontSize() > policy.fontSize());
        Line body = lines.stream().filter(l -> l.text().startsWith("交通安全対策基本法")).findFirst().orElseThrow();
        assertFalse(body.bold());
        assertTrue(lines.stream().anyMatch(l -> l.text().equals("市民協働課")), "each list item is a line");
        Table kpi = Samples.tables(layout).get(0);
        assertEquals("事業番号", kpi.rows().get(0).cells().get(0).text());
        assertEquals(List.of("14,989人", "(令和2年度)"), kpi.rows().get(1).cells().get(3).lines().stream()
                .map(Line::text).toList(), "<br> splits a cell's lines");
    }

    @Test
    void colspanAndRowspanGiveRealGridColumns() throws Exception {
        String html = "<table><tr><th rowspan=\"2\">No</th><th colspan=\"2\">目標</th><th>実績</th></tr>"
                + "<tr><td>当初</td><td>変更</td><td><p>成果</p><p>課題</p></td></tr></table>";
        Layout layout = tika.extract(html.getBytes(StandardCharsets.UTF_8), DocType.HTML);
        Table t = Samples.tables(layout).get(0);
        List<Cell> second = t.rows().get(1).cells();
        assertEquals(List.of(1, 2, 3), second.stream().map(Cell::column).toList());
        assertEquals(2, t.rows().get(0).cells().get(1).colSpan());
        assertEquals(3, t.rows().get(0).cells().get(2).column());
        assertEquals(List.of("成果", "課題"), second.get(2).lines().stream().map(Line::text).toList());
    }

    @Test
    void orderedListsKeepTheirNumbersUnlessHidden() throws Exception {
        String html = "<ol><li>交通安全</li><li>防犯</li></ol><ol style=\"list-style-type: none\"><li>1 人権</li></ol>";
        List<String> lines = Samples.textLines(tika.extract(html.getBytes(StandardCharsets.UTF_8), DocType.HTML))
                .stream().map(Line::text).toList();
        assertEquals(List.of("1. 交通安全", "2. 防犯", "1 人権"), lines);
    }

    @Test
    void docxKeepsTablesAndCircledNumberParagraphs() throws Exception {
        Layout layout = Samples.extract("hiratsuka-2016-shiminbu.docx");
        String text = LayoutText.render(layout);
        assertTrue(text.contains("部局名 | 市民部"), text);
        assertTrue(text.contains("市民課 | たかなし あけみ / 高梨 明美 | 49"), text);
        assertTrue(Samples.textLines(layout).stream().anyMatch(l -> l.text().startsWith("① 地域力・市民力の向上")));
    }

    @Test
    void legacyExcelGoesThroughTheOfficeParser() throws Exception {
        byte[] xls;
        try (org.apache.poi.hssf.usermodel.HSSFWorkbook wb = new org.apache.poi.hssf.usermodel.HSSFWorkbook();
                java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream()) {
            org.apache.poi.ss.usermodel.Sheet sheet = wb.createSheet("KPI");
            org.apache.poi.ss.usermodel.Row header = sheet.createRow(0);
            header.createCell(0).setCellValue("事業番号");
            header.createCell(1).setCellValue("事業指標");
            org.apache.poi.ss.usermodel.Row data = sheet.createRow(1);
            data.createCell(0).setCellValue("17-101");
            data.createCell(1).setCellValue("くらし安心メール登録者数");
            wb.write(out);
            xls = out.toByteArray();
        }
        Layout layout = Samples.extract("kpi.xls", xls);
        assertEquals("application/x-tika-msoffice", layout.mediaType());
        Table t = Samples.tables(layout).get(0);
        assertEquals(List.of("17-101", "くらし安心メール登録者数"), texts(t.rows().get(1)));
    }

    private static List<String> texts(Row row) {
        return row.cells().stream().map(Cell::text).toList();
    }
}
