package org.goalparse.interpret;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.goalparse.ja.Morpheme;
import org.goalparse.ja.Morphology;
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
    /** Year words that may stand glued before a name: 令和3年度, 2021年度, 年度. */
    private static final Pattern YEAR_PREFIX = Pattern.compile("^.*?(?:年度|年)(?=.)");
    private static final Pattern NAME = Pattern.compile(
            "^(?:\\p{IsHiragana}{1,6})?[\\p{IsHan}\\p{IsKatakana}ー・\\p{IsHiragana}]{1,14}?(?:"
                    + Lexicon.alternation(Lexicon.DEPARTMENT_ENDINGS) + ")$");
    /** Endings that name a department wherever they stand; 室 and センター only in a form's department field. */
    private static final Pattern STRONG_ENDING = Pattern.compile("(部|局|委員会)$");
    private static final int OPENING = 40;
    /** The first lines of the opening, where a page prints the name of the unit it belongs to. */
    private static final int UNIT_LINES = 3;
    /** A ward office's name (西区役所, 港北区役所); 各区役所 and 区役所 alone name none. */
    private static final Pattern WARD_OFFICE = Pattern.compile(
            "(?!各)[\\p{IsHan}\\p{IsKatakana}ー]{1,8}" + Lexicon.WARD_OFFICE);
    /** The suffixes of a municipality or prefecture that may stand glued before a department's name. */
    private static final String PLACE_SUFFIXES = "市町村県府都";
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

    /** A form value: "市民部", "市民部 市民課", "市民部長" -> 市民部; a value that names no department -> null. */
    static String fromValue(String value) {
        for (String token : value.split("[\\s/／・,、]+")) {
            String t = token.endsWith("長") ? token.substring(0, token.length() - 1) : token;
            String d = clean(t);
            if (d != null) {
                return d;
            }
        }
        return null;
    }

    /** The department a candidate names, without a year glued before it; null when it is no department's name. */
    static String clean(String candidate) {
        String c = Texts.compact(candidate);
        Matcher y = YEAR_PREFIX.matcher(c);
        if (y.find()) {
            c = c.substring(y.end());
        }
        c = withoutPlace(c);
        if (c.length() % 2 == 0 && c.substring(0, c.length() / 2).equals(c.substring(c.length() / 2))) {
            c = c.substring(0, c.length() / 2); // a merged cell printed twice: 教育委員会教育委員会
        }
        if (c.length() < 2 || c.length() > 16 || Lexicon.NOT_DEPARTMENTS.contains(c) || !NAME.matcher(c).matches()
                || c.endsWith("課") || isYearOrNumberOnly(c)) {
            return null;
        }
        return c;
    }

    /**
     * The name without the municipality glued before it in a title line: 白浜台市上下水道局 is 上下水道局, 東山県県土整備部
     * 県土整備部. The place ends where Kuromoji tags a 市/町/村/県/府/都 as a place suffix (名詞-接尾-地域) after nouns,
     * so 都市整備局, 市民部, 県土整備部 and 町民生活部, whose 市/県/町 begin a word, keep their names.
     */
    static String withoutPlace(String c) {
        if (c.length() < 4 || PLACE_SUFFIXES.chars().noneMatch(ch -> c.indexOf(ch, 1) > 0)) {
            return c;
        }
        List<Morpheme> ms = Morphology.get().tokenize(c);
        for (int i = 1; i < ms.size() - 1; i++) {
            Morpheme m = ms.get(i);
            if (!ms.get(i - 1).is("名詞")) {
                return c;
            }
            if (m.is("名詞-接尾-地域") && m.surface().length() == 1 && PLACE_SUFFIXES.contains(m.surface())) {
                String rest = c.substring(m.end());
                return rest.length() >= 2 ? rest : c;
            }
        }
        return c;
    }

    private static boolean isYearOrNumberOnly(String c) {
        return c.chars().allMatch(ch -> Character.isDigit(ch) || "年度部局".indexOf(ch) >= 0);
    }
}
