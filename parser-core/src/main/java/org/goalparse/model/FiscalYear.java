package org.goalparse.model;

import java.util.Objects;

/** The fiscal year of the document: {@code year} is the Gregorian year it starts in (令和4年度 -> 2022). */
public record FiscalYear(int year, String era, Integer eraYear, String text) {
    public FiscalYear {
        Objects.requireNonNull(text, "text");
        if (year < 1868 || year > 2200) {
            throw new IllegalArgumentException("implausible fiscal year: " + year);
        }
        if ((era == null) != (eraYear == null)) {
            throw new IllegalArgumentException("era and eraYear come together");
        }
    }
}
