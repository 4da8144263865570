package org.goalparse.interpret;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.goalparse.model.FiscalYear;

/** Fiscal years in text, through the Japanese era helpers. */
final class Years {
    private static final Pattern FY = Pattern.compile("(令和|平成|昭和)(元|\\d{1,2})年度|(20\\d\\d|19\\d\\d)年度");

    private Years() {
    }

    /** Every fiscal year named in the text (令和4年度, 2022年度), in order. */
    static List<FiscalYear> fiscalYears(String text) {
        List<FiscalYear> out = new ArrayList<>();
        Matcher m = FY.matcher(text);
        while (m.find()) {
            if (m.group(1) != null) {
                int n = m.group(2).equals("元") ? 1 : Integer.parseInt(m.group(2));
                int base = switch (m.group(1)) {
                    case "令和" -> 2018;
                    case "平成" -> 1988;
                    default -> 1925;
                };
                out.add(new FiscalYear(base + n, m.group(1), n, m.group()));
            } else {
                out.add(new FiscalYear(Integer.parseInt(m.group(3)), null, null, m.group()));
            }
        }
        return out;
    }

    static Optional<FiscalYear> first(String text) {
        List<FiscalYear> all = fiscalYears(text);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }
}
