package org.goalparse.extract.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.goalparse.GoalParseException;
import org.goalparse.GoalParseException.Status;
import org.goalparse.extract.PageSelection;
import org.goalparse.extract.ocr.OcrMode;
import org.goalparse.extract.ocr.OcrSettings;
import org.goalparse.extract.ocr.OcrUnavailableException;
import org.goalparse.layout.Layout;
import org.goalparse.layout.Page;
import org.goalparse.model.OcrInfo;

/**
 * PDF through PDFBox directly: per page, in one pass over its content stream, the glyphs with positions
 * ({@link GlyphCollector}) and the ruling lines ({@link RulingCollector}) become lines ({@link LineBuilder}), ruled tables ({@link GridBuilder})
 * and blocks in reading order ({@link PageAssembler}); page numbers and running headers and footers are
 * dropped first ({@link RunningLines}). A page without a usable text layer ({@link TextLayer}) is rendered and
 * read by OCR instead ({@link OcrReader}) as the {@link OcrSettings} say; its glyphs and rulings go the same way.
 * Stateless and thread-safe.
 */
public final class PdfExtractor {
    static final String NAME = "pdfbox";
    private final OcrSettings ocr;

    /** OCR as {@link OcrSettings#defaults()}: pages without usable text, in Japanese, with Tesseract. */
    public PdfExtractor() {
        this(OcrSettings.defaults());
    }

    public PdfExtractor(OcrSettings ocr) {
        this.ocr = java.util.Objects.requireNonNull(ocr, "ocr");
    }

    /** One page's raw material before assembly. */
    private record RawPage(float width, float height, List<TextLine> lines, List<Grid> grids) {
    }

    public Layout extract(byte[] bytes) throws GoalParseException {
        return extract(bytes, null);
    }

    /**
     * A PDF opened with {@code password} (null: none, which opens a PDF protected only against changes); a
     * password that does not open it, or none for a PDF that needs one, is {@link Status#ENCRYPTED}.
     */
    public Layout extract(byte[] bytes, String password) throws GoalParseException {
        return extract(bytes, password, null);
    }

    /**
     * Only the {@code selection}'s pages (null: all) are read, OCRed where they need it and assembled; they keep
     * their numbers in the document (page 3 stays page 3 in provenance, warnings and {@code source.part.pages}), and
     * the layout's {@code pageCount} stays the document's. A selection that names no page the document has is
     * {@link Status#UNREADABLE}; one that reaches past the last page (3-7 of 5) reads those there are, with a warning.
     */
    public Layout extract(byte[] bytes, String password, PageSelection selection)
            throws GoalParseException {
        try (PDDocument doc = Loader.loadPDF(bytes, password == null ? "" : password)) {
            doc.setResourceCache(new FontKeepingCache());
            if (doc.isEncrypted() && !doc.getCurrentAccessPermission().canExtractContent()
                    && !doc.getCurrentAccessPermission().isOwnerPermission()) {
                // opened with the empty user password; extraction is what the reader is allowed to do anyway
                doc.setAllSecurityToBeRemoved(true);
            }
            int count = doc.getNumberOfPages();
            if (count == 0) {
                throw new GoalParseException(Status.UNREADABLE, "the PDF has no pages (damaged or incomplete file)");
            }
            List<Integer> numbers = new ArrayList<>();
            for (int p = 1; p <= count; p++) {
                numbers.add(p);
            }
            List<String> warnings = new ArrayList<>();
            if (selection != null) {
                numbers = selection.within(count);
                String has = "the PDF has " + count + (count == 1 ? " page" : " pages");
                if (numbers.isEmpty()) {
                    throw new GoalParseException(Status.UNREADABLE, selection.asked() + ", but " + has);
                }
                if (selection.reachesBeyond(count)) {
                    warnings.add(selection.asked() + ", but " + has + ": "
                            + PageSelection.phrase(numbers) + (numbers.size() == 1 ? " was" : " were")
                            + " read");
                }
            }
            List<RawPage> raw = new ArrayList<>();
            int chars = 0;
            int gothicChars = 0;
            PDFRenderer renderer = null;
            List<OcrInfo.OcrPage> ocrPages = new ArrayList<>();
            List<Integer> unread = new ArrayList<>();
            OcrUnavailableException unavailable = null;
            for (int number : numbers) {
                org.goalparse.Cancellation.check();
                int i = number - 1;
                PDPage page = doc.getPage(i);
                GlyphCollector.PageContent content = GlyphCollector.collect(doc, i + 1);
                List<Glyph> glyphs = content.glyphs();
                List<Ruling> rulings = content.rulings();
                String reason = ocr.mode() == OcrMode.NEVER ? null
                        : ocr.mode() == OcrMode.ALWAYS ? "always" : TextLayer.ocrReason(glyphs, content.unmapped(),
                                TextLayer.hasPageImage(page));
                if (reason != null && unavailable == null) {
                    if (renderer == null) {
                        renderer = new PDFRenderer(doc);
                    }
                    try {
                        OcrReader.Read read = OcrReader.read(renderer, i, ocr);
                        glyphs = read.glyphs();
                        rulings = read.rulings();
                        ocrPages.add(new OcrInfo.OcrPage(i + 1, reason, read.words(), read.meanConfidence(),
                                read.skew()));
                        warnings.add("page " + (i + 1) + " was read by OCR (" + reasonText(reason) + "): "
                                + read.words() + " words, mean confidence " + read.meanConfidence() + "%");
                    } catch (OcrUnavailableException e) {
                        if (ocr.mode() == OcrMode.ALWAYS) {
                            throw new GoalParseException(Status.UNSUPPORTED, "--ocr always: " + e.getMessage(), e);
                        }
                        unavailable = e;
                        unread.add(i + 1);
                    } catch (InterruptedException e) {
                        throw new GoalParseException(Status.TIMEOUT,
                                "the document's time limit passed while page " + (i + 1) + " was read by OCR", e);
                    } catch (IOException e) {
                        warnings.add("page " + (i + 1) + " could not be read by OCR (" + e.getMessage()
                                + "); its text layer is kept");
                    }
                } else if (reason != null) {
                    unread.add(i + 1);
                }
                List<TextLine> lines = LineBuilder.build(glyphs, rulings);
                for (TextLine l : lines) {
                    chars += l.text().length();
                    gothicChars += l.gothic() ? l.text().length() : 0;
                }
                PDRectangle crop = page.getCropBox();
                raw.add(new RawPage(crop.getWidth(), crop.getHeight(), lines, GridBuilder.build(rulings)));
            }
            if (chars == 0) {
                String none = noText(unavailable, ocrPages);
                throw new GoalParseException(Status.UNSUPPORTED, selection == null ? none
                        : none.replaceFirst("^the PDF has", PageSelection.phrase(numbers)
                                + " of the PDF " + (numbers.size() == 1 ? "has" : "have")));
            }
            if (!unread.isEmpty()) {
                warnings.add((unread.size() == 1 ? "page " + join(unread) + " has" : "pages " + join(unread) + " have")
                        + " no usable text layer and could not be read: " + unavailable.getMessage());
            }
            List<RunningLines.PageLines> furniture = new ArrayList<>();
            for (RawPage r : raw) {
                furniture.add(new RunningLines.PageLines(r.height(), r.lines(),
                        r.grids().stream().filter(g -> g.cells().size() >= 2).map(Grid::box).toList()));
            }
            RunningLines.Result stripped = RunningLines.strip(furniture);
            // Japanese documents set headings in a gothic face over mincho body text: that is their bold.
            boolean emphasizeGothic = gothicChars * 2 < chars;
            List<Page> pages = new ArrayList<>();
            int offset = 0;
            java.util.Set<String> seenHeads = new java.util.HashSet<>();
            for (int i = 0; i < raw.size(); i++) {
                RawPage r = raw.get(i);
                PageAssembler assembler = new PageAssembler(numbers.get(i), offset, emphasizeGothic, seenHeads);
                pages.add(assembler.assemble(r.width(), r.height(), stripped.pages().get(i), r.grids())
                        .withPrintedNumber(stripped.printed().get(i)));
                offset = assembler.offset();
            }
            warnings.addAll(stripped.warnings());
            return new Layout("application/pdf", count, NAME, pages, warnings, info(ocrPages),
                    selection == null ? null : PageSelection.describe(numbers));
        } catch (IOException e) {
            throw PdfExtractor.unopened(e, password);
        }
    }

    private OcrInfo info(List<OcrInfo.OcrPage> pages) {
        if (pages.isEmpty()) {
            return null;
        }
        double sum = 0;
        int words = 0;
        for (OcrInfo.OcrPage p : pages) {
            sum += p.meanConfidence() * p.words();
            words += p.words();
        }
        return new OcrInfo(ocr.engine().describe(), ocr.lang(), ocr.dpi(), pages,
                words == 0 ? 0 : Math.round(sum / words * 10) / 10.0);
    }

    private String noText(OcrUnavailableException unavailable, List<OcrInfo.OcrPage> ocrPages) {
        if (ocr.mode() == OcrMode.NEVER) {
            return "the PDF has no text layer (a scanned image?): it needs OCR, which --ocr never turns off";
        }
        if (unavailable != null) {
            return "the PDF has no text layer (a scanned image?): it needs OCR, and " + unavailable.getMessage();
        }
        return "the PDF has no text layer and OCR found no text on its " + ocrPages.size()
                + (ocrPages.size() == 1 ? " page" : " pages") + " (an image without text, or blank pages)";
    }

    private static String reasonText(String reason) {
        return switch (reason) {
            case TextLayer.NO_TEXT -> "no text layer";
            case TextLayer.GARBAGE -> "its text layer is garbage";
            default -> "--ocr always";
        };
    }

    private static String join(List<Integer> pages) {
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < pages.size(); i++) {
            sb.append(i == 0 ? "" : ", ").append(pages.get(i));
        }
        return sb.toString();
    }

    /** Why PDFBox could not open or read a PDF, as the one exception a caller gets: ENCRYPTED or UNREADABLE. */
    static GoalParseException unopened(IOException e, String password) {
        if (e instanceof InvalidPasswordException) {
            return new GoalParseException(Status.ENCRYPTED, password == null
                    ? "the PDF is password-protected (no password was given)"
                    : "the PDF is password-protected and the password given does not open it", e);
        }
        return new GoalParseException(Status.UNREADABLE, "the PDF is damaged or incomplete and cannot be read", e);
    }
}
