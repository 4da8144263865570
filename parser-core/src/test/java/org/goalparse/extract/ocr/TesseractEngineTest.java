package org.goalparse.extract.ocr;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.goalparse.Cancellation;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class TesseractEngineTest {
    @Test
    void wordsComeWithTheBoxOfTheirLine() {
        String tsv = String.join("\n",
                "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext",
                "1\t1\t0\t0\t0\t0\t0\t0\t2480\t3507\t-1\t",
                "4\t1\t1\t1\t1\t0\t100\t200\t300\t40\t-1\t",
                "5\t1\t1\t1\t1\t1\t100\t195\t60\t50\t96.5\t市民",
                "5\t1\t1\t1\t1\t2\t170\t205\t30\t30\t88\t課",
                "4\t1\t1\t1\t2\t0\t100\t260\t300\t40\t-1\t",
                "5\t1\t1\t1\t2\t1\t100\t260\t40\t40\t91\t 　",
                "5\t1\t1\t1\t2\t2\t150\t260\t40\t40\t91\t部");
        List<OcrWord> words = TesseractEngine.parseTsv(tsv);
        assertEquals(List.of("市民", "課", "部"), words.stream().map(OcrWord::text).toList());
        OcrWord first = words.get(0);
        assertEquals(200, first.lineTop());
        assertEquals(240, first.lineBottom());
        assertEquals(195, first.top(), "the word keeps its own box");
        assertEquals(words.get(0).line(), words.get(1).line());
        assertTrue(words.get(2).line() != words.get(1).line());
        assertEquals(96.5f, first.confidence(), 0.001);
    }

    @Test
    void theBlocksOfOneRunComeBackApartByTheirPageNumber() {
        String tsv = String.join("\n",
                "level\tpage_num\tblock_num\tpar_num\tline_num\tword_num\tleft\ttop\twidth\theight\tconf\ttext",
                "1\t1\t0\t0\t0\t0\t0\t0\t200\t80\t-1\t",
                "4\t1\t1\t1\t1\t0\t12\t12\t90\t30\t-1\t",
                "5\t1\t1\t1\t1\t1\t12\t12\t90\t30\t93\t市民課",
                "1\t2\t0\t0\t0\t0\t0\t0\t200\t80\t-1\t",
                "1\t3\t0\t0\t0\t0\t0\t0\t200\t80\t-1\t",
                "4\t3\t1\t1\t1\t0\t12\t12\t60\t30\t-1\t",
                "5\t3\t1\t1\t1\t1\t12\t12\t30\t30\t90\t12",
                "5\t3\t1\t1\t1\t2\t44\t12\t30\t30\t90\t名");
        List<List<OcrWord>> blocks = TesseractEngine.parseTsvPages(tsv, 3);
        assertEquals(3, blocks.size(), "one list per image, an empty one included");
        assertEquals(List.of("市民課"), blocks.get(0).stream().map(OcrWord::text).toList());
        assertTrue(blocks.get(1).isEmpty());
        assertEquals(List.of("12", "名"), blocks.get(2).stream().map(OcrWord::text).toList());
        assertTrue(blocks.get(0).get(0).line() != blocks.get(2).get(0).line(), "line 1 of two images: two lines");
    }

    @Test
    void aMissingCommandSaysHowToInstallTesseract() {
        TesseractEngine engine = new TesseractEngine("goalparse-no-such-tesseract", 3);
        OcrUnavailableException e = assertThrows(OcrUnavailableException.class,
                () -> engine.recognize(new BufferedImage(10, 10, BufferedImage.TYPE_BYTE_GRAY), "jpn"));
        assertTrue(e.getMessage().contains("apt-get install tesseract-ocr tesseract-ocr-jpn"), e.getMessage());
    }

    @Test
    void aPassedDeadlineKillsTheRecognitionInsteadOfWaitingForIt() {
        TesseractEngine engine = new TesseractEngine("tesseract", 3);
        Assumptions.assumeTrue(!engine.describe().equals("tesseract"), "tesseract is not installed");
        BufferedImage page = new BufferedImage(2480, 3507, BufferedImage.TYPE_BYTE_GRAY);
        Cancellation.Token token = new Cancellation.Token();
        token.cancel(); // the batch gave the document up: the page's process is killed at the first poll
        InterruptedException e = assertThrows(InterruptedException.class,
                () -> Cancellation.call(token, () -> engine.recognize(page, "jpn")));
        assertTrue(e.getMessage().contains("time limit"), e.getMessage());
        assertTrue(!Cancellation.requested(), "the cancellation ends with its work");
    }

    @Test
    void pagesGoToTesseractAsGreyPgm(@TempDir Path dir) throws Exception {
        BufferedImage img = new BufferedImage(3, 2, BufferedImage.TYPE_INT_RGB);
        img.setRGB(1, 0, 0xFFFFFF);
        Path f = dir.resolve("p.pgm");
        TesseractEngine.writePgm(img, f);
        byte[] b = Files.readAllBytes(f);
        String header = "P5\n3 2\n255\n";
        assertEquals(header, new String(b, 0, header.length(), java.nio.charset.StandardCharsets.US_ASCII));
        assertEquals(header.length() + 6, b.length);
        assertEquals(0, b[header.length()]);
        assertEquals((byte) 255, b[header.length() + 1]);
    }
}
