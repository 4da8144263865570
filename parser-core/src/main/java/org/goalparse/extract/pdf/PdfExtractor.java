package org.goalparse.extract.pdf;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.encryption.InvalidPasswordException;
import org.goalparse.GoalParseException;
import org.goalparse.GoalParseException.Status;
import org.goalparse.layout.Layout;
import org.goalparse.layout.Page;

/**
 * PDF through PDFBox directly: per page, in one pass over its content stream, the glyphs with positions
 * ({@link GlyphCollector}) and the ruling lines ({@link RulingCollector}) become lines ({@link LineBuilder}), ruled tables ({@link GridBuilder})
 * and blocks in reading order ({@link PageAssembler}); page numbers and running headers and footers are
 * dropped first ({@link RunningLines}). Stateless and thread-safe.
 */
public final class PdfExtractor {
    static final String NAME = "pdfbox";

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
            List<RawPage> raw = new ArrayList<>();
            int chars = 0;
            int gothicChars = 0;
            for (int i = 0; i < count; i++) {
                org.goalparse.Cancellation.check();
                PDPage page = doc.getPage(i);
                GlyphCollector.PageContent content = GlyphCollector.collect(doc, i + 1);
                List<Glyph> glyphs = content.glyphs();
                List<Ruling> rulings = content.rulings();
                List<TextLine> lines = LineBuilder.build(glyphs, rulings);
                for (TextLine l : lines) {
                    chars += l.text().length();
                    gothicChars += l.gothic() ? l.text().length() : 0;
                }
                PDRectangle crop = page.getCropBox();
                raw.add(new RawPage(crop.getWidth(), crop.getHeight(), lines, GridBuilder.build(rulings)));
            }
            if (chars == 0) {
                throw new GoalParseException(Status.UNSUPPORTED,
                        "the PDF has no text layer (a scanned image?): it needs OCR, which goalparse does not do");
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
            for (int i = 0; i < raw.size(); i++) {
                RawPage r = raw.get(i);
                PageAssembler assembler = new PageAssembler(i + 1, offset, emphasizeGothic);
                pages.add(assembler.assemble(r.width(), r.height(), stripped.pages().get(i), r.grids())
                        .withPrintedNumber(stripped.printed().get(i)));
                offset = assembler.offset();
            }
            return new Layout("application/pdf", count, NAME, pages, stripped.warnings());
        } catch (InvalidPasswordException e) {
            throw new GoalParseException(Status.ENCRYPTED, password == null
                    ? "the PDF is password-protected (no password was given)"
                    : "the PDF is password-protected and the password given does not open it", e);
        } catch (IOException e) {
            throw new GoalParseException(Status.UNREADABLE, "the PDF is damaged or incomplete and cannot be read", e);
        }
    }
}
