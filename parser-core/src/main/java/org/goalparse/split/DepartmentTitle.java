package org.goalparse.split;

import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.goalparse.ja.DepartmentNames;
import org.goalparse.ja.EraYears;
import org.goalparse.ja.FiscalYearMatch;
import org.goalparse.lexicon.Lexicon;

/**
 * A line that titles a department's document, and the department it names: {@code 市民部の基本方針},
 * {@code 令和3年度 市民生活部長の目標宣言}, {@code 市民生活部組織目標}, {@code 若葉市 総務部}, {@code 【健康福祉部】},
 * {@code 市民生活部長 関谷 佳代子}, {@code 西区役所の運営方針}, or a form field {@code 部局名:市民部}. The name stands first
 * (after a year or the city) and what follows it is only the genre's title words (Lexicon.GOAL_TITLE_WORDS), a year
 * or the head's name: a sentence that mentions a department ({@code 企画部との連携を強化}) titles nothing.
 *
 * @param department the department named
 * @param fiscalYear the fiscal year the line names (2025 for 令和7年度), or null
 * @param worded whether the line says what it titles (a title word, or a form's department label), not only a
 *               name or a head's line: what a line must be to title a section where the format marks no headings
 */
record DepartmentTitle(String department, Integer fiscalYear, boolean worded) {
    DepartmentTitle {
        Objects.requireNonNull(department, "department");
    }

    /** Whether two titles name one department: 教育委員会 and 教育委員会事務局, 教育部 and a name glued to it. */
    boolean sameDepartment(DepartmentTitle other) {
        return department.contains(other.department) || other.department.contains(department);
    }

    /**
     * Whether {@code other} may be a unit inside this one: a 部 under a 局, a 委員会 or a ward office (a city of
     * 局 has 部 inside them: 健康福祉局 福祉部; an education board has 学校教育部). Such a title inside the umbrella's
     * pages does not start a department of its own.
     */
    boolean mayHold(DepartmentTitle other) {
        return UMBRELLA.matcher(department).find() && other.department.endsWith("部")
                && !other.department.endsWith("本部");
    }

    private static final Pattern UMBRELLA = Pattern.compile("(?:局|委員会|" + Lexicon.WARD_OFFICE + ")$");

    DepartmentTitle withYear(Integer year) {
        return new DepartmentTitle(department, year, worded);
    }

    /** A department's name and what may follow it; 区役所 for a ward office (西区役所). */
    private static final Pattern NAME = Pattern.compile(
            "((?:(?<=^|[\\s【\\[〔(「『・])\\p{IsHiragana}{1,6})?[\\p{IsHan}\\p{IsKatakana}ー・]{1,12}?"
                    + "(?:部|局|委員会|" + Lexicon.WARD_OFFICE + "))(?=長|の|組織|運営|経営|目標|\\s|$|\\(|】|\\]|〕)");
    /** Years and brackets that may stand around the name: 令和7年度, (2025年度), R7. */
    private static final Pattern YEAR = Pattern.compile(
            "[((]?(?:令和|平成|昭和|R|H)?\\s*[0-9元]{1,4}\\s*年度?(?:\\s*[((][^))]{0,10}[))])?[))]?|[((][^))]{0,12}[))]");
    /** A municipality or prefecture printed before the name: 若葉市, 東山県. */
    private static final Pattern PLACE = Pattern.compile("^[\\p{IsHan}\\p{IsKatakana}ー]{1,8}?[市町村県都府](?=\\s|$)");
    private static final Pattern TITLE_WORD = Pattern.compile(Lexicon.alternation(Lexicon.GOAL_TITLE_WORDS));
    /** After the name: 長, の, then kanji and katakana only (組織目標, 基本方針, 目標宣言), with 取り組み as 取組. */
    private static final Pattern TAIL = Pattern.compile("^長?の?[\\p{IsHan}\\p{IsKatakana}ー・]*$");
    /** 長 and a name after a space: the head's line (市民生活部長 関谷 佳代子). */
    private static final Pattern HEAD_LINE = Pattern.compile("^長(?:\\s+[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}ー]{1,8}){0,2}$");
    private static final Pattern FORM_FIELD = Pattern.compile("^\\s*([^::\\s]{2,6})\\s*[::]\\s*(\\S.{0,30})$");
    /** A title is short; a sentence is not one. */
    private static final int MAX_LENGTH = 40;

    /** The department a line titles, or null. */
    static DepartmentTitle of(String line) {
        String t = line.strip();
        if (t.isEmpty() || t.length() > MAX_LENGTH || t.contains("。") || t.contains("、") || !mayName(t)) {
            return null;
        }
        Matcher f = FORM_FIELD.matcher(t);
        if (f.matches()) {
            return field(f.group(1), f.group(2));
        }
        Matcher m = NAME.matcher(t);
        if (!m.find()) {
            return null;
        }
        if (!isPrefix(t.substring(0, m.start()))) {
            return null;
        }
        String department = name(m.group(1));
        if (department == null) {
            return null;
        }
        String tail = t.substring(m.end()).replace("取り組み", "取組").replace("取り組", "取組");
        String bare = YEAR.matcher(tail).replaceAll("").replaceAll("[\\s】\\]〕]", "");
        boolean worded = TAIL.matcher(bare).matches() && TITLE_WORD.matcher(bare).find();
        boolean titled = worded || bare.isEmpty() || HEAD_LINE.matcher(tail.strip()).matches();
        return titled ? new DepartmentTitle(department, year(t), worded) : null;
    }

    /** Whether a line holds a name's ending or a field's colon at all: most lines do not, and end here. */
    private static boolean mayName(String t) {
        for (int i = 0; i < t.length(); i++) {
            char c = t.charAt(i);
            if (c == '部' || c == '局' || c == '会' || c == '所' || c == ':' || c == ':') {
                return true;
            }
        }
        return false;
    }

    /** A form field (a label cell and its value, or {@code 部局名:市民部}) naming the department, else null. */
    static DepartmentTitle field(String label, String value) {
        if (Lexicon.field(label.replaceAll("\\s", "")) != Lexicon.Field.DEPARTMENT) {
            return null;
        }
        String d = DepartmentNames.fromValue(value);
        return d == null ? null : new DepartmentTitle(d, null, true);
    }

    /** The fiscal year a line names (令和7年度: 2025), or null. */
    static Integer year(String line) {
        return EraYears.findFiscalYear(line).map(FiscalYearMatch::year).map(y -> y.gregorian()).orElse(null);
    }

    private static boolean isPrefix(String prefix) {
        String p = YEAR.matcher(prefix).replaceAll(" ").strip();
        p = PLACE.matcher(p).replaceFirst("").strip();
        return p.replaceAll("[\\s【\\[〔(「『]", "").isEmpty();
    }

    private static String name(String candidate) {
        if (candidate.endsWith(Lexicon.WARD_OFFICE)) {
            String c = DepartmentNames.withoutPlace(candidate.replaceAll("\\s", ""));
            return c.length() > Lexicon.WARD_OFFICE.length() && !c.startsWith("各") ? c : null;
        }
        return DepartmentNames.clean(candidate);
    }
}
