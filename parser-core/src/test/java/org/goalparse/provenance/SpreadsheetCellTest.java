package org.goalparse.provenance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.apache.poi.ss.util.CellReference;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.goalparse.GoalParser;
import org.goalparse.extract.Samples;
import org.goalparse.model.GoalDocument;
import org.goalparse.model.Origin;
import org.goalparse.source.Source;
import org.junit.jupiter.api.Test;

/** A workbook's values carry the A1 address of the cell they were read from, checked against the workbook itself. */
class SpreadsheetCellTest {
    private static final GoalParser PARSER = GoalParser.builder().build().withProvenance(true);

    @Test
    void everyAddressedValueIsInItsCell() throws Exception {
        String name = "isehara-2021-shiminseikatsubu-kpi.xlsx";
        byte[] bytes = Samples.bytes(name);
        GoalDocument doc = PARSER.parseAll(Source.of(name, bytes)).get(0);
        List<String> wrong = new ArrayList<>();
        int addressed = inCells(doc, bytes, wrong);
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
        assertTrue(addressed >= 100, "the indicators' cells are addressed: " + addressed);
        assertEquals("E3", doc.provenance().get("/indicators/0/targets/0/text").cell(), "the first row's target");
    }

    @Test
    void emptyRowsAndColumnsDoNotShiftTheAddresses() throws Exception {
        // a title, an empty row, the header from column B, an empty row again, then the rows (invented content)
        byte[] bytes;
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet s = wb.createSheet("目標値");
            s.createRow(0).createCell(0).setCellValue("令和6年度 若葉市 市民部 主な事業の目標値");
            String[][] rows = {{"事業番号", "主な事業", "事業指標", "現状値", "令和6年度目標値", "所管課"},
                    {"11-101", "見守り推進事業", "見守り協力員の数", "120人", "150人", "地域福祉課"},
                    {"11-102", "防災訓練事業", "訓練の参加者数", "800人", "1,000人", "防災課"}};
            int[] at = {2, 4, 5};
            for (int r = 0; r < rows.length; r++) {
                org.apache.poi.ss.usermodel.Row row = s.createRow(at[r]);
                for (int c = 0; c < rows[r].length; c++) {
                    row.createCell(c + 1).setCellValue(rows[r][c]);
                }
            }
            wb.write(out);
            bytes = out.toByteArray();
        }
        GoalDocument doc = PARSER.parseAll(Source.of("kpi.xlsx", bytes)).get(0);
        List<String> wrong = new ArrayList<>();
        int addressed = inCells(doc, bytes, wrong);
        assertTrue(wrong.isEmpty(), String.join("\n", wrong));
        assertTrue(addressed > 0, "values are addressed");
        Map<String, Origin> p = doc.provenance();
        assertEquals("B5", p.get("/indicators/0/id").cell(), () -> p.toString());
        assertEquals("F6", p.get("/indicators/1/targets/0/text").cell());
        assertNull(p.get("/fiscalYear/text").cell(), "a title outside the table has no address");
    }

    /** The number of values with an address; each whose cell does not hold it is added to {@code wrong}. */
    private static int inCells(GoalDocument doc, byte[] bytes, List<String> wrong) throws Exception {
        Map<String, JsonNode> values = Values.of(doc);
        DataFormatter format = new DataFormatter();
        int n = 0;
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(bytes))) {
            for (Map.Entry<String, Origin> e : doc.provenance().entrySet()) {
                Origin o = e.getValue();
                if (o.cell() == null) {
                    continue;
                }
                n++;
                CellReference ref = new CellReference(o.cell());
                Sheet sheet = wb.getSheet(o.sheet());
                org.apache.poi.ss.usermodel.Row row = sheet == null ? null : sheet.getRow(ref.getRow());
                org.apache.poi.ss.usermodel.Cell cell = row == null ? null : row.getCell(ref.getCol());
                String in = cell == null ? "" : Values.compact(format.formatCellValue(cell)).replace(",", "");
                JsonNode v = values.get(e.getKey());
                String want = Values.compact(v.isNumber() ? v.decimalValue().stripTrailingZeros().toPlainString()
                        : v.asText()).replace(",", "");
                if (!in.contains(want)) {
                    wrong.add(e.getKey() + " " + v + " not in " + o.sheet() + "!" + o.cell() + ": " + in);
                }
            }
        }
        return n;
    }
}
