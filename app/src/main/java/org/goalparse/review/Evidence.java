package org.goalparse.review;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * The provenance of one value as a record's {@code provenance} map gives it (issue 14): the value's JSON Pointer,
 * its boxes (page and bbox in PDF points, origin top-left of the crop box; the first is {@code page}/{@code bbox},
 * then {@code boxes}), its {@code span} [start, end) in code points of the {@code goalparse text} output, and for
 * spreadsheets the sheet and cell. Whatever is unknown is null or empty; nothing is invented.
 */
public record Evidence(String pointer, Kind kind, List<Box> boxes, int[] span, String sheet, String cell) {
    /** One rectangle on a 1-based page, in PDF points. */
    public record Box(int page, double x0, double y0, double x1, double y1) {
        public Box {
            if (page < 1) {
                throw new IllegalArgumentException("page is 1-based: " + page);
            }
            if (!(x1 >= x0) || !(y1 >= y0)) {
                throw new IllegalArgumentException("inverted box: " + x0 + "," + y0 + "," + x1 + "," + y1);
            }
        }
    }

    public Evidence {
        Objects.requireNonNull(pointer, "pointer");
        Objects.requireNonNull(kind, "kind");
        boxes = List.copyOf(boxes);
        if (span != null && (span.length != 2 || span[0] < 0 || span[1] < span[0])) {
            throw new IllegalArgumentException("span is [start, end): " + java.util.Arrays.toString(span));
        }
    }

    /**
     * The evidence of a record, in the order of its {@code provenance} map (document order); a record without the
     * map has none. An entry that does not have the agreed shape is skipped and said in {@code problems}.
     */
    public static List<Evidence> of(JsonNode record, List<String> problems) {
        JsonNode map = record.get("provenance");
        List<Evidence> all = new ArrayList<>();
        if (map == null || !map.isObject()) {
            return all;
        }
        for (Iterator<Map.Entry<String, JsonNode>> it = map.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> e = it.next();
            try {
                all.add(one(e.getKey(), e.getValue()));
            } catch (IllegalArgumentException ex) {
                problems.add("provenance of " + e.getKey() + " not drawn: " + ex.getMessage());
            }
        }
        return all;
    }

    private static Evidence one(String pointer, JsonNode entry) {
        if (!pointer.isEmpty() && !pointer.startsWith("/")) {
            throw new IllegalArgumentException("not a JSON Pointer");
        }
        List<Box> boxes = new ArrayList<>();
        Box first = box(entry);
        if (first != null) {
            boxes.add(first);
        }
        JsonNode more = entry.get("boxes");
        if (more != null && more.isArray()) {
            for (JsonNode b : more) {
                Box box = box(b);
                if (box != null) {
                    boxes.add(box);
                }
            }
        }
        int[] span = null;
        JsonNode s = entry.get("span");
        if (s != null && s.isArray() && s.size() == 2 && s.get(0).canConvertToInt() && s.get(1).canConvertToInt()) {
            span = new int[] {s.get(0).asInt(), s.get(1).asInt()};
        }
        return new Evidence(pointer, Kind.of(pointer), boxes, span, text(entry, "sheet"), text(entry, "cell"));
    }

    private static Box box(JsonNode node) {
        JsonNode page = node.get("page");
        JsonNode bbox = node.get("bbox");
        if (page == null || !page.canConvertToInt() || bbox == null || !bbox.isArray() || bbox.size() != 4) {
            return null;
        }
        for (JsonNode n : bbox) {
            if (!n.isNumber()) {
                throw new IllegalArgumentException("bbox has a value that is not a number");
            }
        }
        return new Box(page.asInt(), bbox.get(0).asDouble(), bbox.get(1).asDouble(), bbox.get(2).asDouble(),
                bbox.get(3).asDouble());
    }

    private static String text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        return v == null || !v.isTextual() ? null : v.asText();
    }
}
