package org.goalparse.segment;

import java.util.List;
import java.util.regex.Pattern;
import org.goalparse.outline.TableKind;

/** Tells a table's kind from the words of its first rows. */
public final class TableClassifier {
    private static final int HEADER_MAX = 40;
    private static final Pattern KPI = Pattern.compile("事業番号|事業指標|現状値|目標値|指標名|KPI");
    private static final Pattern STAFF = Pattern.compile("課名|課長名|職員数|所属名");
    private static final Pattern GOALS = Pattern.compile("当年度目標|年度目標|実績|取組みを行った|取組内容|成果");
    /** A "No" column: a data table numbers its rows; a page grid of goals beside achievements does not. */
    private static final Pattern NUMBER_HEADER = Pattern.compile("No\\.?|NO\\.?|番号|№|項番");
    private static final Pattern PLAN_WORD = Pattern.compile("目標|取組");
    private static final Pattern RESULT_WORD = Pattern.compile("実績|成果|結果|達成");
    private static final Pattern MIDTERM = Pattern.compile("スケジュール|工程|中期");
    private static final Pattern PROJECT_LABEL = Pattern.compile("(?m)^(?:.{0,12}取組|最終報告)");

    /** An indicator table's first header cell names the indicator; the others are value columns. */
    private static final Pattern INDICATOR_HEAD = Pattern.compile("(?:成果|活動|数値)?(?:指標|目標指標|項目)(?:名)?");
    private static final Pattern VALUE_COLUMN = Pattern.compile(".{0,14}(?:年度|現状|目標|実績|見込|基準)[^\\t]{0,10}");

    public TableKind classify(List<String> headerCells) {
        if (isIndicators(headerCells)) {
            return TableKind.INDICATORS;
        }
        String h = String.join("\t", headerCells.stream().filter(c -> c.length() <= HEADER_MAX).toList())
                .replace(" ", "");
        if (count(KPI, h) >= 2) {
            return TableKind.KPI;
        }
        if (count(STAFF, h) >= 2) {
            return TableKind.STAFF;
        }
        boolean numberColumn = headerCells.stream().anyMatch(c -> NUMBER_HEADER.matcher(c.strip()).matches());
        if (count(GOALS, h) >= 2) {
            return TableKind.GOALS;
        }
        if (MIDTERM.matcher(h).find() && h.contains("取組")) {
            return TableKind.MIDTERM;
        }
        if (numberColumn && PLAN_WORD.matcher(h).find() && RESULT_WORD.matcher(h).find()) {
            return TableKind.GOALS;
        }
        return TableKind.GENERIC;
    }

    /**
     * 指標 | 令和5年度(実績) | 令和6年度(目標): the first cell names the indicator, two to six more are value columns
     * (a year, 現状, 目標, 実績), one of them a target. Only the first row is looked at.
     */
    private static boolean isIndicators(List<String> firstRows) {
        List<String> cells = firstRows.stream().map(c -> c.replace(" ", "").replace("\u3000", "")).toList();
        if (cells.size() < 3 || !INDICATOR_HEAD.matcher(cells.get(0)).matches()) {
            return false;
        }
        int values = 0;
        boolean target = false;
        for (String c : cells.subList(1, cells.size())) {
            if (!VALUE_COLUMN.matcher(c).matches()) {
                break;
            }
            values++;
            target |= c.contains("目標");
        }
        return target && values >= 2 && values <= 6;
    }

    /** A table whose second column labels plans (…取組) and final reports (最終報告) holds projects. */
    public boolean isProjects(List<String> secondColumn) {
        long labels = secondColumn.stream().filter(t -> PROJECT_LABEL.matcher(t).find()).count();
        return labels >= 2;
    }

    private static int count(Pattern p, String s) {
        return (int) p.matcher(s).results().count();
    }
}
