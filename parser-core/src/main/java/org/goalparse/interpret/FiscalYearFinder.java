package org.goalparse.interpret;

import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.goalparse.ja.EraYear;
import org.goalparse.ja.EraYears;
import org.goalparse.ja.FiscalYearMatch;
import org.goalparse.lexicon.Lexicon;
import org.goalparse.model.FiscalYear;
import org.goalparse.outline.Node;
import org.goalparse.outline.Outline;
import org.goalparse.outline.TableNode;

/**
 * The document's fiscal year: the year after a form's year label in the opening ({@code 評価年度:2007年度}), else the
 * first 年度 in a title-like line of the opening (one that speaks of 目標, 方針,
 * 宣言, 運営, 計画 or is a heading), else a calendar year before 運営指針 / 運営重点 in an opening line (a police plan's:
 * {@code 令和4年若葉県警察運営指針}), else a year glued to a declaration's noun ({@code 部長宣言2009}), else the year
 * under a sheet's 今年度目標値 column in its 時点 row, else the fiscal year the whole document names most often.
 * A year that is no document's own is never taken ({@link Lexicon#NOT_THE_FISCAL_YEAR_AFTER}): a deadline
 * (…年度までに, …年度に6,000人にする), a start (…年度より/から/以降), an edition (…年度版), the end of a range, a
 * baseline in brackets ({@code (平成20年度 157人)}, {@code 14,989人 / (令和2年度)}), a 基準値 column; nor a list of three or more years' titles
 * (an archive of declarations), which leaves the year null.
 */
final class FiscalYearFinder {
    private static final int OPENING = 25;
    /** A 4-digit year glued after a declaration's noun: 部長宣言2009, マニフェスト2015, ミッション2007. */
    private static final Pattern DECLARATION_YEAR = Pattern.compile(
            "(?:宣言|マニフェスト|ミッション)((?:19|20)\\d{2})(?![\\d年])");
    /** The longest line that may be an entry of an archive's list (平成28年度部長目標宣言). */
    private static final int LIST_ENTRY_MAX = 30;
    /** How many years one title form takes to be an archive's list. */
    private static final int LIST_YEARS = 3;
    /** A year of one or two digits and 年度, no era and no digit before it: 24年度. */
    private static final Pattern ERALESS = Pattern.compile("(?<![0-9０-９元和成正治RHS.])([1-9][0-9]?)年度");
    /** The smallest era-less year read as Heisei: Reiwa has not reached it (令和10年度 is 2028). */
    private static final int ERALESS_HEISEI_MIN = 10;
    private static final String HEISEI = "平成";
    /** The words of a title-like line of the opening. */
    private static final Pattern TITLE_WORD = Pattern.compile("目標|方針|宣言|運営|計画|方向");

    FiscalYear find(List<String> openingTitles, List<String> texts) {
        return find(openingTitles, texts, null);
    }

    FiscalYear find(List<String> openingTitles, List<String> texts, Outline outline) {
        Set<String> listed = archiveList(texts);
        if (listed == null) {
            return null; // a list of several years' declarations: none is this page's
        }
        List<String> opening = openingTitles.subList(0, Math.min(OPENING, openingTitles.size()));
        FiscalYear labelled = labelled(opening);
        if (labelled != null) {
            return labelled;
        }
        for (String t : opening) {
            if (isTitleLike(t)) {
                for (EraYear y : EraYears.findAll(t)) {
                    if (y.fiscal() && isOwn(t, y)) {
                        return new FiscalYearMatch(y).toFiscalYear();
                    }
                }
            }
        }
        for (String t : texts.subList(0, Math.min(OPENING, texts.size()))) { // ○令和6年…: a bulleted title too
            // a police plan's title (令和4年宮城県警察運営指針): its headquarters plans by the calendar year
            Matcher p = t.length() <= 60 ? Lexicon.POLICE_PLAN_TITLE.matcher(Texts.compact(t)) : null;
            if (p != null && p.lookingAt() && p.group(1) != null) {
                List<EraYear> years = EraYears.findAll(t);
                if (!years.isEmpty()) {
                    EraYear y = years.get(0); // its text (令和4年, no 度) tells the calendar year from a fiscal one
                    return new FiscalYear(y.gregorian(), y.era(), y.eraYear(), y.text());
                }
            }
        }
        for (String t : texts) {
            Matcher d = DECLARATION_YEAR.matcher(t);
            if (d.find()) {
                var fy = Years.first(d.group(1) + "年度");
                if (fy.isPresent()) {
                    return fy.get();
                }
            }
        }
        Set<String> columnCells = new HashSet<>();
        FiscalYear column = outline == null ? null : thisYearsColumn(outline, columnCells);
        if (column != null) {
            return column;
        }
        if (opening.stream().anyMatch(t -> isTitleLike(t) && hasPlanTerm(t))) {
            return null; // 中期経営目標(平成30年度~令和4年度): a plan of several years; a year its prose names is not its own
        }
        Map<Integer, FiscalYear> byYear = new LinkedHashMap<>();
        Map<Integer, Integer> counts = new LinkedHashMap<>();
        for (String t : texts) {
            if (columnCells.contains(t)) {
                continue; // a 時点 row's 基準値 / 長期的目標値 cell
            }
            for (EraYear y : EraYears.findAll(t)) {
                if (!y.fiscal() || !isOwn(t, y)) {
                    continue;
                }
                FiscalYear fy = new FiscalYearMatch(y).toFiscalYear();
                byYear.putIfAbsent(fy.year(), fy);
                if (fy.era() != null || !byYear.containsKey(fy.year()) || byYear.get(fy.year()).era() == null) {
                    byYear.put(fy.year(), fy.era() != null ? fy : byYear.get(fy.year()));
                }
                counts.merge(fy.year(), 1, Integer::sum);
            }
        }
        return counts.entrySet().stream().max((a, b) -> Integer.compare(a.getValue(), b.getValue()))
                .map(e -> byYear.get(e.getKey())).orElseGet(() -> eraless(opening));
    }

    /**
     * A title of the opening that gives its year without the era ({@code 24年度の部局運営にあたって}), when no year
     * anywhere has one: a number of years no Reiwa year has reached yet and no Showa year of a published goal
     * could be ({@link #ERALESS_HEISEI_MIN} to 31) is a Heisei year; a smaller one could be either era and stays
     * unread. The caller warns ({@link #eralessWarning}).
     */
    private static FiscalYear eraless(List<String> opening) {
        for (String t : opening) {
            Matcher m = ERALESS.matcher(t);
            if (isTitleLike(t) && m.find()) {
                int n = Integer.parseInt(m.group(1));
                if (n >= ERALESS_HEISEI_MIN && n <= 31) {
                    int year = EraYears.parse(HEISEI + m.group()).orElseThrow().gregorian();
                    return new FiscalYear(year, null, null, m.group());
                }
            }
        }
        return null;
    }

    /** The warning a year read without its era ({@link #eraless}) calls for, else null. */
    static String eralessWarning(FiscalYear y) {
        if (y == null || y.era() != null || !ERALESS.matcher(y.text()).matches()) {
            return null;
        }
        return "fiscal year " + y.text() + " is written without its era: read as " + HEISEI + y.text() + " ("
                + y.year() + ")";
    }

    /** A line of the opening that may be the title: short, and speaking of 目標, 方針, 宣言, 運営, 計画 or 方向. */
    private static boolean isTitleLike(String t) {
        return t.length() <= 60 && TITLE_WORD.matcher(t).find();
    }

    /** The year right after a form's year label ({@code 評価年度:2007年度}) in the opening, if any. */
    private static FiscalYear labelled(List<String> opening) {
        for (String t : opening) {
            Matcher m = Lexicon.FISCAL_YEAR_LABEL.matcher(t);
            while (m.find()) {
                List<EraYear> years = EraYears.findAll(t.substring(m.end()));
                if (!years.isEmpty() && years.get(0).start() == 0 && years.get(0).fiscal()) {
                    return new FiscalYearMatch(years.get(0)).toFiscalYear();
                }
            }
        }
        return null;
    }

    /** The warning a plan's term in the title calls for, the fiscal year left null, else null. */
    static String planTermWarning(List<String> openingTitles) {
        return openingTitles.stream().limit(OPENING).filter(t -> isTitleLike(t) && hasPlanTerm(t)).findFirst()
                .map(t -> "no fiscal year: the title names a plan of several years (" + abbreviated(t) + ")").orElse(null);
    }

    private static String abbreviated(String t) {
        String s = t.strip();
        return s.length() <= 40 ? s : s.substring(0, 40) + "…";
    }

    /** A plan's term of more than {@link Lexicon#PLAN_PERIOD_YEARS_MAX} years in {@code t}: 平成30年度~令和4年度. */
    private static boolean hasPlanTerm(String t) {
        return EraYears.findAll(t).stream().anyMatch(y -> y.fiscal() && startsPlanTerm(t, y));
    }

    /** Whether the year at {@code y} in {@code t} starts a plan's term of more years than one year's plan has. */
    private static boolean startsPlanTerm(String t, EraYear y) {
        String after = t.substring(y.end()).stripLeading();
        if (after.isEmpty() || "~〜~".indexOf(after.charAt(0)) < 0) {
            return false;
        }
        List<EraYear> end = EraYears.findAll(after.substring(1).stripLeading());
        return !end.isEmpty() && end.get(0).start() == 0
                && end.get(0).gregorian() - y.gregorian() + 1 > Lexicon.PLAN_PERIOD_YEARS_MAX;
    }

    /** Whether the year at {@code y} in {@code t} may be the document's: no deadline, start, range end or baseline. */
    static boolean isOwn(String t, EraYear y) {
        if (Lexicon.NOT_THE_FISCAL_YEAR_AFTER.matcher(t).region(y.end(), t.length()).lookingAt()) {
            return false;
        }
        if (startsPlanTerm(t, y)) {
            return false; // the start of a plan's term of years: 令和3年度~令和7年度
        }
        String before = t.substring(0, y.start()).stripTrailing();
        if (Lexicon.DEADLINE_YEAR_LABEL.matcher(before).find()) {
            return false; // 目標年度:令和7年度
        }
        if (!before.isEmpty() && "~〜~-ー".indexOf(before.charAt(before.length() - 1)) >= 0) {
            return false; // the end of a range: 平成28~令和4年度
        }
        if (!(before.endsWith("(") || before.endsWith("("))) {
            return true;
        }
        // a baseline aside: (平成20年度 157人), (令和5年度:52%); a figure's date: 14,989人 / (令和2年度)
        return !BASELINE_FIGURE.matcher(t).region(y.end(), t.length()).lookingAt()
                && !FIGURE_BEFORE.matcher(before.substring(0, before.length() - 1)).find();
    }

    private static final Pattern FIGURE_BEFORE = Pattern.compile("\\d[^\\s]{0,4}\\s*[//]?\\s*$");
    private static final Pattern BASELINE_FIGURE = Pattern.compile("\\s*[::]?\\s*[\\d,.]+");

    /**
     * An archive's list: three or more short lines that differ only in their year (平成29年度部長目標宣言, 平成28年度部長
     * 目標宣言, …). Null when the text holds one; else the empty set.
     */
    private static Set<String> archiveList(List<String> texts) {
        Map<String, Set<Integer>> years = new HashMap<>();
        for (String t : texts) {
            String c = Texts.compact(t);
            if (c.length() > LIST_ENTRY_MAX) {
                continue;
            }
            var fy = EraYears.findFiscalYear(c);
            if (fy.isPresent() && fy.get().year().start() == 0) {
                String form = c.substring(fy.get().year().end());
                if (!form.isEmpty()) {
                    years.computeIfAbsent(form, k -> new HashSet<>()).add(fy.get().gregorian());
                }
            }
        }
        return years.values().stream().anyMatch(s -> s.size() >= LIST_YEARS) ? null : Set.of();
    }

    /**
     * The year in a sheet's 時点 row under its 今年度目標値 (今年度) column: the header row names the columns, the row
     * below whose first cell is 時点 gives each column's year (a row one cell longer than the header has the label
     * column the header leaves out). The row's other cells (基準値, 長期的目標値) go into {@code skip}.
     */
    private static FiscalYear thisYearsColumn(Outline outline, Set<String> skip) {
        for (Node n : outline.nodes()) {
            if (!(n instanceof TableNode t)) {
                continue;
            }
            List<TableNode.Row> rows = t.rows();
            for (int h = 0; h < rows.size(); h++) {
                int target = -1;
                List<TableNode.Cell> header = rows.get(h).cells();
                for (int c = 0; c < header.size(); c++) {
                    if (Lexicon.THIS_YEARS_TARGET_COLUMN.matcher(Texts.compact(header.get(c).text())).matches()) {
                        target = c;
                    }
                }
                if (target < 0) {
                    continue;
                }
                for (int r = h + 1; r < Math.min(rows.size(), h + 3); r++) {
                    List<TableNode.Cell> row = rows.get(r).cells();
                    if (row.isEmpty() || !Lexicon.AS_OF_ROW.equals(Texts.compact(row.get(0).text()))) {
                        continue;
                    }
                    int at = target + (row.size() > header.size() ? 1 : 0);
                    row.forEach(c -> skip.add(c.text()));
                    if (at < row.size()) {
                        var fy = EraYears.findFiscalYear(row.get(at).text());
                        if (fy.isPresent() && fy.get().year().era() != null) {
                            return fy.get().toFiscalYear();
                        }
                        FiscalYear ofMonth = fiscalYearOfMonth(Texts.compact(row.get(at).text()));
                        if (ofMonth != null) {
                            return ofMonth;
                        }
                    }
                }
            }
        }
        return null;
    }

    /** An era's month as a sheet's 時点 row writes it: R4.3, H25.3, 令和4年3月. */
    private static final Pattern ERA_MONTH = Pattern.compile("^(?:([RHS])|(令和|平成|昭和))(\\d{1,2}|元)(?:[..]|年)(\\d{1,2})月?(?:末)?$");

    /**
     * The fiscal year a month falls in (R4.3, March of 令和4, closes 令和3年度; R4.4 opens 令和4年度); null for anything
     * else.
     */
    static FiscalYear fiscalYearOfMonth(String cell) {
        Matcher m = ERA_MONTH.matcher(cell);
        if (!m.matches()) {
            return null;
        }
        var era = m.group(1) != null ? org.goalparse.ja.Era.ofLetter(m.group(1).charAt(0))
                : org.goalparse.ja.Era.ofKanji(m.group(2));
        int eraYear = m.group(3).equals("元") ? 1 : Integer.parseInt(m.group(3));
        int month = Integer.parseInt(m.group(4));
        if (era.isEmpty() || month < 1 || month > 12) {
            return null;
        }
        int fiscalEraYear = month <= 3 ? eraYear - 1 : eraYear;
        if (fiscalEraYear < 1) {
            return null; // the first months of an era close the last year of the one before
        }
        return new FiscalYear(era.get().gregorian(fiscalEraYear), era.get().kanji(), fiscalEraYear, cell);
    }
}
