package org.goalparse.model;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonPropertyOrder;
import java.util.List;
import java.util.Objects;

/**
 * Where one extracted value stands in its source (an entry of a record's {@code provenance}): the 1-based
 * {@code page} (null for inputs without pages), its {@code bbox} [x0, y0, x1, y1] in PDF points with the origin at
 * the top left of the page's crop box and y growing downward (null where the format has no boxes), the
 * {@code span} [start, end) in Unicode code points into {@code goalparse text} of the whole file, further
 * {@code boxes} where the value goes on in another column or on another page, and for spreadsheets the
 * {@code sheet} (and the {@code cell} address where the extraction knows it).
 */
@JsonPropertyOrder({"page", "bbox", "span", "boxes", "sheet", "cell"})
public record Origin(Integer page, List<Double> bbox, List<Integer> span,
                     @JsonInclude(JsonInclude.Include.NON_EMPTY) List<Box> boxes,
                     @JsonInclude(JsonInclude.Include.NON_NULL) String sheet,
                     @JsonInclude(JsonInclude.Include.NON_NULL) String cell) {
    public Origin {
        if (page != null && page < 1) {
            throw new IllegalArgumentException("page is 1-based: " + page);
        }
        bbox = box(bbox);
        if (span != null) {
            span = List.copyOf(span);
            if (span.size() != 2 || span.get(0) < 0 || span.get(1) < span.get(0)) {
                throw new IllegalArgumentException("span is [start, end), start <= end: " + span);
            }
        }
        boxes = boxes == null ? List.of() : List.copyOf(boxes);
        if (!boxes.isEmpty() && bbox == null) {
            throw new IllegalArgumentException("further boxes without a first one");
        }
    }

    static List<Double> box(List<Double> bbox) {
        if (bbox == null) {
            return null;
        }
        List<Double> b = List.copyOf(bbox);
        if (b.size() != 4 || b.get(2) < b.get(0) || b.get(3) < b.get(1)) {
            throw new IllegalArgumentException("bbox is [x0, y0, x1, y1], x0 <= x1, y0 <= y1: " + b);
        }
        return b;
    }

    /** A further box of a value: on {@code page}, at {@code bbox} (as {@link Origin#bbox}). */
    public record Box(int page, List<Double> bbox) {
        public Box {
            if (page < 1) {
                throw new IllegalArgumentException("page is 1-based: " + page);
            }
            bbox = box(Objects.requireNonNull(bbox, "bbox"));
        }
    }
}
