package org.goalparse.model;

import java.util.List;
import java.util.Objects;

/**
 * Which part of a file a record is, when the file holds several departments (a city's whole year in one PDF, a
 * workbook with a sheet per department, an HTML page with a section per department): its 1-based {@code index} of
 * {@code count}, and where it lies: {@code pages} [first, last] (1-based, inclusive) for formats with pages, the
 * {@code sheet} name for a workbook, the {@code heading} that opens it for a page of sections. The fields that do
 * not apply are null. A file of one department has no part ({@code source.part} is null).
 */
public record Part(int index, int count, List<Integer> pages, String sheet, String heading) {
    public Part {
        if (count < 2 || index < 1 || index > count) {
            throw new IllegalArgumentException("part " + index + " of " + count + ": a part is 1.." + "count, count >= 2");
        }
        if (pages != null) {
            pages = List.copyOf(pages);
            if (pages.size() != 2 || pages.get(0) < 1 || pages.get(1) < pages.get(0)) {
                throw new IllegalArgumentException("pages must be [first, last], 1-based: " + pages);
            }
        }
        if (sheet != null && sheet.isBlank()) {
            throw new IllegalArgumentException("sheet must not be blank");
        }
        if (heading != null && heading.isBlank()) {
            throw new IllegalArgumentException("heading must not be blank");
        }
    }

    /** The name this part adds to an output file's name: {@code 3} for part 3 of 12 ({@code 03} when 10 or more). */
    public String suffix() {
        int width = String.valueOf(count).length();
        return String.format("%0" + width + "d", index);
    }

    /** Part {@code index} of {@code count} over pages first..last. */
    public static Part ofPages(int index, int count, int first, int last) {
        return new Part(index, count, List.of(first, last), null, null);
    }

    /** Where it lies, for a message: {@code pages 3-5}, {@code sheet 総務部}, {@code heading 総務部の目標}. */
    public String where() {
        if (sheet != null) {
            return "sheet " + sheet;
        }
        if (pages != null) {
            return Objects.equals(pages.get(0), pages.get(1)) ? "page " + pages.get(0)
                    : "pages " + pages.get(0) + "-" + pages.get(1);
        }
        return heading != null ? "heading " + heading : "part " + index;
    }
}
