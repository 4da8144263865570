package org.goalparse.model;

import java.util.List;
import java.util.Objects;

/**
 * The pages of a PDF read by OCR ({@code source.ocr}; null when none was): the engine and its version, the
 * language models, the resolution pages were rendered at, each OCRed page, and the mean word confidence over them
 * (0-100).
 */
public record OcrInfo(String engine, String lang, int dpi, List<OcrPage> pages, double meanConfidence) {
    public OcrInfo {
        Objects.requireNonNull(engine, "engine");
        Objects.requireNonNull(lang, "lang");
        pages = List.copyOf(Objects.requireNonNull(pages, "pages"));
        if (pages.isEmpty()) {
            throw new IllegalArgumentException("OCR info lists the pages that were OCRed: at least one");
        }
        if (meanConfidence < 0 || meanConfidence > 100) {
            throw new IllegalArgumentException("confidence is 0-100: " + meanConfidence);
        }
    }

    /**
     * One OCRed page: its number, why it was OCRed ({@code no-text}, {@code garbage-text}, {@code always}), the
     * words read and their mean confidence (0-100; 0 without words), and the tilt corrected before reading, degrees.
     */
    public record OcrPage(int page, String reason, int words, double meanConfidence, double skew) {
        public OcrPage {
            if (page < 1) {
                throw new IllegalArgumentException("page is 1-based: " + page);
            }
            Objects.requireNonNull(reason, "reason");
            if (words < 0 || meanConfidence < 0 || meanConfidence > 100) {
                throw new IllegalArgumentException("words >= 0, confidence 0-100");
            }
        }
    }
}
