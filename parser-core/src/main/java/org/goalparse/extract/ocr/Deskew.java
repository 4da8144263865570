package org.goalparse.extract.ocr;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.Raster;

/**
 * Straightens a scan tilted by a few degrees before it is read: the tilt is the angle at which the dark pixels'
 * projection onto the vertical axis is sharpest (text lines and rulings fall into the fewest rows), searched from
 * -{@value #MAX_DEGREES} to +{@value #MAX_DEGREES} degrees on a reduced copy, then refined. Rulings must be
 * straight for {@link ImageRulings} to find them as runs of a row; Tesseract reads a straight page better too.
 */
public final class Deskew {
    static final double MAX_DEGREES = 4;
    /** A tilt smaller than this is left alone (rotating blurs a little). */
    static final double IGNORED_DEGREES = 0.08;
    private static final int DARK = 128;

    private Deskew() {
    }

    /** The tilt of the page's lines in degrees (positive: falling to the right), 0 for a page with no ink. */
    public static double angle(BufferedImage grey) {
        int step = Math.max(1, grey.getWidth() / 900);
        Raster r = grey.getRaster();
        int w = grey.getWidth() / step;
        int h = grey.getHeight() / step;
        int[] xs = new int[w * h / 4 + 16];
        int[] ys = new int[xs.length];
        int n = 0;
        for (int y = 0; y < h && n < xs.length; y++) {
            for (int x = 0; x < w && n < xs.length; x++) {
                if (r.getSample(x * step, y * step, 0) < DARK) {
                    xs[n] = x;
                    ys[n] = y;
                    n++;
                }
            }
        }
        if (n < 50) {
            return 0;
        }
        double best = 0;
        double bestScore = -1;
        for (double a = -MAX_DEGREES; a <= MAX_DEGREES + 1e-9; a += 0.1) {
            double s = score(xs, ys, n, h, w, a);
            if (s > bestScore) {
                bestScore = s;
                best = a;
            }
        }
        double coarse = best;
        for (double a = coarse - 0.1; a <= coarse + 0.1 + 1e-9; a += 0.02) {
            double s = score(xs, ys, n, h, w, a);
            if (s > bestScore) {
                bestScore = s;
                best = a;
            }
        }
        return Math.round(best * 100) / 100.0;
    }

    /** The sum of squared row counts of the ink projected at {@code degrees}: high when lines fall into few rows. */
    private static double score(int[] xs, int[] ys, int n, int h, int w, double degrees) {
        double t = Math.tan(Math.toRadians(degrees));
        int pad = (int) Math.ceil(Math.abs(t) * w) + 1;
        long[] bins = new long[h + 2 * pad + 1];
        for (int i = 0; i < n; i++) {
            int b = (int) Math.round(ys[i] - xs[i] * t) + pad;
            if (b >= 0 && b < bins.length) {
                bins[b]++;
            }
        }
        double s = 0;
        for (long b : bins) {
            s += (double) b * b;
        }
        return s;
    }

    /** The image turned by {@code -degrees} about its centre (white where the turn uncovers the corners). */
    public static BufferedImage rotate(BufferedImage grey, double degrees) {
        if (Math.abs(degrees) < IGNORED_DEGREES) {
            return grey;
        }
        BufferedImage out = new BufferedImage(grey.getWidth(), grey.getHeight(), BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = out.createGraphics();
        try {
            g.setColor(Color.WHITE);
            g.fillRect(0, 0, out.getWidth(), out.getHeight());
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
            g.rotate(Math.toRadians(-degrees), grey.getWidth() / 2.0, grey.getHeight() / 2.0);
            g.drawImage(grey, 0, 0, null);
        } finally {
            g.dispose();
        }
        return out;
    }
}
