package org.goalparse.interpret;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
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
                    + "(?=長|[局部]長|の|は|組織|運営|経営|目標|理念|方針|\\s|$|\\(|、|】|」)");
    private static final Pattern BRACKETED = Pattern.compile("[【\\[〔]([^】\\]〕]{2,16})[】\\]〕]");
    /** Endings that name a department wherever they stand; 室 and センター only in a form's department field. */
    private static final Pattern STRONG_ENDING = Pattern.compile("(部|局|委員会)$");
    private static final int OPENING = 40;
    /** A line longer than this is a page run into one line; its first {@link #TITLE_SPAN} characters hold the title. */
    private static final int PROSE_LINE = 120;
    private static final int TITLE_SPAN = 60;
    /** The first lines of the opening, where a page prints the name of the unit it belongs to. */
    private static final int UNIT_LINES = 3;
    /** A ward office's name (西区役所, 港北区役所); 各区役所 and 区役所 alone name none. */
    private static final Pattern WARD_OFFICE = Pattern.compile(
            "(?!各)[\\p{IsHan}\\p{IsKatakana}ー]{1,8}" + Lexicon.WARD_OFFICE);
    /**
     * A facility's name (中央公民館, 浦幌町立博物館, 学校給食センター), not every facility's (各公民館, 全図書館); its
     * length is checked by {@link DepartmentNames#facility}.
     */
    private static final Pattern FACILITY = Pattern.compile("(?![各全])(\\p{IsHiragana}{0,6}[\\p{IsHan}\\p{IsKatakana}ー・]{1,14}?(?:"
            + Lexicon.alternation(Lexicon.FACILITY_ENDINGS) + "))");
    /** What a title line may begin with before its facility: a bullet or mark, a fiscal year. */
    private static final Pattern LINE_LEAD = Pattern.compile(
            "^[^\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}]*(?:(?:令和|平成)[元0-9]{1,2}年度(?:\\(\\d{4}年度\\))?|\\d{4}年度)?");
    /**
     * What a facility's title may go on with after its goals' word (とお知らせ, ・重点目標(中央公民館), 達成度評価シート,
     * について): a short tail, no clause (に沿って…), no sentence.
     */
    private static final Pattern TITLE_REST = Pattern.compile("^(?:について|(?![にをがはでへ])[^。、]{0,14})$");
    /** The opening lines a facility's title may stand on (a site's name and menu before it). */
    private static final int FACILITY_LINES = 8;
    /**
     * A unit right before the genre's word in a title: 企画部運営方針, 市長政策室長「政策宣言」, 中区運営方針, 総務部長宣言,
     * 港区区政運営方針 (a ward's 区政, its administration, between).
     */
    private static final Pattern TITLED = Pattern.compile(
            "((?:(?<=^|[\\s、。「『(【・)])\\p{IsHiragana}{1,6})?(?:[\\p{IsHan}\\p{IsKatakana}ー・]"
                    + "|(?<=\\p{IsHan})[\\p{IsHiragana}&&[^のはをがにとでもへや]](?=\\p{IsHan})){1,16}?"
                    + "(?:部|局|委員会|室|本部|事務局|区))(?:長)?(?:の)?[\\s　]*"
                    + "(?:(?:(?:令和|平成)[元\\d]{1,2}|20\\d\\d)年度(?:の)?[\\s　]*)?[「『]?(?:部局|局|部|区政)?"
                    + "(?:運営方針|組織目標|経営目標|運営目標|目標宣言|政策宣言|実行宣言|マニフェスト|(?<=長[\\s　]{0,2})宣言)");
    /** A unit as the subject of setting its goals: {@code 西区役所では、令和4年度の「運営方針」を定めました}. */
    private static final Pattern DECLARING = Pattern.compile(
            "(?:^|(?<=[。\\s「『(]))([\\p{IsHan}\\p{IsKatakana}ー・]{1,12}?(?:部|局|区役所|事務局|本部|委員会))(?:では|は)、?"
                    + "[^。]{0,30}?(?:運営方針|組織目標|経営目標|運営目標)[」』]?を(?:定め|策定し|設定し)");
    /** 地区, 各区, 全区, 学区: a 区 that is no ward's office. */
    private static final Pattern NOT_WARDS = Pattern.compile("^(?:各|全|地|学|同|本|当|選挙)|地区$|学区$");
    /** An index's title: 各部局の運営方針, 各部の組織目標. */
    private static final Pattern MANY_IN_TITLE = Pattern.compile("(各部|各局|全部局|各部局)の?(運営|組織|経営|目標)");
    /** A unit's name alone on the first line (市長公室, 危機管理室, 消防本部). */
    private static final Pattern UNIT_ALONE = Pattern.compile(
            "[\\p{IsHan}\\p{IsKatakana}ー・]{2,12}(?:室|本部|事務局|部|局)");
    /** The unit that begins a vertical run: a few kanji, then 部 or 局 (総務部 of 総務部安全…). */
    private static final Pattern VERTICAL_UNIT = Pattern.compile("(\\p{IsHan}{1,5}?(?:部|局))");
    /**
     * A unit's head's title, then the head's name, in brackets or not: 企画部長 山田 太郎, 総務部長(山田 太郎), 中部土木事務所長
     * 山田 太郎.
     */
    private static final Pattern NAMED_HEAD = Pattern.compile(
            "(?:((?:(?<=^|[\\s、。「『(【・▼])\\p{IsHiragana}{1,6})?[\\p{IsHan}\\p{IsKatakana}ー・]{1,12}?(?:部|局|室|事務所))長"
                    + "|(消防長|教育長|事業管理者|理事長))"
                    + "[\\s　:：]*[((]?([\\p{IsHan}々]{1,4}[\\s　][\\p{IsHan}々]{1,4}|[\\p{IsHan}々]{2,5})(?=[\\s　(()),、]|$)");
    /** 各部署 and 各部門 (each workplace, each section of a unit) name no departments. */
    private static final Pattern MANY = Pattern.compile("各部(?![署門])|各局|全部局|部局長の|部\\(局\\)の|部課等");

    String find(List<String> texts, FormFields fields) {
        for (FormFields.Value v : fields.of(Lexicon.Field.DEPARTMENT)) {
            String d = fromValue(v.value());
            if (d != null) {
                return d;
            }
        }
        List<String> opening = texts.subList(0, Math.min(OPENING, texts.size())).stream()
                .filter(t -> !PageFurniture.isFurniture(t)).toList();
        for (String t : opening.subList(0, Math.min(UNIT_LINES, opening.size()))) {
            String w = wardOffice(t); // the unit's name above the title, not a ward named further down
            if (w != null) {
                return w;
            }
        }
        String titled = titled(opening);
        if (titled != null) {
            return office(titled, opening); // the unit the title names with its genre word outranks prose (庁内各部局と連携し)
        }
        String declared = declared(opening);
        if (declared != null) {
            return declared;
        }
        String police = police(opening);
        if (police != null) {
            return police;
        }
        if (opening.stream().anyMatch(t -> MANY.matcher(t).find())) {
            // a page about every department's goals (各部の運営方針, 各部局の重点目標) is none's, unless it names the
            // head of one department only: that department's part of the page, the rest not printed
            return soleNamedHead(texts);
        }
        String facility = facility(opening);
        if (facility != null) {
            return facility; // before a bracket or a mention: the facility's title names it
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
        Map<String, Integer> counts = new LinkedHashMap<>();
        for (String t : opening) {
            Matcher m = CANDIDATE.matcher(t);
            while (m.find()) {
                if (quotedInProse(t, m.start(1), m.end(1))) {
                    continue; // 委員で構成される「サービス評価小委員会」の御意見: a body the prose refers to
                }
                String d = clean(m.group(1));
                if (d != null) {
                    counts.merge(d, 1, Integer::sum);
                }
            }
        }
        List<Map.Entry<String, Integer>> ranked = counts.entrySet().stream()
                .sorted((a, b) -> Integer.compare(b.getValue(), a.getValue())).toList();
        if (ranked.isEmpty()) {
            String v = vertical(opening);
            String body = v != null ? v : bodyAlone(texts);
            // no 部, 局 or 委員会 anywhere in the opening: a unit named only by its head (島田土木事務所長 渡邉 良和)
            return body != null ? body : soleNamedHead(opening);
        }
        if (ranked.size() >= 3 && ranked.get(0).getValue() < 2 * ranked.get(1).getValue()) {
            return null; // a list of departments, none of them the document's own
        }
        return ranked.get(0).getKey();
    }

    /**
     * A name standing alone in 「」 or 『』 inside a sentence (a line ending with 。): a body the text quotes, not the
     * unit whose page it is.
     */
    private static boolean quotedInProse(String line, int start, int end) {
        return start > 0 && end < line.length() && "「『".indexOf(line.charAt(start - 1)) >= 0
                && "」』".indexOf(line.charAt(end)) >= 0 && line.strip().endsWith("。");
    }

    /**
     * The unit a title line names right before the genre's word ({@code 令和2年度(2020年度)企画部運営方針},
     * {@code 市長政策室長「政策宣言」}, {@code 令和4年度中区運営方針}, or with the fiscal year between: {@code 西区
     * 令和6年度運営方針}), or its 室/本部/事務局 alone on the first line and again before 長 and a name ({@code 市長公室} …
     * {@code 市長公室長 森 功一}): the first lines only, and only when the
     * opening names no other unit so. A line naming every unit (各部局の運営方針) gives none.
     */
    static String titled(List<String> opening) {
        java.util.Set<String> found = new java.util.LinkedHashSet<>();
        for (int i = 0; i < opening.size(); i++) {
            // a page flattened into one line: only its start is a title (各部の運営方針を定めること further on is prose)
            if (MANY_IN_TITLE.matcher(titleSpan(opening.get(i))).find()) {
                return null;
            }
            Matcher m = TITLED.matcher(opening.get(i).strip());
            while (m.find()) {
                String d = m.group(1).endsWith("区") ? ward(m.group(1)) : clean(m.group(1));
                if (d != null) {
                    if (i >= UNIT_LINES && !found.isEmpty() && !found.contains(d)) {
                        return null; // several units' titles: an index of them
                    }
                    found.add(d);
                }
            }
        }
        if (found.size() == 1) {
            return found.iterator().next();
        }
        for (int i = 0; found.isEmpty() && i < Math.min(UNIT_LINES, opening.size()); i++) {
            String line = Texts.compact(opening.get(i));
            String d = UNIT_ALONE.matcher(line).matches() ? clean(line) : null;
            if (d != null && opening.stream().skip(i + 1).limit(UNIT_LINES + 2)
                    .anyMatch(t -> t.matches(".*" + Pattern.quote(d) + "長[\\s　:：]*[\\p{IsHan}々].*"))) {
                return d;
            }
        }
        return null;
    }

    /** The line without white space; of a page run into one line ({@link #PROSE_LINE}), its start only. */
    private static String titleSpan(String line) {
        String c = Texts.compact(line);
        return c.length() > PROSE_LINE ? c.substring(0, TITLE_SPAN) : c;
    }

    /**
     * A prefecture's police named in a title line before its plan's word ({@code 令和4年若葉県警察運営指針},
     * {@code 令和6年若葉県警察業務運営指針について}, {@code 警視庁運営指針}): the police, the prefecture's name kept, is
     * the unit. The first lines only, and one police only.
     */
    static String police(List<String> opening) {
        Set<String> found = new LinkedHashSet<>();
        for (String t : opening.subList(0, Math.min(FACILITY_LINES, opening.size()))) {
            Matcher m = Lexicon.POLICE_PLAN_TITLE.matcher(titleSpan(t));
            if (m.lookingAt()) {
                found.add(m.group(2));
            }
        }
        return found.size() == 1 ? found.iterator().next() : null;
    }

    /**
     * The facility a title line begins with, before the words naming its goals ({@code 中央公民館の運営方針},
     * {@code 令和4年度緑町立博物館運営方針}, {@code 学校給食センターの方針と重点}, {@code 県立図書館中期サービス目標}): the
     * first lines of the opening only, and only when they name one facility so. A facility named inside a line
     * (保健センターの運営方針に沿って) is no title.
     */
    static String facility(List<String> opening) {
        Set<String> found = new LinkedHashSet<>();
        for (String t : opening.subList(0, Math.min(FACILITY_LINES, opening.size()))) {
            for (String title : titleCandidates(t)) {
                String c = LINE_LEAD.matcher(title).replaceFirst("");
                Matcher m = FACILITY.matcher(c);
                Matcher w = m.lookingAt() ? Lexicon.FACILITY_TITLE_WORD.matcher(c.substring(m.end())) : null;
                if (w != null && w.lookingAt() && TITLE_REST.matcher(c.substring(m.end() + w.end())).matches()) {
                    String f = DepartmentNames.facility(m.group(1));
                    if (f != null) {
                        found.add(f);
                        break;
                    }
                }
            }
        }
        return found.size() == 1 ? found.iterator().next() : null;
    }

    /** The words a flattened page's title may be: its first one to {@link #FLAT_TITLE_WORDS} words. */
    private static final int FLAT_TITLE_WORDS = 3;

    /**
     * The title a line may be: the line itself, and where a page was flattened into one line (more words than a title
     * has), its first words
     * ({@code 海洋漁業科学館 中期経営目標 取組状況(平成25年度) 中期経営目標(…) ① …}).
     */
    private static List<String> titleCandidates(String line) {
        List<String> out = new ArrayList<>();
        out.add(titleSpan(line));
        String[] words = line.strip().split("[\\s　]+");
        if (words.length > FLAT_TITLE_WORDS) {
            for (int k = 1; k <= FLAT_TITLE_WORDS; k++) {
                out.add(Texts.compact(String.join("", java.util.Arrays.asList(words).subList(0, k))));
            }
        }
        return out;
    }

    /**
     * The unit whose head the text names, when it names exactly one head so (企画部長 山田 太郎, 総務部長(山田 太郎),
     * 市長政策室長山田 太郎): a title of a unit without a name (an index's ▼企画部長▼総務部長) does not count, and a
     * named head of another kind (消防長 山田 浩) makes two.
     */
    static String soleNamedHead(List<String> texts) {
        Set<String> units = namedHeads(texts);
        String only = units.size() == 1 ? units.iterator().next() : null;
        // not 消防長 alone: that is no unit's name; a prefecture's branch office (島田土木事務所長 渡邉 良和) is one
        return only != null && only.matches(".*(?:[部局室]|事務所)") ? only : null;
    }

    /**
     * The units whose heads the text names after their titles, in order; a head of another kind (消防長, 教育長,
     * 事業管理者, 理事長) by the title. Deputies and titles that head nothing (副部長, 担当部長) are left out.
     */
    static Set<String> namedHeads(List<String> texts) {
        Set<String> units = new LinkedHashSet<>();
        for (String t : texts) {
            if (t.indexOf('長') < 0 && !t.contains("管理者")) {
                continue; // every title the pattern knows has one of the two: most lines name no head
            }
            Matcher m = NAMED_HEAD.matcher(t);
            int from = 0;
            while (m.find(from)) {
                String unit = m.group(1) != null ? clean(m.group(1)) : m.group(2);
                String title = m.group(1) != null ? m.group(1) + "長" : m.group(2);
                String name = m.group(3);
                // ▼消防長 環境部長 川村 健一: a title without its name, then the next title, is no name (and the next
                // title is looked at on its own); ○総務部長(木下浩君): a speaker in minutes, named with an honorific
                boolean named = !HeadFinder.endsWithTitle(name.split("[\\s　]", 2)[0]);
                if (unit != null && named && Lexicon.NOT_HEAD_TITLES.stream().noneMatch(title::endsWith)
                        && !PersonNames.isHonorific(name) && PersonNames.parse(name) != null) {
                    units.add(unit);
                }
                from = named ? m.end() : m.start(3);
            }
        }
        return units;
    }

    /**
     * A ward the title names (西区 of {@code 西区 令和6年度運営方針}) as its office where the opening prints the office's
     * name ({@code 西区役所では、…}): the unit as printed. Any other unit as it is.
     */
    private static String office(String unit, List<String> opening) {
        if (!unit.endsWith("区")) {
            return unit;
        }
        String o = unit.substring(0, unit.length() - 1) + Lexicon.WARD_OFFICE;
        return opening.stream().anyMatch(t -> t.contains(o)) ? o : unit;
    }

    /**
     * The unit that says in the opening it set the document ({@code 西区役所では、令和4年度の「運営方針」を定めました},
     * {@code 総務部は、今年度の組織目標を次のとおり設定しました}): the one unit so named, else null.
     */
    static String declared(List<String> opening) {
        java.util.Set<String> found = new java.util.LinkedHashSet<>();
        for (String t : opening) {
            Matcher m = DECLARING.matcher(t);
            while (m.find()) {
                String u = m.group(1);
                String d = u.endsWith(Lexicon.WARD_OFFICE) ? wardOffice(u) : clean(u);
                if (d != null) {
                    found.add(d);
                }
            }
        }
        return found.size() == 1 ? found.iterator().next() : null;
    }

    /** A ward's name as the unit (中区 of 令和4年度中区運営方針): never 地区, 各区, a bare 区. */
    private static String ward(String w) {
        String c = w.replaceAll("^.*?年度", "");
        return c.length() >= 2 && c.length() <= 5 && !NOT_WARDS.matcher(c).find() ? c : null;
    }

    /**
     * A city's body alone on a line anywhere ({@code 若葉市農業委員会}: a form's 農業委員会名, its label printed apart
     * from it), when the opening names no unit: the body, if the document names one body so.
     */
    static String bodyAlone(List<String> texts) {
        List<String> bodies = DepartmentNames.placesAndBodies(texts).stream().map(pb -> clean(pb[1]))
                .filter(java.util.Objects::nonNull).distinct().toList();
        return bodies.size() == 1 ? bodies.get(0) : null;
    }

    /**
     * A vertical run: three or more lines of one character each, read top to bottom (総 / 務 / 部 printed down a
     * column); the unit its first characters name, when nothing else names one.
     */
    static String vertical(List<String> opening) {
        for (int i = 0; i + 2 < opening.size(); i++) {
            int j = i;
            StringBuilder run = new StringBuilder();
            while (j < opening.size() && opening.get(j).strip().length() == 1) {
                run.append(opening.get(j).strip());
                j++;
            }
            if (j - i >= 3) {
                Matcher m = VERTICAL_UNIT.matcher(run);
                if (m.lookingAt()) {
                    String d = clean(m.group(1));
                    if (d != null) {
                        return d;
                    }
                }
                i = j;
            }
        }
        return null;
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
