package org.goalparse.extract.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;
import org.goalparse.GoalParseException;
import org.goalparse.GoalParseException.Status;
import org.goalparse.extract.ocr.OcrEngine;
import org.goalparse.extract.ocr.OcrMode;
import org.goalparse.extract.ocr.OcrSettings;
import org.goalparse.extract.ocr.OcrUnavailableException;
import org.goalparse.extract.ocr.OcrWord;
import org.goalparse.layout.Layout;
import org.goalparse.layout.LayoutText;
import org.junit.jupiter.api.Test;

/** The PDF extractor deciding page by page what to OCR, with a fake engine that "reads" two lines. */
class OcrPagesTest {
    /** Reads 市民生活部の目標 / 令和7年度 on any page (300 dpi pixels), counting its calls. */
    private static final class FakeEngine implements OcrEngine {
        final AtomicInteger calls = new AtomicInteger();

        @Override
        public List<OcrWord> recognize(java.awt.image.BufferedImage image, String lang) {
            calls.incrementAndGet();
            assertEquals(2550, image.getWidth(), "a letter page rendered at 300 dpi");
            return List.of(new OcrWord("市民生", 300, 300, 420, 342, 300, 342, 1, 95),
                    new OcrWord("活部", 418, 298, 510, 342, 300, 342, 1, 93),
                    new OcrWord("の目標", 530, 300, 650, 342, 300, 342, 1, 90),
                    new OcrWord("令和7年度", 300, 400, 500, 442, 400, 442, 2, 82));
        }

        @Override
        public String describe() {
            return "fake 1.0";
        }
    }

    private static byte[] pdf(boolean... textPages) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (PDDocument doc = new PDDocument()) {
            for (boolean text : textPages) {
                PDPage page = new PDPage();
                doc.addPage(page);
                try (PDPageContentStream cs = new PDPageContentStream(doc, page)) {
                    if (text) {
                        cs.beginText();
                        cs.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA), 12);
                        cs.newLineAtOffset(72, 700);
                        cs.showText("Department goals for the year 2024");
                        cs.endText();
                    } else {
                        cs.addRect(100, 100, 300, 400); // what a scan's image would cover; no text at all
                        cs.fill();
                    }
                }
            }
            doc.save(out);
        }
        return out.toByteArray();
    }

    private static OcrSettings settings(OcrMode mode, OcrEngine engine) {
        return new OcrSettings(mode, "jpn", 300, engine);
    }

    @Test
    void onlyThePageWithoutTextIsOcredAndItsWordsBecomeLines() throws Exception {
        FakeEngine engine = new FakeEngine();
        Layout layout = new PdfExtractor(settings(OcrMode.AUTO, engine)).extract(pdf(true, false));
        assertEquals(1, engine.calls.get());
        String text = LayoutText.render(layout);
        assertTrue(text.contains("Department goals for the year 2024"), text);
        assertTrue(text.contains("--- page 2 ---\n市民生活部の目標\n"), text);
        assertTrue(text.contains("\n令和7年度\n"), text);
        assertEquals("fake 1.0", layout.ocr().engine());
        assertEquals(1, layout.ocr().pages().size());
        assertEquals(2, layout.ocr().pages().get(0).page());
        assertEquals("no-text", layout.ocr().pages().get(0).reason());
        assertEquals(4, layout.ocr().pages().get(0).words());
        assertEquals(90.0, layout.ocr().pages().get(0).meanConfidence(), 0.01);
        assertTrue(layout.warnings().stream().anyMatch(w -> w.startsWith("page 2 was read by OCR (no text layer): 4 "
                + "words, mean confidence 90.0%")), layout.warnings().toString());
    }

    @Test
    void onlyTheSelectedPagesAreOcred() throws Exception {
        FakeEngine engine = new FakeEngine();
        Layout layout = new PdfExtractor(settings(OcrMode.AUTO, engine)).extract(pdf(false, true, false, false), null,
                org.goalparse.extract.PageSelection.parse("2-3"));
        assertEquals(1, engine.calls.get(), "page 3 alone: pages 1 and 4 need OCR too but were not asked for");
        assertEquals(List.of(3), layout.ocr().pages().stream().map(p -> p.page()).toList());
        assertEquals("2-3", layout.pagesRead());
        assertTrue(LayoutText.render(layout).contains("--- page 3 ---\n市民生活部の目標\n"), LayoutText.render(layout));
        FakeEngine always = new FakeEngine();
        new PdfExtractor(settings(OcrMode.ALWAYS, always)).extract(pdf(true, true, true), null,
                org.goalparse.extract.PageSelection.parse("1,3"));
        assertEquals(2, always.calls.get(), "--ocr always: every page asked for, no other");
    }

    @Test
    void selectedPagesWithoutTextAreRefusedUnderTheirNumbers() {
        GoalParseException e = assertThrows(GoalParseException.class, () -> new PdfExtractor(
                settings(OcrMode.NEVER, new FakeEngine())).extract(pdf(true, false), null,
                org.goalparse.extract.PageSelection.parse("2")));
        assertEquals(Status.UNSUPPORTED, e.status());
        assertEquals("page 2 of the PDF has no text layer (a scanned image?): it needs OCR, which --ocr never turns "
                + "off", e.getMessage());
    }

    @Test
    void aTextPdfIsNotOcred() throws Exception {
        FakeEngine engine = new FakeEngine();
        Layout layout = new PdfExtractor(settings(OcrMode.AUTO, engine)).extract(pdf(true, true));
        assertEquals(0, engine.calls.get());
        assertNull(layout.ocr());
    }

    @Test
    void alwaysOcrsEveryPage() throws Exception {
        FakeEngine engine = new FakeEngine();
        Layout layout = new PdfExtractor(settings(OcrMode.ALWAYS, engine)).extract(pdf(true, false));
        assertEquals(2, engine.calls.get());
        assertEquals(List.of("always", "always"), layout.ocr().pages().stream().map(p -> p.reason()).toList());
        assertTrue(!LayoutText.render(layout).contains("Department"), "the text layer is replaced");
    }

    @Test
    void neverRefusesAScanAsBefore() {
        FakeEngine engine = new FakeEngine();
        GoalParseException e = assertThrows(GoalParseException.class,
                () -> new PdfExtractor(settings(OcrMode.NEVER, engine)).extract(pdf(false)));
        assertEquals(Status.UNSUPPORTED, e.status());
        assertTrue(e.getMessage().contains("--ocr never"), e.getMessage());
        assertEquals(0, engine.calls.get());
    }

    @Test
    void withoutTheEngineAScanIsRefusedWithHowToInstallIt() {
        OcrEngine missing = (image, lang) -> {
            throw new OcrUnavailableException("Tesseract is not installed: install it (apt-get install x)");
        };
        GoalParseException e = assertThrows(GoalParseException.class,
                () -> new PdfExtractor(settings(OcrMode.AUTO, missing)).extract(pdf(false, false)));
        assertEquals(Status.UNSUPPORTED, e.status());
        assertTrue(e.getMessage().startsWith("the PDF has no text layer (a scanned image?): it needs OCR, and "
                + "Tesseract is not installed"), e.getMessage());
    }

    @Test
    void withoutTheEngineAMixedPdfKeepsItsTextAndSaysWhichPagesWereNotRead() throws Exception {
        List<Integer> calls = new ArrayList<>();
        OcrEngine missing = (image, lang) -> {
            calls.add(1);
            throw new OcrUnavailableException("Tesseract is not installed");
        };
        Layout layout = new PdfExtractor(settings(OcrMode.AUTO, missing)).extract(pdf(true, false, false));
        assertEquals(1, calls.size(), "asked once, not once a page");
        assertTrue(layout.warnings().contains("pages 2, 3 have no usable text layer and could not be read: "
                + "Tesseract is not installed"), layout.warnings().toString());
    }

    @Test
    void theTimeLimitPassingDuringOcrIsATimeout() {
        OcrEngine slow = (image, lang) -> {
            throw new InterruptedException("the document's time limit passed during OCR");
        };
        GoalParseException e = assertThrows(GoalParseException.class,
                () -> new PdfExtractor(settings(OcrMode.AUTO, slow)).extract(pdf(false)));
        assertEquals(Status.TIMEOUT, e.status());
    }

    @Test
    void anEngineThatReadsNothingLeavesTheScanUnsupported() {
        GoalParseException e = assertThrows(GoalParseException.class,
                () -> new PdfExtractor(settings(OcrMode.AUTO, (image, lang) -> List.of())).extract(pdf(false)));
        assertEquals(Status.UNSUPPORTED, e.status());
        assertTrue(e.getMessage().contains("OCR found no text"), e.getMessage());
    }

    @Test
    void garbageTextLayersAreOcredAndRealOnesAreNot() {
        List<Glyph> real = glyphs("市民生活部の目標と令和7年度の重点方針");
        assertNull(TextLayer.ocrReason(real, 0, false));
        assertNull(TextLayer.ocrReason(real, 0, true), "text over an image (a scan with a good text layer)");
        assertEquals(TextLayer.NO_TEXT, TextLayer.ocrReason(glyphs("- 3 -"), 0, true), "a scan's stamped number");
        assertNull(TextLayer.ocrReason(glyphs("以上"), 0, false), "a page of two words is text");
        assertEquals(TextLayer.NO_TEXT, TextLayer.ocrReason(List.of(), 0, false));
        assertEquals(TextLayer.GARBAGE, TextLayer.ocrReason(glyphs("\uE001\uE002\uE003\uE004\uE005市民\uE006"), 0,
                false));
        assertEquals(TextLayer.GARBAGE, TextLayer.ocrReason(glyphs("市民生活部の目標"), 40, false),
                "glyphs without Unicode");
    }

    @Test
    void wordBoxesReachingOverTheNextWordKeepTheCharactersInOrder() {
        // Tesseract's box of 民生 reaches over 活: cut where 活 begins
        List<OcrWord> words = List.of(new OcrWord("市", 100, 100, 140, 140, 100, 140, 1, 90),
                new OcrWord("民生", 150, 100, 330, 140, 100, 140, 1, 90),
                new OcrWord("活", 235, 100, 275, 140, 100, 140, 1, 90));
        List<Glyph> g = OcrReader.glyphs(words, 0.24f);
        assertEquals(List.of("市", "民", "生", "活"), g.stream().map(Glyph::text).toList());
        for (int i = 1; i < g.size(); i++) {
            assertTrue(g.get(i).x0() >= g.get(i - 1).x0(), "in order along the line: " + g);
        }
        assertEquals("市民生活", LineBuilder.build(g, List.of()).get(0).text(), "no space from Tesseract's words");
    }

    @Test
    void aLineBoxMadeTallByAFewWordsBoxesIsOneLineAndTwoLinesTakenForOneAreTwo() {
        // the boxes of の and を reach down over the next line: the line box is tall, its other words all in its top
        List<OcrWord> tall = List.of(new OcrWord("の", 54, 4, 64, 42, 4, 42, 1, 90),
                new OcrWord("社会", 91, 9, 138, 31, 4, 42, 1, 90), new OcrWord("援助", 141, 9, 181, 31, 4, 42, 1, 90),
                new OcrWord("を", 184, 4, 204, 42, 4, 42, 1, 90), new OcrWord("犯罪", 97, 34, 155, 56, 29, 67, 2, 90),
                new OcrWord("予防", 167, 34, 221, 56, 29, 67, 2, 90), new OcrWord("、", 230, 29, 257, 67, 29, 67, 2, 90));
        assertEquals(List.of("の社会援助を", "犯罪予防、"),
                LineBuilder.build(OcrReader.glyphs(tall, 0.24f), List.of()).stream().map(TextLine::text).toList());
        // a line box over two lines of words (tight spacing): each word on its own line
        List<OcrWord> stacked = List.of(new OcrWord("上段", 10, 6, 50, 28, 4, 58, 1, 90),
                new OcrWord("下段", 12, 34, 52, 56, 4, 58, 1, 90));
        assertEquals(List.of("上段", "下段"),
                LineBuilder.build(OcrReader.glyphs(stacked, 0.24f), List.of()).stream().map(TextLine::text).toList());
    }

    private static List<Glyph> glyphs(String s) {
        List<Glyph> out = new ArrayList<>();
        for (int i = 0; i < s.length(); i++) {
            out.add(new Glyph(String.valueOf(s.charAt(i)), i * 10, 0, i * 10 + 10, 10, 10, false, false));
        }
        return out;
    }
}
