package org.goalparse.extract.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.goalparse.GoalParseException;
import org.goalparse.GoalParseException.Status;
import org.goalparse.extract.PageSelection;
import org.goalparse.layout.Layout;
import org.goalparse.layout.LayoutText;
import org.goalparse.layout.Page;
import org.junit.jupiter.api.Test;

/** {@code --pages} in the PDF extractor: only the pages asked for are read, under their own numbers. */
class PageSelectionPdfTest {
    /** Five pages, each saying which it is. */
    private static byte[] fivePages() {
        try (TestPdf pdf = new TestPdf()) {
            for (int p = 1; p <= 5; p++) {
                pdf.page().text(72, 100, 12, "Body text of sheet number " + p + " of the plan");
            }
            return pdf.bytes();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private static Layout read(String pages) throws GoalParseException {
        return new PdfExtractor().extract(fivePages(), null, PageSelection.parse(pages));
    }

    @Test
    void onlyTheSelectedPagesAreReadUnderTheirNumbersInTheDocument() throws Exception {
        Layout layout = read("4-,2");
        assertEquals(List.of(2, 4, 5), layout.pages().stream().map(Page::number).toList());
        assertEquals(5, layout.pageCount(), "the document's page count, not the pages read");
        assertEquals("2,4-5", layout.pagesRead());
        String text = LayoutText.render(layout);
        assertTrue(text.contains("--- page 2 ---\nBody text of sheet number 2 of the plan"), text);
        assertTrue(!text.contains("number 1 ") && !text.contains("number 3 "), text);
        assertEquals(4, layout.pages().get(1).blocks().get(0).provenance().page(), "provenance keeps the number");
        assertEquals(List.of(), layout.warnings());
    }

    @Test
    void withoutASelectionEveryPageIsReadAndNothingIsSaid() throws Exception {
        Layout layout = new PdfExtractor().extract(fivePages(), null, null);
        assertEquals(5, layout.pages().size());
        assertNull(layout.pagesRead());
    }

    @Test
    void aRangePastTheLastPageReadsThoseThereAreAndSaysSo() throws Exception {
        Layout layout = read("3-7");
        assertEquals(List.of(3, 4, 5), layout.pages().stream().map(Page::number).toList());
        assertEquals("3-5", layout.pagesRead());
        assertEquals(List.of("pages 3-7 were asked for, but the PDF has 5 pages: pages 3-5 were read"),
                layout.warnings());
        assertEquals(List.of(), read("3-").warnings(), "to the end: nothing to say");
    }

    @Test
    void aSelectionWithNoPageOfTheDocumentFails() {
        GoalParseException e = assertThrows(GoalParseException.class, () -> read("6-9"));
        assertEquals(Status.UNREADABLE, e.status());
        assertEquals("pages 6-9 were asked for, but the PDF has 5 pages", e.getMessage());
        assertEquals("page 8 was asked for, but the PDF has 5 pages",
                assertThrows(GoalParseException.class, () -> read("8")).getMessage());
    }
}
