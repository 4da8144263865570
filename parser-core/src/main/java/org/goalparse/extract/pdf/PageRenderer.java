package org.goalparse.extract.pdf;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import javax.imageio.ImageIO;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.goalparse.Cancellation;
import org.goalparse.GoalParseException;

/**
 * Renders PDF pages as PNG images for people to look at (the {@code review} page draws provenance boxes over
 * them): each page's crop box as displayed (after its {@code /Rotate}), so that a box in PDF points with the origin
 * at the top left of the crop box lands at {@code x / width} and {@code y / height} of the image. The rest of the
 * program never sees PDFBox: this is the one rendering entry point outside extraction.
 */
public final class PageRenderer {
    private PageRenderer() {
    }

    /**
     * A rendered page: 1-based {@code page}, the displayed crop box's {@code width} and {@code height} in PDF points
     * (what a bbox is measured against), the PNG, or {@code error} (one line) when this page could not be drawn.
     */
    public record PageImage(int page, float width, float height, byte[] png, String error) {
        public PageImage {
            if (page < 1) {
                throw new IllegalArgumentException("page is 1-based: " + page);
            }
            if (!(width > 0) || !(height > 0)) {
                throw new IllegalArgumentException("a page has a size: " + width + " x " + height);
            }
            if ((png == null) == (error == null)) {
                throw new IllegalArgumentException("exactly one of png and error");
            }
        }
    }

    /**
     * Pages {@code first} to {@code last} (1-based, inclusive; clamped to the document) of the PDF {@code bytes}
     * at {@code dpi}, opened with {@code password} (null: none). A page that fails to draw gets an {@code error}
     * and the others are still drawn; a document that cannot be opened is a {@link GoalParseException}. Stops
     * between pages with {@link Cancellation.Cancelled} when the caller's parse is cancelled.
     */
    public static List<PageImage> render(byte[] bytes, String password, float dpi, int first, int last)
            throws GoalParseException {
        Objects.requireNonNull(bytes, "bytes");
        if (!(dpi > 0) || dpi > 600) {
            throw new IllegalArgumentException("dpi out of range (0, 600]: " + dpi);
        }
        try (PDDocument doc = Loader.loadPDF(bytes, password == null ? "" : password)) {
            doc.setResourceCache(new FontKeepingCache());
            PDFRenderer renderer = new PDFRenderer(doc);
            int from = Math.max(1, first);
            int to = Math.min(doc.getNumberOfPages(), last);
            List<PageImage> images = new ArrayList<>();
            for (int p = from; p <= to; p++) {
                Cancellation.check();
                PDPage page = doc.getPage(p - 1);
                PDRectangle crop = page.getCropBox();
                boolean turned = page.getRotation() % 180 != 0;
                float width = turned ? crop.getHeight() : crop.getWidth();
                float height = turned ? crop.getWidth() : crop.getHeight();
                try {
                    BufferedImage image = renderer.renderImageWithDPI(p - 1, dpi, ImageType.RGB);
                    images.add(new PageImage(p, width, height, png(image), null));
                } catch (IOException | RuntimeException e) {
                    images.add(new PageImage(p, width, height, null, "page " + p + " could not be drawn ("
                            + e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage())
                            + ")"));
                }
            }
            return images;
        } catch (IOException e) {
            throw PdfExtractor.unopened(e, password);
        }
    }

    private static byte[] png(BufferedImage image) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, "png", out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("writing a PNG to memory", e);
        }
    }
}
