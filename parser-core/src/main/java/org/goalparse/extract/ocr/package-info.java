/**
 * OCR of scanned pages: the engine behind one method ({@link org.goalparse.extract.ocr.OcrEngine}, Tesseract's
 * command line by default), the page image's straightening and table rules, and the Japanese cleanup of what it
 * reads. The PDF extractor decides which pages need it and turns the words into its glyphs (docs/ocr.md).
 */
package org.goalparse.extract.ocr;
