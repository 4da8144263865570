package org.goalparse.ja;

import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Dates in (NFKC-normalized) Japanese text: {@code 令和4年10月1日}, {@code 令和5年3月末日} (last day of the month),
 * {@code 令和5年(2023年)2月}, {@code 2022年10月1日}, {@code R4.10.1}, {@code 2022/10/1}, and dates without a year:
 * {@code 10月1日}, {@code 2月末}, {@code 7月}, {@code 3/27}. A date without a year takes it from the context year, read as
 * a fiscal year (April to March): months 1-3 fall in the following calendar year. A plain year ({@code 令和4年度},
 * {@code 令和4年}) is not a date: see {@link EraYears}. Stateless and thread-safe.
 */
public final class JapaneseDates {
    private static final String ERA = "(?:令和|平成|昭和|大正|明治)";
    private static final String ERA_YEAR = "(?:元|\\d{1,2}|[〇一二三四五六七八九十]{1,3})";
    private static final String DAY_PART = "(?:\\s?(?<%1$sd>\\d{1,2})\\s?日|(?<%1$slast>末日)|(?<%1$smon>末|上旬|中旬|下旬|初旬|初め))?";
    private static final Pattern DATE = Pattern.compile(
            // 令和4年10月1日, 令和5年(2023年)2月末, 2022年10月1日
            "(?:(?<ye>" + ERA + ")\\s?(?<yey>" + ERA_YEAR + ")|(?<![\\d.,])(?<yg>1[89]\\d{2}|2[01]\\d{2}))\\s?年"
                    + "(?:\\s?\\(\\s?\\d{4}\\s?年\\s?\\))?\\s?(?<ym>\\d{1,2})\\s?月(?!間)" + DAY_PART.formatted("y")
                    // R4.10.1, 令和4.10.1
                    + "|(?<![A-Za-z\\d.])(?:(?<de>" + ERA + ")|(?<dl>[RHS]))\\s?(?<dey>元|\\d{1,2})[./](?<dm>\\d{1,2})[./]"
                    + "(?<dd>\\d{1,2})(?![\\d.])"
                    // 2022/10/1, 2022-10-01, 2022.10.1
                    + "|(?<![\\d./-])(?<iy>1[89]\\d{2}|2[01]\\d{2})(?<isep>[./-])(?<im>\\d{1,2})\\k<isep>(?<id>\\d{1,2})(?![\\d])"
                    // 10月1日, 2月末, 7月 (not 3か月, not 12月間)
                    + "|(?<![\\d.,/])(?<bm>\\d{1,2})\\s?月(?!間)" + DAY_PART.formatted("b")
                    // 3/27
                    + "|(?<![\\d./-])(?<sm>\\d{1,2})/(?<sd>\\d{1,2})(?![\\d/])");
    private static final Pattern MARKER = Pattern.compile("\\G\\s?(?:現在|時点)");

    private JapaneseDates() {
    }

    /** The first date in {@code text}; {@code contextYear} (a fiscal year, may be null) supplies a missing year. */
    public static Optional<LocalDateMatch> findDate(String text, Integer contextYear) {
        List<LocalDateMatch> all = scan(text, contextYear, true);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    /** Every date in {@code text}, in order, not overlapping. */
    public static List<LocalDateMatch> findAll(String text, Integer contextYear) {
        return scan(text, contextYear, false);
    }

    /** The calendar year of {@code month} within fiscal year {@code fiscalYear} (April-March). */
    public static int calendarYear(int fiscalYear, int month) {
        return month <= 3 ? fiscalYear + 1 : fiscalYear;
    }

    private static List<LocalDateMatch> scan(String text, Integer contextYear, boolean firstOnly) {
        List<LocalDateMatch> out = new ArrayList<>();
        if (text == null || !mayHoldDate(text)) {
            return out;
        }
        Matcher m = DATE.matcher(text);
        Matcher marker = MARKER.matcher(text);
        while (m.find()) {
            LocalDateMatch d = toDate(m, text, contextYear, marker);
            if (d != null) {
                out.add(d);
                if (firstOnly) {
                    break;
                }
            }
        }
        return out;
    }

    /**
     * Every form of {@link #DATE} has a month written with 月 or a separator ({@code /}, {@code .}, {@code -}): a text
     * without any of them holds no date, and most sentences are spared the pattern's many alternatives.
     */
    private static boolean mayHoldDate(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '月' || c == '/' || c == '.' || c == '-') {
                return true;
            }
        }
        return false;
    }

    private static LocalDateMatch toDate(Matcher m, String text, Integer contextYear, Matcher marker) {
        Integer year;
        int month;
        Integer day = null;
        boolean last = false;
        if (m.group("ym") != null) {
            year = m.group("ye") != null ? eraYear(m.group("ye"), m.group("yey")) : Integer.valueOf(m.group("yg"));
            if (year == null) {
                return null;
            }
            month = Integer.parseInt(m.group("ym"));
            day = m.group("yd") == null ? null : Integer.valueOf(m.group("yd"));
            last = m.group("ylast") != null;
        } else if (m.group("dm") != null) {
            Era era = m.group("de") != null ? Era.ofKanji(m.group("de")).orElseThrow()
                    : Era.ofLetter(m.group("dl").charAt(0)).orElseThrow();
            year = eraYear(era.kanji(), m.group("dey"));
            if (year == null) {
                return null;
            }
            month = Integer.parseInt(m.group("dm"));
            day = Integer.valueOf(m.group("dd"));
        } else if (m.group("im") != null) {
            year = Integer.valueOf(m.group("iy"));
            month = Integer.parseInt(m.group("im"));
            day = Integer.valueOf(m.group("id"));
        } else if (m.group("bm") != null) {
            month = Integer.parseInt(m.group("bm"));
            day = m.group("bd") == null ? null : Integer.valueOf(m.group("bd"));
            last = m.group("blast") != null;
            year = null;
        } else {
            month = Integer.parseInt(m.group("sm"));
            day = Integer.valueOf(m.group("sd"));
            year = null;
        }
        if (year == null && contextYear != null && month >= 1 && month <= 12) {
            year = calendarYear(contextYear, month);
        }
        if (month < 1 || month > 12 || (day != null && (day < 1 || day > 31))) {
            return null;
        }
        if (year != null && (year < 1868 || year > 2200)) {
            return null;
        }
        if (year != null && day != null && day > YearMonth.of(year, month).lengthOfMonth()) {
            return null;
        }
        if (last) {
            day = year == null ? (month == 2 ? null : YearMonth.of(2001, month).lengthOfMonth())
                    : Integer.valueOf(YearMonth.of(year, month).lengthOfMonth());
        }
        String asOf = null;
        if (year != null) {
            asOf = day == null ? "%04d-%02d".formatted(year, month) : "%04d-%02d-%02d".formatted(year, month, day);
        }
        boolean marked = marker.region(m.end(), text.length()).lookingAt();
        return new LocalDateMatch(year, month, day, last, asOf, marked, m.group(), m.start(), m.end());
    }

    private static Integer eraYear(String eraKanji, String n) {
        Era era = Era.ofKanji(eraKanji).orElseThrow();
        Integer y = "元".equals(n) ? Integer.valueOf(1) : KanjiNumerals.parseInt(n).orElse(null);
        return y == null || y < 1 ? null : era.gregorian(y);
    }
}
