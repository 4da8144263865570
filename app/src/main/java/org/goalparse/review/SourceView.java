package org.goalparse.review;

import java.util.List;
import java.util.Objects;
import org.goalparse.extract.pdf.PageRenderer.PageImage;

/** What the left side of a review page shows: the PDF's pages, the {@code goalparse text} text, or why neither. */
public sealed interface SourceView {
    /** Rendered pages of a PDF (those of the record's part). */
    record Pages(List<PageImage> pages) implements SourceView {
        public Pages {
            pages = List.copyOf(pages);
        }
    }

    /** The normalized text ({@code goalparse text}) the spans count in. */
    record Text(String text) implements SourceView {
        public Text {
            Objects.requireNonNull(text, "text");
        }
    }

    /** No source to show, and why (one line). */
    record Missing(String why) implements SourceView {
        public Missing {
            Objects.requireNonNull(why, "why");
        }
    }
}
