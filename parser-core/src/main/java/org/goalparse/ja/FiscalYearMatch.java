package org.goalparse.ja;

import java.util.Objects;
import org.goalparse.model.FiscalYear;

/** A fiscal year (…年度) found in a text: the year it starts in, as the contract's {@code fiscalYear} needs it. */
public record FiscalYearMatch(EraYear year) {
    public FiscalYearMatch {
        Objects.requireNonNull(year, "year");
        if (!year.fiscal()) {
            throw new IllegalArgumentException("not a fiscal year: " + year.text());
        }
    }

    /** Gregorian year the fiscal year starts in (April). */
    public int gregorian() {
        return year.gregorian();
    }

    /** The contract's record: {@code {year: 2022, era: "令和", eraYear: 4, text: "令和4年度"}}. */
    public FiscalYear toFiscalYear() {
        return new FiscalYear(year.gregorian(), year.era(), year.eraYear(), year.label());
    }
}
