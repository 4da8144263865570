package org.goalparse.interpret;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.goalparse.model.FiscalYear;

/**
 * The document's fiscal year: the first 年度 in a title-like line of the opening (one that speaks of 目標, 方針,
 * 宣言, 運営, 計画 or is a heading), else the fiscal year the whole document names most often.
 */
final class FiscalYearFinder {
    private static final int OPENING = 25;

    FiscalYear find(List<String> openingTitles, List<String> texts) {
        for (String t : openingTitles.subList(0, Math.min(OPENING, openingTitles.size()))) {
            if (t.length() <= 60 && t.matches(".*(目標|方針|宣言|運営|計画|方向).*")) {
                var fy = Years.first(t);
                if (fy.isPresent()) {
                    return fy.get();
                }
            }
        }
        Map<Integer, FiscalYear> byYear = new LinkedHashMap<>();
        Map<Integer, Integer> counts = new LinkedHashMap<>();
        for (String t : texts) {
            for (FiscalYear fy : Years.fiscalYears(t)) {
                byYear.putIfAbsent(fy.year(), fy);
                if (fy.era() != null || !byYear.containsKey(fy.year()) || byYear.get(fy.year()).era() == null) {
                    byYear.put(fy.year(), fy.era() != null ? fy : byYear.get(fy.year()));
                }
                counts.merge(fy.year(), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().max((a, b) -> Integer.compare(a.getValue(), b.getValue()))
                .map(e -> byYear.get(e.getKey())).orElse(null);
    }
}
