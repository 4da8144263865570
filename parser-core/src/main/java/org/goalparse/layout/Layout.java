package org.goalparse.layout;

import java.util.List;
import java.util.Objects;

/**
 * What extraction hands on: the document as pages of blocks, with the detected media type,
 * the page count where the format has pages (else null), the extractor's name, and warnings.
 */
public record Layout(String mediaType, Integer pageCount, String extractor, List<Page> pages, List<String> warnings) {
    public Layout {
        Objects.requireNonNull(mediaType, "mediaType");
        Objects.requireNonNull(extractor, "extractor");
        pages = List.copyOf(Objects.requireNonNull(pages, "pages"));
        warnings = List.copyOf(Objects.requireNonNull(warnings, "warnings"));
    }

    public Layout withPages(List<Page> newPages) {
        return new Layout(mediaType, pageCount, extractor, newPages, warnings);
    }
}
