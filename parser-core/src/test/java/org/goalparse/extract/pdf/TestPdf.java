package org.goalparse.extract.pdf;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * Builds small A4 PDFs for tests with PDFBox, in top-left coordinates like the extractor's: text in
 * Helvetica (a Standard 14 font, present everywhere) at a baseline, ruling lines and rectangles.
 */
final class TestPdf implements AutoCloseable {
    static final float WIDTH = PDRectangle.A4.getWidth();
    static final float HEIGHT = PDRectangle.A4.getHeight();

    private final PDDocument doc = new PDDocument();
    private final PDType1Font font = new PDType1Font(Standard14Fonts.FontName.HELVETICA);
    private PDPageContentStream stream;

    TestPdf page() {
        try {
            closeStream();
            PDPage page = new PDPage(PDRectangle.A4);
            doc.addPage(page);
            stream = new PDPageContentStream(doc, page);
            stream.setLineWidth(0.75f);
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Text at x with its baseline at y (from the top). */
    TestPdf text(float x, float y, float size, String text) {
        try {
            stream.beginText();
            stream.setFont(font, size);
            stream.newLineAtOffset(x, HEIGHT - y);
            stream.showText(text);
            stream.endText();
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Lines of text one below the other, {@code leading} apart. */
    TestPdf paragraph(float x, float y, float size, float leading, String... lines) {
        for (int i = 0; i < lines.length; i++) {
            text(x, y + i * leading, size, lines[i]);
        }
        return this;
    }

    /** A stroked segment drawn with moveTo/lineTo. */
    TestPdf line(float x0, float y0, float x1, float y1) {
        try {
            stream.moveTo(x0, HEIGHT - y0);
            stream.lineTo(x1, HEIGHT - y1);
            stream.stroke();
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A stroked rectangle drawn with addRect, top-left corner at (x, y). */
    TestPdf rect(float x, float y, float w, float h) {
        try {
            stream.addRect(x, HEIGHT - y - h, w, h);
            stream.stroke();
            return this;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A grid of ruling lines at the given x and y positions, each cell's text at its top left. */
    TestPdf ruledTable(float[] xs, float[] ys, String[][] cells) {
        for (float y : ys) {
            line(xs[0], y, xs[xs.length - 1], y);
        }
        for (float x : xs) {
            line(x, ys[0], x, ys[ys.length - 1]);
        }
        for (int r = 0; r < cells.length; r++) {
            for (int c = 0; c < cells[r].length; c++) {
                text(xs[c] + 4, ys[r] + 13, 10, cells[r][c]);
            }
        }
        return this;
    }

    byte[] bytes() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            closeStream();
            doc.save(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void closeStream() throws IOException {
        if (stream != null) {
            stream.close();
            stream = null;
        }
    }

    @Override
    public void close() throws IOException {
        closeStream();
        doc.close();
    }
}
