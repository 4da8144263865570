package org.goalparse.extract.ocr;

/** When a PDF's pages are read by OCR ({@code --ocr}). */
public enum OcrMode {
    /** Pages without a usable text layer (none, or garbage) only; the default. */
    AUTO,
    /** Never: a PDF without text is refused (UNSUPPORTED), as before OCR existed. */
    NEVER,
    /** Every page, whatever its text layer (a scanner's poor invisible layer is ignored anyway). */
    ALWAYS
}
