package org.goalparse.interpret;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.goalparse.ja.Morpheme;
import org.goalparse.ja.Morphology;
import org.goalparse.lexicon.Lexicon;
import org.goalparse.model.Head;

/**
 * The department's head: the value of a form field labelled 部長名/氏名/職・氏名/評価責任者 (a title before the
 * name is its title), else a name after a head's title on one line ({@code 市民部長 山田 太郎},
 * {@code 【企画部】 企画部長 山田太郎}, {@code 総務部長(山田 太郎)}, {@code 山田 太郎(企画課、人事課)}), a head
 * introducing himself ({@code 水道事業管理者の山田太郎(やまだたろう)です}), else a name on the line after a line that
 * is only that title, else a name glued to the department's own title inside a line ({@code 市長公室長山田 太郎}).
 * A title that never heads a department (市長, 知事, 議長, 課長, 担当部長) never gives the head, nor a qualified one
 * (部長代理, 部長(事務取扱)); a 区長 heads only a ward office. A page naming several units' heads gives none.
 */
final class HeadFinder {
    private static final Pattern TITLE_THEN_REST = Pattern.compile(
            "((?:(?<![\\p{IsHiragana}])\\p{IsHiragana}{1,6})?(?:[\\p{IsHan}\\p{IsKatakana}ー・]"
                    + "|(?<=\\p{IsHan})[\\p{IsHiragana}&&[^のはをがにとでもへや]](?=\\p{IsHan}))*?(?:" // 子育て支援室長
                    + Lexicon.alternation(Lexicon.HEAD_TITLES) + "))(?:[\\s　:：・]+|(?=[((]))(.+)$"); // 部長・佐藤俊幸
    private static final Pattern TITLE_LINE = Pattern.compile(
            "^\\p{IsHiragana}{0,6}[\\p{IsHan}\\p{IsKatakana}ー・]*?(?:" + Lexicon.alternation(Lexicon.HEAD_TITLES) + ")$");
    /** A title and a name run together filling the line: 市民生活部長大浦満 (the name must read as a person's). */
    private static final Pattern TITLE_GLUED_NAME = Pattern.compile(
            "^[【\\[]?(\\p{IsHiragana}{0,6}[\\p{IsHan}\\p{IsKatakana}ー・]*?(?:" + Lexicon.alternation(Lexicon.HEAD_TITLES)
                    + "))([\\p{IsHan}々]{2,5})[】\\]]?$");
    /** A title glued to a name spaced between family and given name, filling the line: 市長公室長森 功一. */
    private static final Pattern TITLE_GLUED_SPACED_NAME = Pattern.compile(
            "^(\\p{IsHiragana}{0,6}[\\p{IsHan}\\p{IsKatakana}ー・]*?(?:" + Lexicon.alternation(Lexicon.HEAD_TITLES)
                    + "))([\\p{IsHan}々]{1,4} [\\p{IsHan}々]{1,4})$");
    private static final int OPENING = 30;
    /** A reading alone on its line in brackets: (おおの たかゆき). */
    private static final Pattern READING_LINE = Pattern.compile("^[((]([\\p{IsHiragana}\\p{IsKatakana}ー\\s　]{2,18})[))]$");
    /** A bare head's title opening a name field's value: 局長 岡ア隆司, 部長 山田 太郎. */
    private static final Pattern LEADING_TITLE = Pattern.compile(
            "^(" + Lexicon.alternation(Lexicon.HEAD_TITLES) + ")[\\s　]+(?=\\S)");
    /** A name printed without a space in a name field, after its title: two to six kanji (one kana allowed inside). */
    private static final Pattern GLUED_IN_FIELD = Pattern.compile("^[\\p{IsHan}々][\\p{IsHan}々\\p{IsKatakana}]{1,5}$");
    /** A photograph's caption before a title: 室長の写真, 顔写真, 画像:. */
    private static final Pattern PHOTO = Pattern.compile("^.*(?:写真|画像)[::]?");
    /** Where a name in a long line stops: an item's number (1.自己点検) or a bullet after a space. */
    private static final Pattern NAME_END = Pattern.compile("\\s(?:\\d+[.．]|[○●◯■□・])");
    /** A head introducing himself: 水道事業管理者の山田太郎(やまだたろう)です. */
    private static final Pattern SELF_INTRODUCED = Pattern.compile(
            "((?:[\\p{IsHan}\\p{IsKatakana}ー・])*?(?:" + Lexicon.alternation(Lexicon.HEAD_TITLES) + "))の"
                    + "([\\p{IsHan}々]{1,4}[\\s　][\\p{IsHan}々]{1,4}|[\\p{IsHan}々]{2,6})"
                    + "(?:[((]([\\p{IsHiragana}\\s　]{2,16})[))])?です");
    /** What qualifies a title rather than begins a name: 部長代理, 部長事務取扱, 部長(兼 福祉事務所長), 部長心得. */
    private static final Pattern TITLE_QUALIFIER = Pattern.compile("^(?:代理|事務取扱|職務代理|補佐|心得|兼)");
    /** A name in brackets right after its title: 総務部長(山田 太郎). */
    private static final Pattern BRACKETED_NAME = Pattern.compile("^[((]([^()()]{2,12})[))]");
    /** The rest of a line up to a closing bracket that none in it opened: the title and name stood in brackets. */
    private static final Pattern CLOSED_HERE = Pattern.compile("^([^()()]+)[))]");
    /** An aside in brackets right after a name that is no reading: 山田 太郎(企画課、人事課) names the divisions. */
    private static final Pattern ASIDE = Pattern.compile("[((](?![\\p{IsHiragana}\\p{IsKatakana}ー\\s　]+[))])");

    Head find(List<String> texts, FormFields fields, String department) {
        String title = fields.of(Lexicon.Field.HEAD_TITLE).stream().map(v -> Texts.compact(v.value()))
                .filter(t -> isHeadTitle(t, department)).findFirst().orElse(null);
        for (FormFields.Value v : fields.of(Lexicon.Field.HEAD_NAME)) {
            Head h = fromValue(v.value(), title, department);
            if (h != null) {
                return h;
            }
        }
        if (department == null && DepartmentFinder.namedHeads(texts).size() > 1) {
            return null; // 企画部長 山田 太郎 … 総務部長 川村 花子: a page of several departments' heads, none the page's
        }
        for (int i = 0; i < texts.size(); i++) {
            String t = texts.get(i).strip();
            String c = Texts.compact(t);
            if (!namesTitle(c)) {
                continue; // neither pattern below can match: most lines name no head's title
            }
            Matcher m = TITLE_THEN_REST.matcher(t);
            int from = 0;
            while (from < t.length() && m.find(from)) {
                // 室長の写真市長公室長 森 功一: a photograph's caption glued before the title is no part of it
                String printed = PHOTO.matcher(m.group(1)).replaceFirst("");
                boolean starts = printed.length() < m.group(1).length() || startsWord(t, m.start(1));
                if (!printed.isEmpty() && isHeadTitle(printed, department) && starts) {
                    String[] rn = nameAtStart(m.group(2));
                    if (rn == null && i + 1 < texts.size()) {
                        rn = spreadOverTwoLines(m.group(2), texts.get(i + 1));
                    }
                    if (rn != null) {
                        return new Head(generic(printed), rn[1], rn[0]);
                    }
                }
                from = m.end(1); // 総務部長 マニフェスト … 顔写真 総務部長 : 木矢 年謙 1.…: the next title on the line
            }
            Matcher intro = SELF_INTRODUCED.matcher(t);
            if (intro.find() && isHeadTitle(intro.group(1), department) && PersonNames.name(intro.group(2)) != null
                    && (!intro.group(1).endsWith("管理者") || intro.group(1).endsWith("事業管理者"))) {
                // 水道事業管理者の…です heads the waterworks; 防火管理者の…です is a building's fire warden
                String reading = intro.group(3) == null ? null : intro.group(3).strip();
                return new Head(generic(intro.group(1)), intro.group(2), reading); // 管理者の山田太郎(やまだたろう)です
            }
            Matcher gs = TITLE_GLUED_SPACED_NAME.matcher(PHOTO.matcher(t.replace("　", " ")).replaceFirst(""));
            if (gs.matches() && isHeadTitle(gs.group(1), department) && PersonNames.parse(gs.group(2)) != null) {
                String[] rn = PersonNames.parse(gs.group(2));
                return new Head(generic(gs.group(1)), rn[1], rn[0]); // 市長公室長森 功一: the space lost after the title
            }
            Matcher g = TITLE_GLUED_NAME.matcher(c);
            if (g.matches() && isHeadTitle(g.group(1), department) && PersonNames.name(g.group(2)) != null) {
                return new Head(generic(g.group(1)), g.group(2), null); // 市民生活部長大浦満, all of the line
            }
            if (g.matches() && isHeadTitle(g.group(1), department) && i + 1 < texts.size()) {
                String[] rn = spreadOverTwoLines(g.group(2), texts.get(i + 1));
                if (rn != null) {
                    return new Head(generic(g.group(1)), rn[1], null); // 上下水道部長山﨑 / 武司
                }
            }
            if (TITLE_LINE.matcher(c).matches() && isHeadTitle(c, department) && i + 1 < texts.size()) {
                String[] rn = PersonNames.parse(texts.get(i + 1));
                Matcher reading = READING_LINE.matcher(texts.get(i + 1).strip());
                if (rn == null && reading.matches() && i + 2 < texts.size()) {
                    // 企画部長 / (おおの たかゆき) / 大野 隆幸: the reading on a line of its own between title and name
                    String[] named = PersonNames.parse(texts.get(i + 2));
                    rn = named == null || named[0] != null ? null
                            : new String[] {reading.group(1).strip().replaceAll("[\\s　]+", " "), named[1]};
                }
                if (rn == null && isLabel(texts.get(i + 1)) && i + 2 < texts.size()) {
                    // 市民生活部長 / 部長メッセージ / 大津 隆治: a two-column form without rules read row by row, the
                    // label of the cell beside the title between the title and the name under it
                    rn = PersonNames.parse(texts.get(i + 2));
                }
                if (rn != null) {
                    return new Head(generic(c), rn[1], rn[0]);
                }
            }
        }
        return department == null ? null : gluedToOwnTitle(texts, department);
        // a title without a name is no head (an index page's 各部長, a form's empty 部長 line)
    }

    /**
     * The name right after the department's own head's title inside a line, glued to it or not (a page run into
     * one line: …目的です。 市長政策室長山田 太郎(企画課、広報課) 基本目標 …): the title is known whole, so the name
     * starts where it ends.
     */
    private static Head gluedToOwnTitle(List<String> texts, String department) {
        String title = department + "長";
        for (String t : texts) {
            int at = t.indexOf(title);
            while (at >= 0) {
                if (startsWord(t, at)) {
                    String[] rn = nameAtStart(t.substring(at + title.length()));
                    if (rn != null) {
                        return new Head(generic(title), rn[1], rn[0]);
                    }
                }
                at = t.indexOf(title, at + 1);
            }
        }
        return null;
    }

    /** A line that is a section's heading or a form's label (部長メッセージ, 基本方針, 所管課), never a name. */
    private static boolean isLabel(String line) {
        String c = Texts.compact(line);
        return !c.isEmpty() && c.length() <= 12
                && (Lexicon.field(c) != null || Lexicon.Section.of(c) != Lexicon.Section.OTHER);
    }

    /** "市民部長 山田 太郎", "山田 太郎", "やまだ たろう 山田 太郎" as a form value. */
    private static Head fromValue(String value, String title, String department) {
        String v = value.strip();
        String[] people = v.split("[、,,\\n]");
        if (people.length > 1) {
            // 所長 西山信一、局長 桐林正彦: the one whose title heads the department (…局: its 局長)
            for (String p : people) {
                Matcher pm = TITLE_THEN_REST.matcher(p.strip());
                if (pm.lookingAt() && department != null
                        && department.endsWith(Texts.compact(pm.group(1)).replaceAll("長$", ""))) {
                    return fromValue(p, title, department);
                }
            }
            return null;
        }
        Matcher m = TITLE_THEN_REST.matcher(v);
        if (m.lookingAt() && isHeadTitle(m.group(1), department)) {
            String[] rn = PersonNames.parse(m.group(2));
            if (rn != null) {
                return new Head(generic(m.group(1)), rn[1], rn[0]);
            }
        }
        Matcher lead = LEADING_TITLE.matcher(v);
        if (lead.lookingAt()) {
            // 局長 岡ア隆司 in a name cell: the title is no part of the name
            String rest = v.substring(lead.end()).strip();
            String[] rn = PersonNames.parse(rest);
            if (rn == null && GLUED_IN_FIELD.matcher(rest).matches()) {
                rn = new String[] {null, rest};
            }
            return rn == null ? null : new Head(title != null ? title : generic(lead.group(1)), rn[1], rn[0]);
        }
        String[] rn = PersonNames.parse(v);
        if (rn == null) {
            String glued = PersonNames.labelledName(Texts.compact(v));
            rn = glued == null ? null : new String[] {null, glued};
        }
        return rn == null ? null : new Head(title != null ? title : "部長", rn[1], rn[0]);
    }

    /** One to three kanji filling a line, printed one apart or run together (山 﨑, 山﨑): part of a name. */
    private static final Pattern NAME_PART = Pattern.compile("^[\\p{IsHan}々](?:[\\s　]*[\\p{IsHan}々]){0,2}$");

    /**
     * A name spread to the width of its field and wrapped: the family name ends the title's line, the given name
     * fills the next ({@code 上下水道部長 山 﨑} / {@code 武 司}, run together once normalized); null unless both parts
     * are one to three kanji and together (three kanji or more) read as nouns, a person's name among them.
     */
    static String[] spreadOverTwoLines(String rest, String next) {
        String family = rest.strip();
        String given = next.strip();
        if (!NAME_PART.matcher(family).matches() || !NAME_PART.matcher(given).matches()) {
            return null;
        }
        String f = family.replaceAll("[\\s　]+", "");
        String g = given.replaceAll("[\\s　]+", "");
        if (f.length() + g.length() < 3) {
            return null;
        }
        List<Morpheme> ms = Morphology.get().tokenize(f + g);
        boolean named = ms.stream().allMatch(m -> m.is("名詞")) && ms.stream().anyMatch(m -> m.is("名詞-固有名詞-人名"));
        return named && !isLabel(given) ? new String[] {null, f + " " + g} : null;
    }

    /** The name at the start of the rest of a line: the whole rest, else its first one or two words. */
    private static String[] nameAtStart(String rest) {
        String r = rest.strip();
        Matcher bracketed = BRACKETED_NAME.matcher(r);
        if (bracketed.lookingAt()) {
            // 総務部長(山田 太郎); ○総務部長(木下浩君) is a speaker in minutes, named with an honorific; 総務部長(兼
            // 福祉事務所長) and 総務部長(事務取扱) qualify the title
            String inside = bracketed.group(1).strip();
            return PersonNames.isHonorific(inside) || TITLE_QUALIFIER.matcher(inside).find() || namesTitle(inside)
                    ? null : PersonNames.parse(inside);
        }
        Matcher closed = CLOSED_HERE.matcher(r);
        if (closed.lookingAt()) {
            r = closed.group(1).strip(); // (下水道部長 新井 修司) ■取組項目: the bracket the title opened in ends the name
        }
        Matcher aside = ASIDE.matcher(r);
        if (aside.find()) {
            r = r.substring(0, aside.start()).strip(); // 山田 太郎(企画課、人事課): the divisions the head leads
        }
        if (TITLE_QUALIFIER.matcher(r).find()) {
            return null; // 市民部長代理 山田 太郎: the title goes on, the deputy is no head
        }
        if (endsWithTitle(r.split("[\\s　]+", 2)[0])) {
            return null; // ▼消防長 環境部長 川村 健一: another title, then its own name
        }
        Matcher end = NAME_END.matcher(r);
        if (end.find()) {
            r = r.substring(0, end.start()).strip();
        }
        String[] whole = PersonNames.parse(r);
        if (whole != null) {
            return whole;
        }
        String[] words = r.split("[\\s　]+");
        int single = 0;
        while (single < words.length && single < 5 && words[single].matches("[\\p{IsHan}々]")) {
            single++;
        }
        if (single >= 3) {
            // 健康福祉部長 権 藤 之 守 1 基本姿勢…: a name spread one kanji apart, then the text goes on
            String[] spread = PersonNames.parse(String.join(" ", java.util.Arrays.copyOf(words, single)));
            if (spread != null) {
                return spread;
            }
        }
        if (words.length >= 2) {
            String[] two = PersonNames.parse(words[0] + " " + words[1]);
            if (two != null) {
                return two;
            }
        }
        return PersonNames.parse(words[0]);
    }

    /**
     * Whether the line, white space removed, holds one of the lexicon's head titles: a line that does not cannot hold
     * a title then a name, nor be a title alone.
     */
    /** Whether a word ends with a head's title (環境部長): the next title, where a name was looked for. */
    static boolean endsWithTitle(String word) {
        return Lexicon.HEAD_TITLES.stream().anyMatch(word::endsWith);
    }

    private static boolean namesTitle(String compact) {
        for (String title : Lexicon.HEAD_TITLES) {
            if (compact.contains(title)) {
                return true;
            }
        }
        return false;
    }

    /** The title without the department's name: 市民生活部長 -> 部長, as the contract's head.title gives it. */
    private static String generic(String printed) {
        return Lexicon.HEAD_TITLES.stream().filter(printed::endsWith).findFirst().orElse(printed);
    }

    private static boolean startsWord(String t, int at) {
        return at == 0 || !Character.isLetter(t.charAt(at - 1)); // 【企画部】企画部長: a bracket is no letter
    }

    /**
     * A title that heads the department: ends with one of the lexicon's head titles and with none of the titles
     * that never do; 室長, 所長, センター長 and 教育長 only where the department is that 室, 所, センター or board.
     */
    static boolean isHeadTitle(String title, String department) {
        if (title.endsWith("区長") && !title.endsWith("副区長")) {
            // 西区長 heads 西区役所 (a bare 区長 too); elsewhere a 区長 is somebody else (a neighbourhood's, a ward's)
            if (department != null && department.endsWith("区")) {
                return title.equals("区長") || title.equals(department + "長"); // the ward of 中区運営方針
            }
            return department != null && department.endsWith(Lexicon.WARD_OFFICE) && (title.equals("区長")
                    || title.equals(department.substring(0, department.length() - Lexicon.WARD_OFFICE.length() + 1) + "長"));
        }
        for (String not : Lexicon.NOT_HEAD_TITLES) {
            if (title.endsWith(not)) {
                return false;
            }
        }
        if (title.endsWith("室長") || title.endsWith("所長") || title.endsWith("センター長")) {
            return department != null && title.equals(department + "長");
        }
        if (title.endsWith("教育長")) {
            return department != null && department.contains("教育");
        }
        return Lexicon.HEAD_TITLES.stream().anyMatch(title::endsWith);
    }
}
