package org.goalparse.layout;

import java.util.List;
import java.util.Objects;
import org.goalparse.model.OcrInfo;

/**
 * What extraction hands on: the document as pages of blocks, with the detected media type,
 * the page count where the format has pages (else null), the extractor's name, warnings, and the pages read by
 * OCR ({@code ocr}, null when none was), and {@code pagesRead}, the pages read when only some of a PDF's were asked
 * for ({@link org.goalparse.extract.PageSelection}: {@code 3-5}, {@code 1,4-6}), null when the whole document was.
 */
public record Layout(String mediaType, Integer pageCount, String extractor, List<Page> pages, List<String> warnings,
                     OcrInfo ocr, String pagesRead) {
    public Layout {
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(extractor, "extractor");
        pages = List.copyOf(Objects.requireNonNull(pages, "pages"));
        warnings = List.copyOf(Objects.requireNonNull(warnings, "warnings"));
        if (pagesRead != null && !pagesRead.matches("[1-9][0-9]*(-[1-9][0-9]*)?(,[1-9][0-9]*(-[1-9][0-9]*)?)*")) {
            throw new IllegalArgumentException("pagesRead must be pages and ranges such as 3-5 or 1,4-6: " + pagesRead);
        }
    }

    /** The whole document read. */
    public Layout(String mediaType, Integer pageCount, String extractor, List<Page> pages, List<String> warnings,
                  OcrInfo ocr) {
        this(mediaType, pageCount, extractor, pages, warnings, ocr, null);
    }

    /** A layout without OCR. */
    public Layout(String mediaType, Integer pageCount, String extractor, List<Page> pages, List<String> warnings) {
        this(mediaType, pageCount, extractor, pages, warnings, null);
    }

    public Layout withPages(List<Page> newPages) {
        return new Layout(mediaType, pageCount, extractor, newPages, warnings, ocr, pagesRead);
    }

    /** The same layout with other warnings. */
    public Layout withWarnings(List<String> newWarnings) {
        return new Layout(mediaType, pageCount, extractor, pages, newWarnings, ocr, pagesRead);
    }
}
