package org.goalparse.golden;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.Random;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.image.JPEGFactory;
import org.apache.pdfbox.pdmodel.graphics.image.PDImageXObject;
import org.apache.pdfbox.rendering.ImageType;
import org.apache.pdfbox.rendering.PDFRenderer;

/**
 * A PDF turned into the scan of its print: every page rendered at a resolution, turned by a slight angle (a sheet
 * fed a little askew), speckled with noise, compressed as JPEG and placed alone on a page of the same size: an
 * image-only PDF without any text, as a scanner makes it. Deterministic (a fixed seed).
 */
public final class Rasterizer {
    private Rasterizer() {
    }

    public static byte[] scan(byte[] pdf, int dpi, double degrees, long seed) throws IOException {
        Random random = new Random(seed);
        try (PDDocument in = Loader.loadPDF(pdf); PDDocument out = new PDDocument()) {
            PDFRenderer renderer = new PDFRenderer(in);
            for (int i = 0; i < in.getNumberOfPages(); i++) {
                PDRectangle box = in.getPage(i).getCropBox();
                BufferedImage page = renderer.renderImageWithDPI(i, dpi, ImageType.GRAY);
                BufferedImage scan = noisy(turned(page, i % 2 == 0 ? degrees : -degrees), random);
                PDPage p = new PDPage(new PDRectangle(box.getWidth(), box.getHeight()));
                out.addPage(p);
                PDImageXObject image = JPEGFactory.createFromImage(out, scan, 0.75f, dpi);
                try (PDPageContentStream cs = new PDPageContentStream(out, p)) {
                    cs.drawImage(image, 0, 0, box.getWidth(), box.getHeight());
                }
            }
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            out.save(bytes);
            return bytes.toByteArray();
        }
    }

    private static BufferedImage turned(BufferedImage page, double degrees) {
        BufferedImage out = new BufferedImage(page.getWidth(), page.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, out.getWidth(), out.getHeight());
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        g.rotate(Math.toRadians(degrees), page.getWidth() / 2.0, page.getHeight() / 2.0);
        g.drawImage(page, 0, 0, null);
        g.dispose();
        return out;
    }

    /** Grey jitter on every pixel (paper and sensor) and a sprinkle of dark specks (dust). */
    private static BufferedImage noisy(BufferedImage page, Random random) {
        var raster = page.getRaster();
        int[] row = new int[page.getWidth()];
        for (int y = 0; y < page.getHeight(); y++) {
            raster.getSamples(0, y, row.length, 1, 0, row);
            for (int x = 0; x < row.length; x++) {
                int v = row[x] + (int) Math.round(random.nextGaussian() * 12);
                if (random.nextInt(4000) == 0) {
                    v = 40;
                }
                row[x] = Math.max(0, Math.min(255, v));
            }
            raster.setSamples(0, y, row.length, 1, 0, row);
        }
        return page;
    }

    /** Whether Tesseract with its Japanese models, which reading these scans needs, is installed. */
    public static boolean tesseractInstalled() {
        try {
            Process p = new ProcessBuilder("tesseract", "--list-langs").redirectErrorStream(true).start();
            String out = new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            return p.waitFor() == 0 && out.lines().anyMatch("jpn"::equals);
        } catch (java.io.IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
