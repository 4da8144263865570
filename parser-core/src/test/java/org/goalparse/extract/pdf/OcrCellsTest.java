package org.goalparse.extract.pdf;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import org.goalparse.extract.ocr.OcrEngine;
import org.goalparse.extract.ocr.OcrMode;
import org.goalparse.extract.ocr.OcrSettings;
import org.goalparse.extract.ocr.OcrWord;
import org.junit.jupiter.api.Test;

/** Ruled cells of a scanned page read one by one, the rest of the page read with its layout. */
class OcrCellsTest {
    private static final float K = 72f / 300;

    /** Rulings in points of a table of two cells side by side, 300 x 100 px each, from (600, 900) px. */
    private static List<Ruling> twoCells() {
        return List.of(new Ruling(true, 900 * K, 600 * K, 1200 * K), new Ruling(true, 1000 * K, 600 * K, 1200 * K),
                new Ruling(false, 600 * K, 900 * K, 1000 * K), new Ruling(false, 900 * K, 900 * K, 1000 * K),
                new Ruling(false, 1200 * K, 900 * K, 1000 * K));
    }

    private static BufferedImage page() {
        BufferedImage page = new BufferedImage(2000, 2000, BufferedImage.TYPE_BYTE_GRAY);
        Graphics2D g = page.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 2000, 2000);
        g.setColor(Color.BLACK);
        g.fillRect(100, 100, 400, 40); // a title above the table
        g.fillRect(650, 930, 100, 40); // ink in each cell
        g.fillRect(950, 930, 100, 40);
        g.dispose();
        return page;
    }

    @Test
    void theCellsOfTheGridAreCutInsideTheirRules() {
        List<int[]> cells = OcrReader.cells(twoCells(), K, page());
        assertEquals(2, cells.size());
        assertArrayEquals(new int[] {601, 901, 899, 999}, cells.get(0));
        assertArrayEquals(new int[] {901, 901, 1199, 999}, cells.get(1));
    }

    @Test
    void aFrameAroundATableIsLeftToThePageAndTinyCellsAreSkipped() {
        List<Ruling> rulings = new ArrayList<>(twoCells());
        // a frame around the table, not touching it
        rulings.addAll(List.of(new Ruling(true, 800 * K, 500 * K, 1300 * K), new Ruling(true, 1100 * K, 500 * K,
                1300 * K), new Ruling(false, 500 * K, 800 * K, 1100 * K), new Ruling(false, 1300 * K, 800 * K,
                1100 * K)));
        // a box 8 px high: a double rule, no text
        rulings.addAll(List.of(new Ruling(true, 1500 * K, 500 * K, 1300 * K), new Ruling(true, 1508 * K, 500 * K,
                1300 * K), new Ruling(false, 500 * K, 1500 * K, 1508 * K), new Ruling(false, 1300 * K, 1500 * K,
                1508 * K)));
        List<int[]> cells = OcrReader.cells(rulings, K, page());
        assertEquals(2, cells.size(), "the table's two cells only");
    }

    @Test
    void eachCellIsReadAloneAndItsWordsComeBackInPagePixelsOnLinesOfTheirOwn() throws Exception {
        List<BufferedImage> blocksSeen = new ArrayList<>();
        List<BufferedImage> pagesSeen = new ArrayList<>();
        OcrEngine engine = new OcrEngine() {
            @Override
            public List<OcrWord> recognize(BufferedImage image, String lang) {
                pagesSeen.add(image);
                return List.of(new OcrWord("目標", 100, 100, 500, 140, 100, 140, 1, 90));
            }

            @Override
            public List<List<OcrWord>> recognizeBlocks(List<BufferedImage> blocks, String lang) {
                blocksSeen.addAll(blocks);
                List<List<OcrWord>> out = new ArrayList<>();
                for (int n = 0; n < blocks.size(); n++) { // each block "reads" one word where its ink is
                    out.add(List.of(new OcrWord(n == 0 ? "市民課" : "12", 61, 41, 161, 81, 41, 81, 1, 88)));
                }
                return out;
            }
        };
        BufferedImage page = page();
        List<int[]> cells = OcrReader.cells(twoCells(), K, page);
        List<OcrWord> words = OcrReader.recognize(page, cells,
                new OcrSettings(OcrMode.AUTO, "jpn", 300, engine));
        assertEquals(2, blocksSeen.size());
        assertEquals(298 + 2 * OcrReader.CELL_MARGIN, blocksSeen.get(0).getWidth(), "the cell with a margin");
        assertEquals(0, blocksSeen.get(0).getRaster().getSample(OcrReader.CELL_MARGIN + 60, OcrReader.CELL_MARGIN
                + 40, 0), "the cell's ink is in its block");
        assertEquals(1, pagesSeen.size());
        assertEquals(255, pagesSeen.get(0).getRaster().getSample(700, 950, 0), "the cells are painted out of the page");
        assertEquals(0, pagesSeen.get(0).getRaster().getSample(200, 120, 0), "the title stays");
        assertEquals(List.of("目標", "市民課", "12"), words.stream().map(OcrWord::text).toList());
        OcrWord first = words.get(1);
        assertEquals(601 - OcrReader.CELL_MARGIN + 61, first.left(), "back in page pixels");
        assertEquals(901 - OcrReader.CELL_MARGIN + 41, first.top());
        assertEquals(901 - OcrReader.CELL_MARGIN + 41, first.lineTop());
        assertTrue(words.get(0).line() != first.line() && first.line() != words.get(2).line(),
                "line 1 of each cell is a line of its own");
    }

    /** One tall narrow cell (a No. column beside a long row), 120 x 900 px from (600, 900), a digit's ink in its middle. */
    private static List<int[]> tallCellWithADigit(BufferedImage page) {
        Graphics2D g = page.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, page.getWidth(), page.getHeight());
        g.setColor(Color.BLACK);
        g.fillRect(645, 1330, 25, 35);
        g.dispose();
        return List.of(new int[] {601, 901, 720, 1800});
    }

    private static OcrEngine engine(String blockReads, String wordReads, List<BufferedImage> wordsSeen) {
        return new OcrEngine() {
            @Override
            public List<OcrWord> recognize(BufferedImage image, String lang) {
                return List.of();
            }

            @Override
            public List<List<OcrWord>> recognizeBlocks(List<BufferedImage> blocks, String lang) {
                return List.of(List.of(new OcrWord(blockReads, 44, 429, 69, 464, 429, 464, 1, 40)));
            }

            @Override
            public List<List<OcrWord>> recognizeWords(List<BufferedImage> words, String lang) {
                wordsSeen.addAll(words);
                return List.of(List.of(new OcrWord(wordReads, 16, 16, 41, 51, 16, 51, 1, 80)));
            }
        };
    }

    @Test
    void aLoneNumberInATallCellIsReadAgainCutToItsInkAsOneWord() throws Exception {
        BufferedImage page = new BufferedImage(2000, 2000, BufferedImage.TYPE_BYTE_GRAY);
        List<int[]> cells = tallCellWithADigit(page);
        List<BufferedImage> seen = new ArrayList<>();
        List<OcrWord> words = OcrReader.recognize(page, cells, new OcrSettings(OcrMode.AUTO, "jpn", 300,
                engine(")", "5", seen)));
        assertEquals(1, seen.size());
        assertEquals(25 + 2 * OcrReader.INK_PAD + 2 * OcrReader.CELL_MARGIN, seen.get(0).getWidth(), "cut to the ink");
        assertEquals(List.of("5"), words.stream().map(OcrWord::text).toList(), "the number read alone wins");
        assertEquals(645 - OcrReader.INK_PAD - OcrReader.CELL_MARGIN + 16, words.get(0).left(), "back in page pixels");
        assertEquals(1330 - OcrReader.INK_PAD - OcrReader.CELL_MARGIN + 16, words.get(0).top());
        // a word that is no number keeps the cell's own reading
        words = OcrReader.recognize(page, cells, new OcrSettings(OcrMode.AUTO, "jpn", 300, engine("5", "軒", seen)));
        assertEquals(List.of("5"), words.stream().map(OcrWord::text).toList());
        // ink filling a cell of ordinary height is no lone word
        assertTrue(!OcrReader.isLoneWord(new int[] {601, 901, 660, 965}, new int[] {601, 901, 720, 1000}, 300));
        assertTrue(OcrReader.isLoneWord(new int[] {641, 1326, 674, 1369}, new int[] {601, 901, 720, 1800}, 300));
    }

    @Test
    void aCellReadAsRowsOfLettersWithALowConfidenceHoldsNoText() {
        List<org.goalparse.extract.ocr.OcrWord> shading = List.of(
                new org.goalparse.extract.ocr.OcrWord("SN", 0, 0, 20, 20, 0, 20, 1, 12),
                new org.goalparse.extract.ocr.OcrWord("2", 30, 0, 40, 20, 0, 20, 1, 20),
                new org.goalparse.extract.ocr.OcrWord("の", 50, 0, 70, 20, 0, 20, 1, 15));
        assertTrue(OcrReader.noText(shading));
        assertTrue(!OcrReader.noText(shading.subList(0, 1)), "one short word keeps its reading");
        assertTrue(!OcrReader.noText(List.of(new org.goalparse.extract.ocr.OcrWord("市民", 0, 0, 40, 20, 0, 20, 1, 95),
                new org.goalparse.extract.ocr.OcrWord("協", 40, 0, 60, 20, 0, 20, 1, 0),
                new org.goalparse.extract.ocr.OcrWord("課", 60, 0, 80, 20, 0, 20, 1, 90))), "a cell of text");
    }

    @Test
    void linesOutsideTheCellsReadBelowTheCellsConfidenceAreGrain() {
        // the grain of an empty part of the page: BR and 上 of a line at 3-24%; a line of text stays, and so does a
        // line of digits alone (a goal's number beside its table, read unsure)
        List<OcrWord> kept = OcrReader.sureLines(List.of(new OcrWord("BR", 0, 0, 40, 20, 0, 20, 1, 24),
                new OcrWord("上", 50, 0, 60, 20, 0, 20, 1, 3), new OcrWord("2", 0, 40, 10, 60, 40, 60, 2, 38),
                new OcrWord("市民", 0, 80, 40, 100, 80, 100, 3, 95), new OcrWord("協", 42, 80, 62, 100, 80, 100, 3, 0),
                new OcrWord("働課", 64, 80, 104, 100, 80, 100, 3, 91)));
        assertEquals(List.of("2", "市民", "協", "働課"), kept.stream().map(OcrWord::text).toList());
    }
}
