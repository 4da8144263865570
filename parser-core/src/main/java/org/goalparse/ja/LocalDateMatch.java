package org.goalparse.ja;

import java.util.Objects;

/**
 * A date or month found in a text: {@code 令和4年10月1日} (day), {@code 令和5年3月末日} (day = last of month),
 * {@code 2月末} (month only), {@code 3/27}. {@code year} is null when neither the text nor a context gives one, and then
 * {@code asOf} is null too; otherwise {@code asOf} is {@code YYYY-MM-DD}, or {@code YYYY-MM} when no day is known.
 * {@code asOfMarker} is true when 現在 or 時点 follows ({@code 令和4年10月1日現在}); {@code text} is the date itself at
 * {@code [start, end)}, the marker not included.
 */
public record LocalDateMatch(Integer year, int month, Integer day, boolean endOfMonth, String asOf,
                             boolean asOfMarker, String text, int start, int end) {
    public LocalDateMatch {
        Objects.requireNonNull(text, "text");
        if (month < 1 || month > 12) {
            throw new IllegalArgumentException("month " + month);
        }
        if (day != null && (day < 1 || day > 31)) {
            throw new IllegalArgumentException("day " + day);
        }
        if (asOf != null && !asOf.matches("\\d{4}-\\d{2}(-\\d{2})?")) {
            throw new IllegalArgumentException("asOf " + asOf);
        }
        if ((year == null) != (asOf == null)) {
            throw new IllegalArgumentException("asOf needs a year");
        }
    }

    /** True when a day of the month is known (given, or 末日). */
    public boolean hasDay() {
        return day != null;
    }
}
