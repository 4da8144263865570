package org.goalparse.extract.tika;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.usermodel.WorkbookFactory;
import org.goalparse.layout.Block;
import org.goalparse.layout.Cell;
import org.goalparse.layout.Page;
import org.goalparse.layout.Row;
import org.goalparse.layout.Table;

/**
 * The A1 address of each table cell of a workbook's sheets. Tika's rows keep the order of a sheet's cells but not
 * their row numbers (empty rows and cells leave no trace), so each table row is matched, in order, with the next
 * row of the sheet (read with POI) whose non-blank cells hold the same texts in the same order, white space aside;
 * its cells then take their addresses one by one. A row that matches none keeps no address: an address is never a
 * guess.
 */
final class CellAddresses {
    /** How many sheet rows past the last matched one a table row is looked for in. */
    private static final int LOOK_AHEAD = 200;

    private CellAddresses() {
    }

    /** The pages with their table cells addressed, or the pages as they were when the workbook cannot be read. */
    static List<Page> addressed(List<Page> pages, byte[] workbook) {
        Map<String, List<SheetRow>> sheets;
        try {
            sheets = read(workbook);
        } catch (IOException | RuntimeException e) {
            return pages; // Tika read it; the addresses are a bonus, never a reason to fail
        }
        List<Page> out = new ArrayList<>(pages.size());
        for (Page page : pages) {
            List<SheetRow> rows = page.label() == null ? null : sheets.get(page.label());
            out.add(rows == null ? page : address(page, rows));
        }
        return out;
    }

    private static Page address(Page page, List<SheetRow> sheet) {
        int next = 0;
        List<Block> blocks = new ArrayList<>(page.blocks().size());
        for (Block b : page.blocks()) {
            if (!(b instanceof Table t)) {
                blocks.add(b);
                continue;
            }
            List<Row> rows = new ArrayList<>(t.rows().size());
            for (Row row : t.rows()) {
                List<String> texts = new ArrayList<>();
                for (Cell c : row.cells()) {
                    if (!c.isBlank()) {
                        texts.add(key(c.text()));
                    }
                }
                int found = texts.isEmpty() ? -1 : find(sheet, next, texts);
                if (found < 0) {
                    rows.add(row);
                    continue;
                }
                next = found + 1;
                List<String> addresses = sheet.get(found).addresses();
                List<Cell> cells = new ArrayList<>(row.cells().size());
                int k = 0;
                for (Cell c : row.cells()) {
                    cells.add(c.isBlank() ? c : c.at(addresses.get(k++)));
                }
                rows.add(new Row(cells));
            }
            blocks.add(new Table(rows, t.provenance()));
        }
        return page.withBlocks(blocks);
    }

    private static int find(List<SheetRow> sheet, int from, List<String> texts) {
        for (int i = from; i < sheet.size() && i < from + LOOK_AHEAD; i++) {
            if (sheet.get(i).texts().equals(texts)) {
                return i;
            }
        }
        return -1;
    }

    /** A sheet's rows that hold text, each with its non-blank cells' texts and addresses, by the sheet's name. */
    private static Map<String, List<SheetRow>> read(byte[] workbook) throws IOException {
        Map<String, List<SheetRow>> sheets = new HashMap<>();
        DataFormatter format = new DataFormatter();
        try (Workbook wb = WorkbookFactory.create(new ByteArrayInputStream(workbook))) {
            for (Sheet sheet : wb) {
                List<SheetRow> rows = new ArrayList<>();
                for (org.apache.poi.ss.usermodel.Row r : sheet) {
                    List<String> texts = new ArrayList<>();
                    List<String> addresses = new ArrayList<>();
                    for (org.apache.poi.ss.usermodel.Cell c : r) {
                        String t = format.formatCellValue(c);
                        if (!t.isBlank()) {
                            texts.add(key(t));
                            addresses.add(c.getAddress().formatAsString());
                        }
                    }
                    if (!texts.isEmpty()) {
                        rows.add(new SheetRow(texts, addresses));
                    }
                }
                sheets.put(sheet.getSheetName().strip(), rows);
            }
        }
        return sheets;
    }

    /** A cell's text as compared: NFKC, white space removed. */
    private static String key(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).replaceAll("\\s+", "");
    }

    private record SheetRow(List<String> texts, List<String> addresses) {
    }
}
