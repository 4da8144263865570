package org.goalparse.extract.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class DenoiseTest {
    @Test
    void aSpeckGoesAndAStrokeStays() {
        BufferedImage page = new BufferedImage(40, 40, BufferedImage.TYPE_BYTE_GRAY);
        var r = page.getRaster();
        for (int y = 0; y < 40; y++) {
            for (int x = 0; x < 40; x++) {
                r.setSample(x, y, 0, 250);
            }
        }
        r.setSample(5, 5, 0, 30); // dust
        r.setSample(6, 5, 0, 40);
        for (int y = 10; y < 30; y++) { // a stroke 4 px wide
            for (int x = 20; x < 24; x++) {
                r.setSample(x, y, 0, 20);
            }
        }
        BufferedImage out = Denoise.median(page);
        assertEquals(250, out.getRaster().getSample(5, 5, 0), "the speck is paper again");
        assertEquals(250, out.getRaster().getSample(6, 5, 0));
        for (int x = 20; x < 24; x++) {
            assertEquals(20, out.getRaster().getSample(x, 20, 0), "the stroke keeps its width: x " + x);
        }
        assertEquals(250, out.getRaster().getSample(19, 20, 0), "and does not grow");
        assertEquals(250, out.getRaster().getSample(24, 20, 0));
        assertEquals(page.getWidth(), out.getWidth());
    }

    @Test
    void theMedianOfNine() {
        assertEquals(5, Denoise.median9(new int[] {9, 1, 8, 2, 7, 3, 6, 4, 5}));
    }
}
