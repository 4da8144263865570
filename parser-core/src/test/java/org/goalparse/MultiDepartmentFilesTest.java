package org.goalparse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.io.IOUtils;
import org.apache.pdfbox.io.RandomAccessReadBuffer;
import org.apache.pdfbox.multipdf.PDFMergerUtility;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.goalparse.extract.Samples;
import org.goalparse.model.GoalDocument;
import org.goalparse.model.GoalJson;
import org.goalparse.model.Goal;
import org.goalparse.model.Part;
import org.goalparse.source.Source;
import org.junit.jupiter.api.Test;

/**
 * Files of several departments, built here: the sample PDFs joined with PDFBox, a workbook with a sheet per
 * department and an HTML page with a section per department (both written here, invented content in the genre's
 * shape). Each gives one record per department, each equal to what its department gives alone.
 */
class MultiDepartmentFilesTest {
    private static final GoalParser PARSER = GoalParser.builder().build();
    private static final List<String> SAMPLE_PDFS = List.of("hiratsuka-2016-shiminbu.pdf",
            "iruma-2022-shiminseikatsubu.pdf", "iruma-2025-shiminseikatsubu.pdf", "isehara-2021-shiminseikatsubu.pdf",
            "toyonaka-2022-shiminkyodobu.pdf");

    static byte[] joinPdfs(List<byte[]> pdfs) throws IOException {
        PDFMergerUtility merger = new PDFMergerUtility();
        for (byte[] pdf : pdfs) {
            merger.addSource(new RandomAccessReadBuffer(pdf));
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        merger.setDestinationStream(out);
        merger.mergeDocuments(IOUtils.createMemoryOnlyStreamCache());
        return out.toByteArray();
    }

    /** A record without its source: what must not change when its department is read out of a bigger file. */
    private static String content(GoalDocument d) {
        return GoalJson.pretty(d.withSource(d.source().withPart(null)).withSource(
                new org.goalparse.model.SourceInfo("x", "0".repeat(64), "m", null, "e")));
    }

    @Test
    void theFiveSamplesJoinedAreFiveRecordsEachEqualToItsSampleAlone() throws Exception {
        assertJoinedEqualAlone(SAMPLE_PDFS);
    }

    @Test
    void theSamplesJoinedInAnotherOrderToo() throws Exception {
        List<String> reversed = new ArrayList<>(SAMPLE_PDFS);
        java.util.Collections.reverse(reversed);
        assertJoinedEqualAlone(reversed);
    }

    private static void assertJoinedEqualAlone(List<String> names) throws Exception {
        List<byte[]> pdfs = names.stream().map(Samples::bytes).toList();
        List<GoalDocument> parts = PARSER.parseAll(Source.of("joined.pdf", joinPdfs(pdfs)));
        assertEquals(names.size(), parts.size(), "one record per sample");
        int page = 1;
        for (int i = 0; i < names.size(); i++) {
            GoalDocument alone = PARSER.parseAll(Source.of(names.get(i), pdfs.get(i))).get(0);
            assertNull(alone.source().part(), names.get(i) + " alone is no part");
            GoalDocument part = parts.get(i);
            Part p = part.source().part();
            assertEquals(i + 1, p.index());
            assertEquals(names.size(), p.count());
            assertEquals(List.of(page, page + alone.source().pages() - 1), p.pages(), names.get(i) + ": pages");
            page += alone.source().pages();
            assertEquals(content(alone), content(part), names.get(i) + " read out of the joined file");
        }
    }

    @Test
    void parseReadsAJoinedFileWholeAndSaysItHoldsSeveralDepartments() throws Exception {
        byte[] joined = joinPdfs(List.of(Samples.bytes(SAMPLE_PDFS.get(0)), Samples.bytes(SAMPLE_PDFS.get(4))));
        GoalDocument whole = PARSER.parse(Source.of("joined.pdf", joined));
        assertNull(whole.source().part());
        assertTrue(whole.warnings().stream().anyMatch(w -> w.contains("holds 2 departments")), whole.warnings()::toString);
    }

    private static final String[][] SOUMU = {
            {"令和6年度 総務部 運営方針"}, {"総務部長 山田 一郎"}, {"【部の基本方針】"},
            {"職員が力を発揮できる組織をつくります。"}, {"【重点目標】"},
            {"目標1:職員研修の充実"}, {"階層別研修を年4回開催します。"},
            {"目標2:文書事務の電子化"}, {"電子決裁率を90%以上にします。"}};
    private static final String[][] KIKAKU = {
            {"令和6年度 企画部 運営方針"}, {"企画部長 川村 花子"}, {"【部の基本方針】"},
            {"総合計画を着実に進めます。"}, {"【重点目標】"},
            {"目標1:施策評価の実施"}, {"外部評価会議を3回開催します。"}};

    @Test
    void aWorkbookWithASheetPerDepartmentSplitsBySheet() throws Exception {
        byte[] xlsx;
        try (XSSFWorkbook wb = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            sheet(wb, "表紙", new String[][] {{"令和6年度 若葉市 部局運営方針"}, {"各部の運営方針をまとめました。"}});
            sheet(wb, "総務部", SOUMU);
            sheet(wb, "企画部", KIKAKU);
            sheet(wb, "企画部 指標", new String[][] {{"指標", "現状値", "目標値"}, {"外部評価会議の開催回数", "2回", "3回"}});
            wb.write(out);
            xlsx = out.toByteArray();
        }
        List<GoalDocument> parts = PARSER.parseAll(Source.of("wakaba.xlsx", xlsx));
        assertEquals(List.of("総務部", "企画部"), parts.stream().map(GoalDocument::department).toList());
        assertEquals(List.of("総務部", "企画部"), parts.stream().map(d -> d.source().part().sheet()).toList());
        assertEquals(List.of(List.of(2, 2), List.of(3, 4)), parts.stream().map(d -> d.source().part().pages()).toList());
        for (GoalDocument d : parts) {
            assertEquals("若葉市", d.municipality(), "named once, on the cover sheet");
            assertEquals(2024, d.fiscalYear().year());
        }
        assertEquals(List.of("職員研修の充実", "文書事務の電子化"), titles(parts.get(0)));
        assertEquals(List.of("施策評価の実施"), titles(parts.get(1)));
    }

    private static void sheet(XSSFWorkbook wb, String name, String[][] rows) {
        XSSFSheet s = wb.createSheet(name);
        for (int r = 0; r < rows.length; r++) {
            for (int c = 0; c < rows[r].length; c++) {
                s.createRow(r).createCell(c).setCellValue(rows[r][c]);
            }
        }
    }

    @Test
    void anHtmlPageWithASectionPerDepartmentSplitsByHeading() throws Exception {
        String html = """
                <html><head><meta charset="utf-8"><title>部局運営方針</title></head><body>
                <h1>令和6年度 若葉市 部局運営方針</h1>
                <p>各部の運営方針を公表します。</p>
                <h2>総務部</h2>
                <p>総務部長 山田 一郎</p>
                <h3>部の基本方針</h3><p>職員が力を発揮できる組織をつくります。</p>
                <h3>重点目標</h3>
                <p>目標1:職員研修の充実</p><p>階層別研修を年4回開催します。</p>
                <p>目標2:文書事務の電子化</p><p>電子決裁率を90%以上にします。</p>
                <h2>企画部</h2>
                <p>企画部長 川村 花子</p>
                <h3>部の基本方針</h3><p>総合計画を着実に進めます。</p>
                <h3>重点目標</h3>
                <p>目標1:施策評価の実施</p><p>外部評価会議を3回開催します。</p>
                </body></html>
                """;
        List<GoalDocument> parts = PARSER.parseAll(Source.of("wakaba.html", html.getBytes(StandardCharsets.UTF_8)));
        assertEquals(List.of("総務部", "企画部"), parts.stream().map(GoalDocument::department).toList());
        assertEquals(List.of("総務部", "企画部"), parts.stream().map(d -> d.source().part().heading()).toList());
        for (GoalDocument d : parts) {
            assertNull(d.source().part().pages(), "an HTML page has no pages");
            assertEquals("若葉市", d.municipality());
            assertEquals(2024, d.fiscalYear().year());
            assertTrue(d.warnings().stream().anyMatch(w -> w.contains("taken from the file's cover")), d.warnings()::toString);
        }
        assertEquals(List.of("職員研修の充実", "文書事務の電子化"), titles(parts.get(0)));
        assertEquals(List.of("施策評価の実施"), titles(parts.get(1)));
    }

    @Test
    void theCallersCityFillsAPartThatNamesNoneWhenThePartsDisagree() throws Exception {
        // hiratsuka (平塚市), iruma-2025 (no city), toyonaka (豊中市): no city agreed, so the caller's fills the gap
        byte[] joined = joinPdfs(List.of(Samples.bytes(SAMPLE_PDFS.get(0)), Samples.bytes(SAMPLE_PDFS.get(2)),
                Samples.bytes(SAMPLE_PDFS.get(4))));
        List<GoalDocument> parts = PARSER.parseAll(Source.of("joined.pdf", joined).withMunicipality("若葉市"));
        assertEquals(List.of("平塚市", "若葉市", "豊中市"), parts.stream().map(GoalDocument::municipality).toList());
    }

    @Test
    void aFileOfOneDepartmentIsOneRecordWithoutAPart() throws Exception {
        for (String name : SAMPLE_PDFS) {
            List<GoalDocument> docs = PARSER.parseAll(Source.of(name, Samples.bytes(name)));
            assertEquals(1, docs.size(), name);
            assertNull(docs.get(0).source().part(), name);
            assertEquals(GoalJson.pretty(PARSER.parse(Source.of(name, Samples.bytes(name)))),
                    GoalJson.pretty(docs.get(0)), name + ": parse and parseAll agree on one department");
        }
    }

    private static List<String> titles(GoalDocument d) {
        return d.goals().stream().map(Goal::title).toList();
    }
}
