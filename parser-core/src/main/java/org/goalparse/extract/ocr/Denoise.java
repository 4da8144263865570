package org.goalparse.extract.ocr;

import java.awt.image.BufferedImage;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;

/**
 * A scan's grain taken out before recognition: each pixel becomes the median of its 3 x 3 neighbourhood. Sensor
 * noise, JPEG speckle and dust are single pixels or pairs, which the median removes, while a stroke of a
 * character (at least 3 pixels wide at 300 dpi) and its edges stay where they are; Tesseract's own threshold
 * otherwise turns grainy paper and the light grey of shaded table cells into rows of letters.
 */
public final class Denoise {
    private Denoise() {
    }

    /** A copy of the grey image, each pixel the median of its 3 x 3 neighbourhood (edges repeated). */
    public static BufferedImage median(BufferedImage grey) {
        int w = grey.getWidth();
        int h = grey.getHeight();
        Raster in = grey.getRaster();
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        WritableRaster o = out.getRaster();
        int[][] rows = new int[3][w];
        int[] result = new int[w];
        int[] v = new int[9];
        for (int y = 0; y < h; y++) {
            for (int k = 0; k < 3; k++) {
                in.getSamples(0, Math.max(0, Math.min(h - 1, y - 1 + k)), w, 1, 0, rows[k]);
            }
            for (int x = 0; x < w; x++) {
                int n = 0;
                for (int dx = -1; dx <= 1; dx++) {
                    int xx = Math.max(0, Math.min(w - 1, x + dx));
                    v[n++] = rows[0][xx];
                    v[n++] = rows[1][xx];
                    v[n++] = rows[2][xx];
                }
                result[x] = median9(v);
            }
            o.setSamples(0, y, w, 1, 0, result);
        }
        return out;
    }

    /** The median of nine values (sorted in place: insertion sort, nine values). */
    static int median9(int[] v) {
        for (int i = 1; i < 9; i++) {
            int x = v[i];
            int j = i - 1;
            while (j >= 0 && v[j] > x) {
                v[j + 1] = v[j];
                j--;
            }
            v[j + 1] = x;
        }
        return v[4];
    }
}
