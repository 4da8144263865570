package org.goalparse.ja;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds years in (NFKC-normalized) Japanese text and converts them to Gregorian: {@code 令和4年度} 2022,
 * {@code 令和元年度} 2019, {@code 令和四年度} 2022, {@code 平成31年} 2019, {@code 昭和64年} 1989, {@code R4}/{@code H28},
 * {@code 2022年度}, and {@code 令和4年度(2022年度)} or {@code 2004(平成16)年度} as one match (the Gregorian year
 * read, the era in parentheses ignored). A year inside a date ({@code 令和4年10月1日}) is found
 * as a year (fiscal false); {@link #findFiscalYear} only takes …年度. Stateless and thread-safe.
 */
public final class EraYears {
    private static final String PAREN_GREGORIAN = "(?:\\s?\\(\\s?(?<pg>\\d{4})\\s?年(?:度)?\\s?\\))?";
    private static final Pattern YEAR = Pattern.compile(
            "(?<era>令和|平成|昭和|大正|明治)\\s?(?<ey>元|\\d{1,2}|[〇一二三四五六七八九十]{1,3})\\s?(?<eyk>年度|年)"
                    + PAREN_GREGORIAN
                    + "|(?<![A-Za-z0-9])(?<letter>[RHS])\\.?\\s?(?<ly>\\d{1,2})(?:\\s?(?<lyk>年度|年)|(?![A-Za-z0-9.]))"
                    + "|(?<![\\d.,])(?<gy>1[89]\\d{2}|2[01]\\d{2})"
                    + "(?:\\s?\\(\\s?(?<pe>令和|平成|昭和)\\s?(?<pey>元|\\d{1,2})\\s?\\))?\\s?(?<gyk>年度|年)");

    private EraYears() {
    }

    /** The first year in {@code text}, if any. */
    public static Optional<EraYear> parse(String text) {
        List<EraYear> all = scan(text, true);
        return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
    }

    /** Every year in {@code text}, in order, not overlapping. */
    public static List<EraYear> findAll(String text) {
        return scan(text, false);
    }

    /** The first fiscal year (…年度) in {@code text}; years of dates and plain 年 are skipped. */
    public static Optional<FiscalYearMatch> findFiscalYear(String text) {
        for (EraYear y : findAll(text)) {
            if (y.fiscal()) {
                return Optional.of(new FiscalYearMatch(y));
            }
        }
        return Optional.empty();
    }

    /** The first date in {@code text}: the same as {@link JapaneseDates#findDate}, here for callers of this class. */
    public static Optional<LocalDateMatch> findDate(String text, Integer contextYear) {
        return JapaneseDates.findDate(text, contextYear);
    }

    private static List<EraYear> scan(String text, boolean firstOnly) {
        List<EraYear> out = new ArrayList<>();
        if (text == null || !mayHoldYear(text)) {
            return out;
        }
        Matcher m = YEAR.matcher(text);
        while (m.find()) {
            EraYear y = toYear(m, text);
            if (y != null) {
                out.add(y);
                if (firstOnly) {
                    break;
                }
            }
        }
        return out;
    }

    /** Every form of {@link #YEAR} has 年 or an era letter (R, H, S): without either a text holds no year. */
    private static boolean mayHoldYear(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '年' || c == 'R' || c == 'H' || c == 'S') {
                return true;
            }
        }
        return false;
    }

    private static EraYear toYear(Matcher m, String text) {
        String matched = m.group();
        if (m.group("era") != null) {
            Era era = Era.ofKanji(m.group("era")).orElseThrow();
            String ey = m.group("ey");
            Integer n = "元".equals(ey) ? Integer.valueOf(1) : KanjiNumerals.parseInt(ey).orElse(null);
            if (n == null || n < 1) {
                return null;
            }
            boolean fiscal = m.group("eyk").equals("年度");
            String label = m.group("pg") == null ? matched : text.substring(m.start(), m.end("eyk"));
            return new EraYear(era.kanji(), n, era.gregorian(n), fiscal, matched, label, m.start(), m.end());
        }
        if (m.group("letter") != null) {
            Era era = Era.ofLetter(m.group("letter").charAt(0)).orElseThrow();
            int n = Integer.parseInt(m.group("ly"));
            if (n < 1) {
                return null;
            }
            boolean fiscal = "年度".equals(m.group("lyk"));
            return new EraYear(era.kanji(), n, era.gregorian(n), fiscal, matched, matched, m.start(), m.end());
        }
        int g = Integer.parseInt(m.group("gy"));
        if (g < 1868 || g > 2200) {
            return null;
        }
        boolean fiscal = m.group("gyk").equals("年度");
        if (m.group("pe") != null) { // 2004(平成16)年度: the era kept when it agrees with the year
            Era era = Era.ofKanji(m.group("pe")).orElseThrow();
            int n = "元".equals(m.group("pey")) ? 1 : Integer.parseInt(m.group("pey"));
            if (n >= 1 && era.gregorian(n) == g) {
                return new EraYear(era.kanji(), n, g, fiscal, matched, matched, m.start(), m.end());
            }
        }
        return new EraYear(null, null, g, fiscal, matched, matched, m.start(), m.end());
    }
}
