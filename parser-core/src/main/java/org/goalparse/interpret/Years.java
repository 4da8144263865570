package org.goalparse.interpret;

import java.util.List;
import java.util.Optional;
import org.goalparse.ja.EraYear;
import org.goalparse.ja.EraYears;
import org.goalparse.ja.FiscalYearMatch;
import org.goalparse.model.FiscalYear;

/** Fiscal years (…年度) in text, through {@link EraYears}. */
final class Years {
    private Years() {
    }

    /** Every fiscal year named in the text (令和4年度, 2022年度, 令和4年度(2022年度) as one), in order. */
    static List<FiscalYear> fiscalYears(String text) {
        return EraYears.findAll(text).stream().filter(EraYear::fiscal)
                .map(y -> new FiscalYearMatch(y).toFiscalYear()).toList();
    }

    static Optional<FiscalYear> first(String text) {
        return EraYears.findFiscalYear(text).map(FiscalYearMatch::toFiscalYear);
    }
}
