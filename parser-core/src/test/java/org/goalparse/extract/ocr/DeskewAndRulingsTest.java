package org.goalparse.extract.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A drawn table with lines of "text" (short bars), tilted by a known angle. */
class DeskewAndRulingsTest {
    private static BufferedImage page(double degrees) {
        BufferedImage img = new BufferedImage(1200, 1600, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 1200, 1600);
        g.rotate(Math.toRadians(degrees), 600, 800);
        g.setColor(Color.BLACK);
        for (int y = 150; y < 500; y += 40) { // text lines: glyph-sized blots with gaps
            for (int x = 150; x < 1050; x += 36) {
                g.fillRect(x, y, 26, 24);
            }
        }
        g.setStroke(new BasicStroke(3));
        for (int y = 700; y <= 1300; y += 200) {
            g.drawLine(150, y, 1050, y);
        }
        for (int x = 150; x <= 1050; x += 450) {
            g.drawLine(x, 700, x, 1300);
        }
        g.dispose();
        return img;
    }

    /** A white grey-scale image of that size. */
    private static BufferedImage paper(int w, int h) {
        BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, w, h);
        g.dispose();
        return img;
    }

    @Test
    void aOneRowFormsShortCellRulesAreFound() {
        // 部局 | 市民協働部 | 氏名 | 宮城 節子: a row 0.25 inch high, its cell rules shorter than a long rule
        BufferedImage img = paper(900, 300);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.BLACK);
        g.fillRect(50, 100, 800, 2);
        g.fillRect(50, 137, 800, 2);
        for (int x : new int[] {50, 250, 500, 849}) {
            g.fillRect(x, 100, 2, 39);
        }
        g.fillRect(120, 110, 3, 20); // a text stroke inside a cell, touching neither rule
        g.dispose();
        List<ImageRulings.Line> v = ImageRulings.find(img, 150).stream().filter(l -> !l.horizontal()).toList();
        assertEquals(4, v.size(), v.toString());
        assertTrue(v.stream().allMatch(l -> Math.abs(l.pos() - 121) > 5), "no rule on the text stroke");
    }

    @Test
    void aRowsCellRulesAreFoundUnderADoubledBottomRule() {
        // a scan's bottom rule comes out doubled: a broken hairline just above the real rule, its pieces each long
        // enough to be a rule, must not stand for the row's bottom over their own width only
        BufferedImage img = paper(900, 300);
        Graphics2D g = img.createGraphics();
        g.setColor(Color.BLACK);
        g.fillRect(50, 100, 800, 2);
        g.fillRect(50, 150, 800, 2);
        for (int x = 60; x < 840; x += 130) {
            g.fillRect(x, 141, 100, 1);
        }
        for (int x : new int[] {50, 450, 849}) {
            g.fillRect(x, 100, 2, 52);
        }
        g.dispose();
        List<ImageRulings.Line> v = ImageRulings.find(img, 150).stream().filter(l -> !l.horizontal()).toList();
        assertTrue(v.stream().anyMatch(l -> Math.abs(l.pos() - 451) <= 2), v.toString());
        assertEquals(3, v.size(), v.toString());
    }

    @Test
    void aRuleEndsAtTheRowWhereACharactersStrokeIsInLineWithIt() {
        for (boolean character : new boolean[] {true, false}) {
            BufferedImage img = paper(600, 400);
            Graphics2D g = img.createGraphics();
            g.setColor(Color.BLACK);
            for (int y : new int[] {100, 150, 200, 240}) {
                g.fillRect(50, y, 500, 2);
            }
            g.fillRect(50, 100, 2, 142);
            g.fillRect(549, 100, 2, 142);
            g.fillRect(300, 100, 2, 100); // a cell rule of the two rows above the heading row
            g.fillRect(300, 203, 2, 35); // in the heading row: a stroke in line with it
            if (character) {
                for (int y = 206; y < 238; y += 6) {
                    g.fillRect(285, y, 30, 3); // the rest of the character around its stroke
                }
            }
            g.dispose();
            ImageRulings.Line rule = ImageRulings.find(img, 150).stream()
                    .filter(l -> !l.horizontal() && Math.abs(l.pos() - 301) <= 2).findFirst().orElseThrow();
            if (character) {
                assertTrue(rule.to() <= 203, "the rule stops at the heading row: " + rule);
            } else {
                assertTrue(rule.to() >= 236, "a rule with paper beside it runs on: " + rule);
            }
        }
    }

    @Test
    void theTiltIsFoundAndTakenOut() {
        assertEquals(0.8, Deskew.angle(page(0.8)), 0.06);
        assertEquals(-1.5, Deskew.angle(page(-1.5)), 0.06);
        BufferedImage straight = Deskew.rotate(page(0.8), Deskew.angle(page(0.8)));
        assertEquals(0, Deskew.angle(straight), 0.06);
    }

    @Test
    void aStraightTablesRulesAreFoundAndTextIsNoRule() {
        List<ImageRulings.Line> lines = ImageRulings.find(page(0), 150);
        List<ImageRulings.Line> h = lines.stream().filter(ImageRulings.Line::horizontal).toList();
        List<ImageRulings.Line> v = lines.stream().filter(l -> !l.horizontal()).toList();
        assertEquals(4, h.size(), lines.toString());
        assertEquals(3, v.size(), lines.toString());
        assertTrue(h.stream().allMatch(l -> l.pos() >= 690 && l.from() < 160 && l.to() > 1040), lines.toString());
    }

    @Test
    void aTiltedTablesRulesAreFoundOnceStraightened() {
        BufferedImage tilted = page(1.0);
        List<ImageRulings.Line> lines = ImageRulings.find(Deskew.rotate(tilted, Deskew.angle(tilted)), 150);
        assertEquals(4, lines.stream().filter(ImageRulings.Line::horizontal).count(), lines.toString());
    }
}
