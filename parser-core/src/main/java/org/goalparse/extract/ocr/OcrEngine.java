package org.goalparse.extract.ocr;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.util.List;

/**
 * Reads the words on a page image, each with its box in pixels and the box of its line. One method, so that a
 * test can hand the PDF extractor a fake engine; {@link TesseractEngine} runs the {@code tesseract} command.
 */
@FunctionalInterface
public interface OcrEngine {
    /**
     * The words of {@code image} in reading order (a line's words left to right, lines top to bottom).
     *
     * @param lang the engine's language models, e.g. {@code jpn} or {@code jpn+eng}
     * @throws OcrUnavailableException when the engine (or the language's models) is not installed
     * @throws IOException when the engine fails on this image
     * @throws InterruptedException when the thread is interrupted or the parse cancelled ({@link org.goalparse.Cancellation})
     */
    List<OcrWord> recognize(BufferedImage image, String lang) throws IOException, InterruptedException;

    /**
     * The words of each block, an image holding one block of text (a table cell cut out of the page), read as one
     * uniform block (lines top to bottom, no layout analysis): a cell's lines then never mix with its neighbours'.
     * Boxes are in the block's pixels. The default reads each block alone with {@link #recognize}.
     */
    default List<List<OcrWord>> recognizeBlocks(List<BufferedImage> blocks, String lang)
            throws IOException, InterruptedException {
        List<List<OcrWord>> out = new java.util.ArrayList<>();
        for (BufferedImage b : blocks) {
            out.add(recognize(b, lang));
        }
        return out;
    }

    /**
     * The word of each image, an image holding one short word alone (a number cut out of a tall table cell), read
     * as a single word. Boxes are in the image's pixels. The default reads them as blocks ({@link #recognizeBlocks}).
     */
    default List<List<OcrWord>> recognizeWords(List<BufferedImage> words, String lang)
            throws IOException, InterruptedException {
        return recognizeBlocks(words, lang);
    }

    /** The engine's name and version as the output names it ({@code source.ocr.engine}). */
    default String describe() {
        return getClass().getSimpleName();
    }
}
