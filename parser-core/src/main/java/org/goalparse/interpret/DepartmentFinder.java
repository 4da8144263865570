package org.goalparse.interpret;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.goalparse.ja.DepartmentNames;
import org.goalparse.lexicon.Lexicon;

/**
 * The department: the value of a form field labelled 部局名/部名/所属/所管… (a label is never the value), else a
 * department in brackets in the opening ({@code 【健康福祉部】}), else a ward office's name alone on one of the first
 * lines ({@code 西区役所}), else the most frequent "…部/局" that stands
 * before 長, の, は or a title word in the opening lines (市民生活部長, 市民部の基本方針). A name is cut after any
 * year written before it ({@code 令和3年度水道局} is 水道局).
 */
final class DepartmentFinder {
    /** Kanji/katakana ending in 部 or 局; a hiragana head (こども未来部, くらし安全部) only where a word starts. */
    private static final Pattern CANDIDATE = Pattern.compile(
            "((?:(?<=^|[\\s、。「『(【・])\\p{IsHiragana}{1,6})?[\\p{IsHan}\\p{IsKatakana}ー・]{1,12}?(?:部|局|委員会))"
                    + "(?=長|の|は|組織|運営|経営|目標|\\s|$|\\(|、|】|」)");
    private static final Pattern BRACKETED = Pattern.compile("[【\\[〔]([^】\\]〕]{2,16})[】\\]〕]");
    /** Endings that name a department wherever they stand; 室 and センター only in a form's department field. */
    private static final Pattern STRONG_ENDING = Pattern.compile("(部|局|委員会)$");
    private static final int OPENING = 40;
    /** The first lines of the opening, where a page prints the name of the unit it belongs to. */
    private static final int UNIT_LINES = 3;
    /** A ward office's name (西区役所, 港北区役所); 各区役所 and 区役所 alone name none. */
    private static final Pattern WARD_OFFICE = Pattern.compile(
            "(?!各)[\\p{IsHan}\\p{IsKatakana}ー]{1,8}" + Lexicon.WARD_OFFICE);
    /** A page of every department: 各部の…, 各部局の…, 各部(局)の…, 部局長の「実行宣言」 as an index. */
    private static final Pattern MANY = Pattern.compile("各部|各局|全部局|部局長の|部\\(局\\)の|各部等|部課等");

    String find(List<String> texts, FormFields fields) {
        for (FormFields.Value v : fields.of(Lexicon.Field.DEPARTMENT)) {
            String d = fromValue(v.value());
            if (d != null) {
                return d;
            }
        }
        List<String> opening = texts.subList(0, Math.min(OPENING, texts.size())).stream()
                .filter(t -> !PageFurniture.isFurniture(t)).toList();
        if (opening.stream().anyMatch(t -> MANY.matcher(t).find())) {
            return null; // a page about every department's goals (各部の運営方針, 各部局の重点目標) is none's
        }
        for (String t : opening) {
            Matcher b = BRACKETED.matcher(t);
            while (b.find()) {
                String d = clean(b.group(1));
                if (d != null && STRONG_ENDING.matcher(d).find()) {
                    return d;
                }
            }
        }
        for (String t : opening.subList(0, Math.min(UNIT_LINES, opening.size()))) {
            String w = wardOffice(t); // the unit's name above the title, not a ward named further down
            if (w != null) {
                return w;
            }
        }
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String t : opening) {
            Matcher m = CANDIDATE.matcher(t);
            while (m.find()) {
                String d = clean(m.group(1));
                if (d != null) {
                    counts.merge(d, 1, Integer::sum);
                }
            }
        }
        List<Map.Entry<String, Integer>> ranked = counts.entrySet().stream()
                .sorted((a, b) -> Integer.compare(b.getValue(), a.getValue())).toList();
        if (ranked.isEmpty()) {
            return null;
        }
        if (ranked.size() >= 3 && ranked.get(0).getValue() < 2 * ranked.get(1).getValue()) {
            return null; // a list of departments, none of them the document's own
        }
        return ranked.get(0).getKey();
    }

    /** A ward office's name alone on a line ({@code 西区役所}, {@code 若葉市西区役所} is 西区役所), else null. */
    static String wardOffice(String line) {
        String c = Texts.compact(line);
        if (!WARD_OFFICE.matcher(c).matches()) {
            return null;
        }
        String w = withoutPlace(c);
        return w.length() > Lexicon.WARD_OFFICE.length() && WARD_OFFICE.matcher(w).matches() ? w : null;
    }

    /** See {@link DepartmentNames#fromValue}. */
    static String fromValue(String value) {
        return DepartmentNames.fromValue(value);
    }

    /** See {@link DepartmentNames#clean}. */
    static String clean(String candidate) {
        return DepartmentNames.clean(candidate);
    }

    private static String withoutPlace(String c) {
        return DepartmentNames.withoutPlace(c);
    }
}
