package org.goalparse.ja;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.goalparse.lexicon.Lexicon;

/**
 * Whether a word is a department's name (市民生活部, 上下水道局, 教育委員会), cleaned of what print glues to it: a year
 * before it (令和3年度水道局), the municipality before it (白浜台市上下水道局), a merged cell printed twice. Every stage
 * that meets a department's name asks here: the splitter reading a page's title, the interpreter's finders.
 */
public final class DepartmentNames {
    /**
     * Year words that may stand glued before a name: 令和3年度, 2021年度, 令和三年, 年度; a 年 after no numeral is part of
     * the name (こども青少年局, 青年部).
     */
    private static final Pattern YEAR_PREFIX = Pattern.compile("^.*?(?:年度|(?<=[0-9０-９元一二三四五六七八九十])年)(?=.)");
    private static final Pattern NAME = Pattern.compile(
            "^(?:\\p{IsHiragana}{1,6})?[\\p{IsHan}\\p{IsKatakana}ー・\\p{IsHiragana}]{1,14}?(?:"
                    + Lexicon.alternation(Lexicon.DEPARTMENT_ENDINGS) + ")$");
    /** The suffixes of a municipality or prefecture that may stand glued before a department's name. */
    private static final String PLACE_SUFFIXES = "市町村県府都";

    private DepartmentNames() {
    }

    /** A form value: "市民部", "市民部 市民課", "市民部長" -> 市民部; a value that names no department -> null. */
    public static String fromValue(String value) {
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
    /**
     * A municipality's name and 部 or 局 alone, read from its 部長 or 局長 ({@code 東松島市部長マニフェスト}: every head of a
     * department of the city): no department. 都市部 is one (a single character before its 市).
     */
    private static final Pattern MUNICIPALITY_ALONE = Pattern.compile("[\\p{IsHan}ヶケ々]{2,5}[市町村県][部局]");

    /**
     * A city, town or village the dictionary cuts apart (筑|西市, 常|総|市) printed before one of its bodies: the body
     * is the unit ({@code 若葉市農業委員会} is 農業委員会). Of the place only its last character may be 市/町/村.
     */
    private static final Pattern PLACE_BEFORE_A_BODY = Pattern.compile(
            "^(?:[\\p{IsHan}ヶケ々&&[^市町村]]{1,4}|\\p{IsHiragana}{2,6})[市町村](?=(?:"
                    + Lexicon.alternation(Lexicon.MUNICIPAL_BODIES) + ")$)");

    /**
     * A line that is nothing but a city, town or village and one of its bodies ({@code 若葉市農業委員会}, a form's
     * 農業委員会名 value on its own line): the place and the body; null for any other line.
     */
    public static String[] placeAndBody(String line) {
        String c = line.replaceAll("\\s+", "");
        Matcher m = PLACE_BEFORE_A_BODY.matcher(c);
        return m.lookingAt() ? new String[] {c.substring(0, m.end()), c.substring(m.end())} : null;
    }

    /** Every line of the texts that is nothing but a place and one of its bodies: {place, body} each, in order. */
    public static List<String[]> placesAndBodies(List<String> texts) {
        List<String[]> found = new java.util.ArrayList<>();
        for (String t : texts) {
            for (String line : t.split("\n")) {
                String[] pb = placeAndBody(line);
                if (pb != null) {
                    found.add(pb);
                }
            }
        }
        return found;
    }

    /**
     * Bodies a prefecture or city owns, named after its bare suffix in prose ({@code 県水道局の…}): the body is the
     * unit. 役所, 役場 and 議会 are not among them: 市役所 and 市議会 are the units' own names.
     */
    private static final java.util.Set<String> OWNED_BODIES = Lexicon.MUNICIPAL_BODIES.stream()
            .filter(b -> !b.equals("役所") && !b.equals("役場") && !b.equals("議会"))
            .collect(java.util.stream.Collectors.toUnmodifiableSet());

    public static String clean(String candidate) {
        String c = withoutYearAndPlace(candidate);
        Matcher body = PLACE_BEFORE_A_BODY.matcher(c);
        if (body.lookingAt()) {
            c = c.substring(body.end());
        }
        if (c.length() >= 5 && "市町村".indexOf(c.charAt(0)) >= 0 && c.endsWith("委員会")) {
            c = c.substring(1); // いなべ市農業委員会 read from its 市: the body is 農業委員会
        }
        if (c.length() >= 4 && "都府県市町村".indexOf(c.charAt(0)) >= 0 && OWNED_BODIES.contains(c.substring(1))) {
            c = c.substring(1); // 県水道局, 市消防本部: the owner's suffix before its body (市役所, 市議会 stay)
        }
        if (c.length() % 2 == 0 && c.substring(0, c.length() / 2).equals(c.substring(c.length() / 2))) {
            c = c.substring(0, c.length() / 2); // a merged cell printed twice: 教育委員会教育委員会
        }
        if (c.length() < 2 || c.length() > 16 || Lexicon.NOT_DEPARTMENTS.contains(c) || !NAME.matcher(c).matches()
                || MUNICIPALITY_ALONE.matcher(c).matches()
                || c.endsWith("課") || isYearOrNumberOnly(c) || Lexicon.NATIONAL_MINISTRY.matcher(c).find()) {
            return null;
        }
        return c;
    }

    /**
     * A facility's name as its unit ({@code 中央公民館}, {@code 浦幌町立博物館}, {@code 学校給食センター}), cleaned of a
     * year and of the municipality glued before it ({@code 若葉市郷土資料館} is 郷土資料館); a city's own facility keeps
     * its 市立 / 県立 / 市民 (伊万里市民図書館, 岡山県立図書館). Null when nothing but the ending is left.
     */
    public static String facility(String candidate) {
        String c = withoutYearAndPlace(candidate);
        Matcher p = HIRAGANA_PLACE.matcher(c);
        if (p.lookingAt()) {
            c = c.substring(p.end()); // むかわ町郷土資料保管庫: a town in kana the dictionary does not know
        }
        String ending = Lexicon.FACILITY_ENDINGS.stream().filter(c::endsWith).findFirst().orElse(null);
        return ending == null || c.length() < ending.length() + 2 || c.length() > 20 ? null : c;
    }

    /** The candidate without white space, a year glued before it (令和3年度水道局) and the municipality before that. */
    private static String withoutYearAndPlace(String candidate) {
        String c = candidate.replaceAll("\\s+", "");
        Matcher y = YEAR_PREFIX.matcher(c);
        if (y.find()) {
            c = c.substring(y.end());
        }
        return withoutPlace(c);
    }

    /** A town or village written in kana before a facility, but not its own 町立 / 村民 facility. */
    private static final Pattern HIRAGANA_PLACE = Pattern.compile("^\\p{IsHiragana}{2,6}[市町村](?![立民])");

    /**
     * The name without the municipality glued before it in a title line: 白浜台市上下水道局 is 上下水道局, 東山県県土整備部
     * 県土整備部. The place ends where Kuromoji tags a 市/町/村/県/府/都 as a place suffix (名詞-接尾-地域) after nouns,
     * so 都市整備局, 市民部, 県土整備部 and 町民生活部, whose 市/県/町 begin a word, keep their names.
     */
    public static String withoutPlace(String c) {
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
