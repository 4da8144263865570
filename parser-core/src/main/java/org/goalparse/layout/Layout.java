package org.goalparse.layout;

import java.util.List;
import java.util.Objects;
import org.goalparse.model.OcrInfo;

/**
 * What extraction hands on: the document as pages of blocks, with the detected media type,
 * the page count where the format has pages (else null), the extractor's name, warnings, and the pages read by
 * OCR ({@code ocr}, null when none was).
 */
public record Layout(String mediaType, Integer pageCount, String extractor, List<Page> pages, List<String> warnings,
                     OcrInfo ocr) {
    public Layout {
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(extractor, "extractor");
        pages = List.copyOf(Objects.requireNonNull(pages, "pages"));
        warnings = List.copyOf(Objects.requireNonNull(warnings, "warnings"));
    }

    /** A layout without OCR. */
    public Layout(String mediaType, Integer pageCount, String extractor, List<Page> pages, List<String> warnings) {
        this(mediaType, pageCount, extractor, pages, warnings, null);
    }

    public Layout withPages(List<Page> newPages) {
        return new Layout(mediaType, pageCount, extractor, newPages, warnings, ocr);
    }
}
