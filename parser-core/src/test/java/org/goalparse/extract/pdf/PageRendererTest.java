package org.goalparse.extract.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.imageio.ImageIO;
import org.goalparse.GoalParseException;
import org.junit.jupiter.api.Test;

class PageRendererTest {
    @Test
    void rendersTheAskedPagesAtTheirSizeWithInkWhereTheTextIs() throws Exception {
        byte[] pdf;
        try (TestPdf t = new TestPdf()) {
            pdf = t.page().text(72, 100, 24, "first").page().text(300, 700, 24, "second").page().bytes();
        }
        List<PageRenderer.PageImage> pages = PageRenderer.render(pdf, null, 72, 2, 9);
        assertEquals(2, pages.size(), "pages 2 to the last (3)");
        PageRenderer.PageImage second = pages.get(0);
        assertEquals(2, second.page());
        assertEquals(TestPdf.WIDTH, second.width(), 0.01);
        assertEquals(TestPdf.HEIGHT, second.height(), 0.01);
        assertNull(second.error());
        BufferedImage image = image(second.png());
        // at 72 dpi one pixel is one point: the image is the page, and the word's ink is where it was set
        assertEquals(TestPdf.WIDTH, image.getWidth(), 1.0, "PDFBox drops the fraction of a pixel");
        assertEquals(TestPdf.HEIGHT, image.getHeight(), 1.0);
        assertTrue(dark(image, 300, 680, 360, 702), "ink of 'second' below the top-left origin at y 700");
        assertTrue(!dark(image, 72, 80, 140, 102), "page 2 has nothing where page 1 has its word");
        assertTrue(!dark(image, 0, 0, image.getWidth(), 600), "blank above the word");
    }

    @Test
    void aDamagedPdfIsUnreadable() {
        GoalParseException e = assertThrows(GoalParseException.class, () -> PageRenderer.render(
                "%PDF-1.7 broken".getBytes(StandardCharsets.US_ASCII), null, 72, 1, 1));
        assertEquals(GoalParseException.Status.UNREADABLE, e.status());
    }

    private static BufferedImage image(byte[] png) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(png));
    }

    private static boolean dark(BufferedImage image, int x0, int y0, int x1, int y1) {
        for (int y = y0; y < y1; y++) {
            for (int x = x0; x < x1; x++) {
                int rgb = image.getRGB(x, y);
                if (((rgb >> 16) & 0xFF) < 128 && ((rgb >> 8) & 0xFF) < 128 && (rgb & 0xFF) < 128) {
                    return true;
                }
            }
        }
        return false;
    }
}
