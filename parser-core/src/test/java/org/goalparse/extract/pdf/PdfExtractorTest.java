package org.goalparse.extract.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.util.Arrays;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.encryption.AccessPermission;
import org.apache.pdfbox.pdmodel.encryption.StandardProtectionPolicy;
import org.goalparse.GoalParseException;
import org.goalparse.GoalParseException.Status;
import org.goalparse.extract.Samples;
import org.goalparse.layout.Cell;
import org.goalparse.layout.Layout;
import org.goalparse.layout.Line;
import org.goalparse.layout.Row;
import org.goalparse.layout.Table;
import org.junit.jupiter.api.Test;

class PdfExtractorTest {

    @Test
    void ruledKpiTableKeepsItsColumns() throws Exception {
        Layout layout = Samples.extract("isehara-2021-shiminseikatsubu.pdf");
        assertEquals(2, layout.pageCount());
        assertEquals("application/pdf", layout.mediaType());
        Table kpi = Samples.tables(layout).stream()
                .filter(t -> t.rows().get(0).cells().get(0).text().equals("事業番号")).findFirst().orElseThrow();
        assertEquals(7, kpi.columnCount());
        Row first = kpi.rows().get(1);
        assertEquals("17-101", first.cells().get(0).text());
        assertEquals(0, first.cells().get(0).column());
        assertEquals(List.of("14,989人", "(令和2年度)"), first.cells().get(3).lines().stream().map(Line::text).toList());
        assertNotNull(first.cells().get(3).provenance().bbox());
        assertEquals(1, first.cells().get(3).provenance().page());
    }

    @Test
    void mergedCellsSpanRows() throws Exception {
        Table policies = Samples.tables(Samples.extract("isehara-2021-shiminseikatsubu.pdf")).stream()
                .filter(t -> t.rows().stream().anyMatch(r -> r.cells().get(0).text().equals("部等の取組方針")))
                .findFirst().orElseThrow();
        Row row = policies.rows().stream().filter(r -> r.cells().get(0).text().equals("部等の取組方針"))
                .findFirst().orElseThrow();
        assertEquals(3, row.cells().get(0).rowSpan());
        Row next = policies.rows().get(policies.rows().indexOf(row) + 1);
        assertEquals("2", next.cells().get(0).text());
        assertEquals(1, next.cells().get(0).column());
    }

    @Test
    void goalsAndAchievementsSideBySideStayApart() throws Exception {
        Layout layout = Samples.extract("iruma-2025-shiminseikatsubu.pdf");
        Row row = Samples.tables(layout).stream().flatMap(t -> t.rows().stream())
                .filter(r -> r.cells().get(0).text().contains("魅力と活気に満ちたまちづくりを推進するため"))
                .findFirst().orElseThrow();
        assertEquals(2, row.cells().size());
        Cell goal = row.cells().get(0);
        Cell achievement = row.cells().get(1);
        assertTrue(goal.text().contains("地区センターを拠点とした"));
        assertFalse(goal.text().contains("地域住民が主体となり"));
        assertTrue(achievement.text().startsWith("1 コミュニティ活動の活発なまちづくりの促進\n地域住民が主体となり"));
        assertEquals(1, achievement.column());
    }

    @Test
    void cjkGlyphsAreNotSpacedButRealGapsAre() throws Exception {
        Layout layout = Samples.extract("iruma-2025-shiminseikatsubu.pdf");
        List<String> lines = Samples.textLines(layout).stream().map(Line::text).toList();
        assertTrue(lines.contains("市民生活部の目標（令和7年度）"), lines.toString());
        assertTrue(lines.contains("市民生活部長"), "a right-aligned line is its own line");
        assertTrue(lines.contains("4 マイナポータルの活用によりDXを推進し、市民の利便性を高めます。"), lines.toString());
    }

    @Test
    void headingsInGothicOverMinchoBodyAreBold() throws Exception {
        List<Line> lines = Samples.textLines(Samples.extract("hiratsuka-2016-shiminbu.pdf"));
        Line title = lines.stream().filter(l -> l.text().equals("市民部の基本方針")).findFirst().orElseThrow();
        assertTrue(title.bold());
        Line body = lines.stream().filter(l -> l.text().startsWith("消費者被害の防止に向けた")).findFirst().orElseThrow();
        assertFalse(body.bold());
        assertTrue(title.fontSize() > body.fontSize());
    }

    @Test
    void offsetsGrowThroughTheDocumentAndPagesAreCounted() throws Exception {
        Layout layout = Samples.extract("toyonaka-2022-shiminkyodobu.pdf");
        assertEquals(10, layout.pageCount());
        assertEquals(10, layout.pages().size());
        List<Line> lines = Samples.textLines(layout);
        for (int i = 1; i < lines.size(); i++) {
            assertTrue(lines.get(i).provenance().page() >= lines.get(i - 1).provenance().page());
        }
        assertTrue(lines.stream().anyMatch(l -> l.text().equals("1. 部局の使命")));
    }

    @Test
    void truncatedPdfIsUnreadable() {
        byte[] cut = Arrays.copyOf(Samples.bytes("isehara-2021-shiminseikatsubu.pdf"), 2048);
        GoalParseException e = assertThrows(GoalParseException.class, () -> Samples.extract("cut.pdf", cut));
        assertEquals(Status.UNREADABLE, e.status(), e.getMessage());
        assertFalse(e.getMessage().contains("Exception"));
    }

    @Test
    void passwordProtectedPdfIsEncrypted() throws Exception {
        byte[] locked;
        try (PDDocument doc = Loader.loadPDF(Samples.bytes("isehara-2021-shiminseikatsubu.pdf"));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            StandardProtectionPolicy policy = new StandardProtectionPolicy("owner-secret", "user-secret",
                    new AccessPermission());
            policy.setEncryptionKeyLength(128);
            doc.protect(policy);
            doc.save(out);
            locked = out.toByteArray();
        }
        GoalParseException e = assertThrows(GoalParseException.class, () -> Samples.extract("locked.pdf", locked));
        assertEquals(Status.ENCRYPTED, e.status());
        assertEquals("the PDF is password-protected (no password was given)", e.getMessage());
    }

    @Test
    void aPdfWithoutATextLayerSaysItNeedsOcr() throws Exception {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument doc = new PDDocument()) {
            org.apache.pdfbox.pdmodel.PDPage page = new org.apache.pdfbox.pdmodel.PDPage();
            doc.addPage(page);
            try (org.apache.pdfbox.pdmodel.PDPageContentStream cs =
                         new org.apache.pdfbox.pdmodel.PDPageContentStream(doc, page)) {
                cs.addRect(100, 100, 300, 400); // what a scan's image would cover; no text at all
                cs.fill();
            }
            doc.save(out);
        }
        GoalParseException e = assertThrows(
                GoalParseException.class, () -> new PdfExtractor().extract(out.toByteArray()));
        assertEquals(Status.UNSUPPORTED, e.status());
        assertTrue(e.getMessage().contains("OCR"), e.getMessage());
    }
}
