package org.goalparse.ja;

import java.util.Objects;

/**
 * A year as a document writes it: {@code 令和4年度}, {@code 平成31年}, {@code R4}, {@code 2022年度},
 * {@code 令和4年度(2022年度)}. {@code era}/{@code eraYear} are null for a plain Gregorian year; {@code fiscal} is true
 * for 年度; {@code text} is the matched source text (the parenthesised Gregorian form included) at
 * {@code [start, end)}; {@code label} is the text without that parenthesis.
 */
public record EraYear(String era, Integer eraYear, int gregorian, boolean fiscal, String text, String label,
                      int start, int end) {
    public EraYear {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(label, "label");
        if ((era == null) != (eraYear == null)) {
            throw new IllegalArgumentException("era and eraYear come together");
        }
        if (gregorian < 1868 || gregorian > 2200) {
            throw new IllegalArgumentException("implausible year: " + gregorian);
        }
        if (start < 0 || end < start) {
            throw new IllegalArgumentException("bad offsets " + start + ".." + end);
        }
    }
}
