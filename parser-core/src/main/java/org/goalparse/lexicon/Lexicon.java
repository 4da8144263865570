package org.goalparse.lexicon;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * The genre's vocabulary, in one place, read by every stage: the words that name sections (基本方針, 重点目標,
 * 実績 …), the labels of form fields (部局名, 部長名, 目標値 …), the titles of people (who heads a department and
 * who does not), and the furniture of web pages that comes before a document starts. Each list says where in
 * the genre it was seen (docs/genre.md counts how often); a new word is a new entry here, not a new rule.
 */
public final class Lexicon {
    private Lexicon() {
    }

    /** What the text under a heading is. */
    public enum Section {
        /**
         * The key to a report's grades ({@code ■評価区分} / {@code A:目標を達成した B:…}): nothing of the department's
         * own; it lasts while its lines define grades ({@link #GRADE_DEFINITION}). First, so 達成度区分 is no 達成度.
         */
        LEGEND("評価区分", "評価の区分", "評価基準", "評価の基準", "達成度区分", "達成度の区分", "判定基準", "凡例"),
        /**
         * The SDGs goals a form links its policy to ({@code ■SDGsのゴール} / {@code 08 働きがいも経済成長も}): the UN's
         * numbered goals, never the unit's own.
         */
        SDGS("SDGs", "持続可能な開発目標"),
        MIDTERM("中期目標", "中期的"),
        PRIORITY("重点方針", "重点政策", "取組方針", "取り組み方針", "取組み方針", "重点施策", "^方針$", "重点取組", "重点的な取組",
                "重点的取組", "主要施策"),
        // 組織目標, 部局経営目標 and 目標宣言 name the whole document (its title), not a section of goals
        GOALS("課の目標", "達成すべき目標", "年度の目標", "当年度目標", "年度目標", "^目標$", "部の目標",
                "重点目標", "運営目標", "取組項目", "^目標項目$", "チャレンジ目標", "重点業務", "重点課題",
                "^取組$", "^取組内容$", "^目標と取組$", "具体的な取組", "と目標$", "^努力目標$",
                // 令和7年度 看護部目標, 課目標: the unit's own goals under its name
                "[部局課室]目標$",
                // 令和3年度重要事業 of a head's 政策宣言: the year's undertakings the head declares, each his goal
                "重要事業$",
                // 中期経営目標(平成30年度~令和4年度) over a facility's few targeted aims: the goals of its term
                "^中期経営目標"),
        ACHIEVEMENT("達成度合", "達成状況", "実績", "最終報告", "成果(?!の)", "振り返り", "振返り", "^結果$", "達成度", "取組結果",
                "自己評価"),
        BASIC_DIRECTION("基本方向", "基本方針", "基本姿勢", "スローガン", "使命", "理念$", "ミッション", "メッセージ", "基本理念", "経営方針", "運営方針$",
                "(部|局|課|区|部局)の方針(・考え方)?$", "^基本目標$",
                // 健康福祉部長の抱負: the head's aims for his term, the words the page gives its direction in
                "抱負$",
                // 基本的な考え方 alone, 運営の基本的考え方: the unit's stance the rest of the page carries out (評価の基本的な
                // 考え方 is a method's)
                "^基本的な?考え方$", "運営の基本的な?考え方$",
                "(目指す|めざす)(まちの)?姿", "ビジョン",
                // 局の目標(何をめざすのか), 区の目標(めざすまちの姿): a city template's long-term aim, not this year's goals
                "何を(目指す|めざす)",
                // 南区の運営にあたって, 区政運営にあたって: the head's words on the year's running of the unit
                "運営にあたって$",
                // 西区のまちづくりの目標: a ward's or a city's standing aim above the year's policy, not this year's goals
                "[区市町村]のまちづくりの目標$"),
        PROJECTS("主な事業", "主要事業", "重点事業"),
        // 部局を構成する課, ■部の構成, <局の構成>, 区役所の組織, 所管組織: a heading above the list of the unit's divisions
        ORGANISATION("構成する課", "課等$", "執行体制", "組織体制", "組織構成", "(担当|所管|構成)課$", "^組織$",
                "(部|局|区|部局|区役所)の(構成|組織)$", "^所管組織$"),
        ROLES("主な役割", "所掌", "分掌"),
        OTHER();

        private final Pattern pattern;

        Section(String... words) {
            this.pattern = words.length == 0 ? null : Pattern.compile(String.join("|", words));
        }

        /** The section a heading's text names; OTHER when none fits. Earlier sections win (中期目標 over 目標). */
        public static Section of(String heading) {
            String h = heading.replace(" ", "");
            for (Section s : values()) {
                if (s.holds(h)) {
                    return s;
                }
            }
            return OTHER;
        }

        /**
         * Whether {@link #of} gives this section: its own words first (one pattern, where {@code of} may try them
         * all), then whether an earlier section claims the heading.
         */
        public boolean isOf(String heading) {
            return this == OTHER ? of(heading) == OTHER : holds(heading.replace(" ", "")) && of(heading) == this;
        }

        private boolean holds(String h) {
            return pattern != null && pattern.matcher(h).find();
        }
    }

    /**
     * A line of a grade key: a grade letter or mark, then its meaning after a colon or a space ({@code A:目標を達成した},
     * {@code ◎ 目標を上回った}, {@code S 計画以上}).
     */
    public static final Pattern GRADE_DEFINITION = Pattern.compile("^[SABCDE◎○△×]\\s*[::]|^[SABCDE◎○△×]\\s+\\S");

    /** The nouns a section's heading ends with (基本方針, 主な事業, 組織のミッション, 達成状況). */
    public static final List<String> SECTION_NOUNS = List.of("方針", "方向", "目標", "目標宣言", "事業", "使命",
            "メッセージ", "体制", "役割", "課等", "成果", "実績", "報告", "課題", "工程", "スケジュール", "総括",
            "ミッション", "理念", "ビジョン", "達成状況", "達成度", "重点業務", "取組項目", "重点取組", "振り返り", "振返り",
            "担当課", "所管課", "構成課", "構成する課", "政策内容", "施策内容", "基本姿勢", "スローガン", "運営にあたって",
            "基本的な考え方", "基本的考え方");

    /**
     * Nouns that end a heading only as a line standing alone that names no section of its own (目標達成に向けた施策),
     * never a numbered item's text: a numbered 3 子育て支援施策 is a goal, and 重点施策 alone keeps its list as goals.
     */
    public static final List<String> LINE_SECTION_NOUNS = List.of("施策");

    /**
     * Parts of a year's report on a plan (1 中期経営目標の進捗状況, 2 平成25年度における主な取組内容): where a page
     * flattened into one line goes on to its next part, though no heading of a laid-out page is so recognised.
     */
    public static final List<String> REPORT_PART_NOUNS = List.of("進捗状況", "取組状況", "取組内容");

    /**
     * Words that number a document's own items with a figure after them: {@code 目標1:}, {@code 重点目標 2},
     * {@code 取組3.}, {@code テーマ1:} (a prefecture's 重点政策推進方針), {@code 経営課題2}, {@code 重点項目①}. Only words
     * that name a goal, a policy or an undertaking: 指標1 numbers an indicator and is not here.
     */
    public static final List<String> ITEM_LABELS = longestFirst("目標", "重点目標", "個別目標", "部目標", "課目標",
            "取組", "取り組み", "重点取組", "個別取組", "施策", "重点施策", "方針", "重点方針", "課題", "重点課題",
            "経営課題", "テーマ", "重点テーマ", "重点項目", "取組項目", "運営方針");

    /**
     * A document title that names a policy rather than goals ({@code 上下水道部の運営方針}, {@code 令和5年度 企画部経営方針}):
     * the prose right under it states the unit's basic direction when no heading introduces one.
     */
    public static final Pattern DIRECTION_TITLE = Pattern.compile("(運営|経営)の?方針");

    /**
     * A line announcing a site's notice to readers ({@code …次の点にご注意ください。}, {@code …ご了承ください。}): the
     * numbered list after it is the notice (an archived page's caveats), never the unit's goals.
     */
    public static final Pattern NOTICE_LEAD = Pattern.compile("(?:注意|留意|了承)(?:ください|下さい)[。.]?$");

    /** A sentence's end: 。 or a full stop, with a closing bracket after it or not. */
    public static final Pattern SENTENCE_END = Pattern.compile("[。.][)）」』]?$");

    /**
     * A vision written as one unpunctuated line (住民が集まる病院を目指す, 誰もが安心して暮らせるまちをめざします): under the
     * title, before the goals, it is the unit's basic direction as much as a sentence is.
     */
    public static final Pattern VISION_LINE = Pattern.compile("^[^。、]{4,40}を(?:目指|めざ)(?:す|します)$");

    /**
     * The numbered sections of a prefecture's 工程表 form after its goals ({@code 2.測定指標}, {@code 4.評価},
     * {@code 基本的事項}): headings of the form, never a goal's title; they end the goal section.
     */
    public static final Pattern FORM_SECTION = Pattern.compile(
            "^(?:測定指標|成果指標|活動指標|指標|評価|最終評価|中間評価|進捗評価|基本的事項)$");

    /**
     * A heading naming this year's goals of the unit itself ({@code (3)今年度の目標}, {@code 実施目標}, {@code 課の目標}):
     * each ○ / ● bullet right under it is one goal, a sentence as much as a noun phrase.
     */
    public static final Pattern YEAR_GOALS = Pattern.compile("(?:今年度|本年度|当年度)の?目標$|^実施目標$|^課の目標$");

    /** The bullets a list of goals is written with ({@code ○}, {@code ●}, {@code ◯}); ・ marks a clause or an aside. */
    public static final String GOAL_BULLETS = "○●◯";

    /**
     * A form's field naming the policy its goal serves ({@code (1)政策内容}): the line below it is the goal's title
     * when the form lists no goals of this year.
     */
    public static final Pattern POLICY_CONTENT = Pattern.compile("^(?:政策内容|施策内容)$");

    /**
     * A goal numbered with a goal's label ({@code 目標①}, {@code 目標 2}, {@code 課題 1}, {@code 経営課題3}), inline as
     * much as on a line of its own: a document numbering its goals so has a labelled goal list.
     */
    public static final Pattern GOAL_LABEL = Pattern.compile(
            "(?<!\\p{IsHan})(重点目標|経営課題|重点課題|重点施策|目標|課題)\\s*(?:([\\u2460-\\u2473])|(\\d{1,2})(?![\\d年月日%.．,、人件回か時分]))");

    /**
     * A spoken ordinal opening a sentence of a transcript (まず、1番目、 / それから2点目、 / 続きまして2点目が、): group 1
     * the word that opens the spoken sentence, if any, group 2 the number. A head announcing a manifesto's goals aloud
     * numbers them so.
     */
    public static final Pattern SPOKEN_ORDINAL = Pattern.compile(
            "(まず|次に|続きまして|続いて|それから|そして|最後に)?、?\\s*(\\d{1,2})(?:点目|番目|つ目)(?:が|は|として)?、?");

    /** The word of a heading over the unit's standing mission (局の使命(どのような役割を担うのか)). */
    public static final Pattern MISSION = Pattern.compile("使命");

    /** A heading that names more than the mission (部局の役割・使命・経営方針 over the goals): its list may be goals. */
    public static final Pattern MORE_THAN_MISSION = Pattern.compile("方針|目標|課題|取組|施策");

    /**
     * A note at the end of a pillar's title of the fields it covers ((主に福祉、健康、人権)): group 1 the title, group 2
     * the note.
     */
    public static final Pattern SCOPE_NOTE = Pattern.compile("^(.+?)\\s*(\\(主に[^()]+\\))$");

    /**
     * A pledge's polite ending (…を提供します, …に努めます, …を行います): a goal a unit states to its readers in one
     * sentence, where a form's plain clauses (…を推進する) and states of affairs (…が減っています) end otherwise.
     */
    public static final Pattern PLEDGE_END = Pattern.compile("(?<!てい|でい)ます$");

    /**
     * A heading naming the whole city's plan (〈第10次総合計画 基本目標〉, 総合戦略の基本目標, 基本構想): a list right under
     * it is that plan's goals or pillars, which every unit serves, not one unit's own.
     */
    public static final Pattern CITY_PLAN = Pattern.compile("総合計画|総合戦略|基本構想|総合振興計画");

    /** The polite ending of a spoken sentence (…の推進でございます。, …ということでございます。, …です。). */
    public static final Pattern SPOKEN_END = Pattern.compile("(?:ということ|と)?(?:でございます|です)。?$|。$");

    /** Headings of a goal list, inline as much as on a line of their own (平成28年度重点目標 目標の概要 …). */
    public static final Pattern GOAL_LIST_HEADING = Pattern.compile("重点目標|重点業務|重点課題|(?:今年度|本年度)の?目標|実施目標");

    /**
     * The labels of a list that is no goal list, the last label before it deciding: its mission (組織使命, 部の使命・方針),
     * its method or steps (課題達成の方策, 手段, 行動) against a goal's label ({@code 目標}, {@code 課題}, 重点業務).
     */
    public static final Pattern METHOD_OR_MISSION = Pattern.compile("使命|方針|方策|手段|行動|取組内容");
    public static final Pattern GOAL_WORD = Pattern.compile("目標|課題|重点業務|重点取組");

    /**
     * An item ending in a counted quantity ({@code ①新任研修の実施 2回}, {@code ②相談会の開催 12件}): the target of a
     * goal above it, never a goal's title.
     */
    public static final Pattern TRAILING_COUNT = Pattern.compile(
            "\\s*\\d[\\d,]*\\s*(?:回|件|人|名|か所|箇所|ヶ所|カ所|日|校|団体|事業所|講座|店舗|世帯|台|戸)$");

    /**
     * An answer of a checklist, a state and not an intention ({@code ア 周知している イ 周知していない又は周知していなかった},
     * {@code ア 公表している}): a list of them is the choices of a self-check form, no goals (a goal is a measure or an
     * intention: …の推進, …します).
     */
    public static final Pattern CHECKLIST_ANSWER = Pattern.compile("(?:て|で)(?:いる|いない|いなかった|いた)$");

    /**
     * The steps of a grading scale ({@code ①計画以上 ②計画通り ③計画未満 ④評価不能}, {@code A 達成 B 概ね達成}): a list of
     * them is the key to grades, never a goal list.
     */
    public static final Pattern GRADE_STEP = Pattern.compile(
            "^(?:[A-ESa-e][::\\s])?\\s*(?:(?:計画|目標|予定)(?:以上|通り|どおり|未満|以下|を上回|を下回|に届かな)|評価不能|(?:概ね|おおむね|一部)?(?:未?達成)"
            + "|順調|概ね順調|遅れ)");

    /**
     * Headings of a page that explains a system of goals rather than states any ({@code 1 組織目標制度とは},
     * {@code 2 導入の目的}, {@code 3 制度の仕組み}): never a goal's title.
     */
    public static final Pattern EXPLANATION_HEADING = Pattern.compile("とは[??]?$|目的$|の仕組み$|の流れ$|の概要$");

    /**
     * A short line heading the unit's figures (令和4年度予算状況等, 予算及び人口, 職員数の推移): budgets, population and staff
     * counts, never goals or targets; the goal list ends before it.
     */
    public static final Pattern FIGURES_HEADING = Pattern.compile(
            "^[^。、,:]{0,12}(?:予算|決算|歳入|歳出|人口|職員数)[^。、,:]{0,8}$");

    /**
     * A heading over a policy's numbered pillars, each with its numbered measures (◎運営方針, 基本方針, 重点方針): the
     * pillars are the priority policies, the measures the goals.
     */
    public static final Pattern PILLARS_HEADING = Pattern.compile("(?:運営|経営|基本|重点|取組)方針$");

    /** An item of a unit's duties ({@code (3)局の予算及び決算に関すること。}): a list of them is no goal list. */
    public static final Pattern DUTY_ITEM = Pattern.compile("に関する(?:こと|事)。?$");

    /**
     * A bracketed label announcing the year's list of undertakings or goals ({@code 【令和3年度における重点施策】},
     * {@code 【重点目標】}): a one-line list {@code 1.x 2.y 3.z} right after it is the goal list.
     */
    public static final Pattern INLINE_LIST_LABEL = Pattern.compile("【[^】]{0,20}(?:重点施策|重点目標|重点取組)[^】]{0,5}】");

    /**
     * A heading over goals written as unnumbered headlines, each over a paragraph explaining it (目標達成に向けた施策,
     * 重点目標, 重点施策, 重点取組): a ward's 運営方針 lists its pillars so.
     */
    public static final Pattern HEADLINE_LIST_HEADING = Pattern.compile("施策$|重点目標|重点施策|重点取組|取組の柱|施策の柱");

    /**
     * An unbracketed label announcing the goals in a page flattened into one line ({@code 目標達成に向けた施策},
     * {@code 重点施策}): a run {@code 1 x 2 y 3 z} after it, numbered without dots, is the goal list when nothing else gave
     * goals.
     */
    public static final Pattern INLINE_PLAIN_LIST_LABEL = Pattern.compile("(?:目標達成|実現)に向けた(?:施策|取組)|重点施策|重点目標|重点取組");

    /** What the value of a form field is. */
    public enum Field {
        DEPARTMENT, HEAD_NAME, HEAD_TITLE, DIVISION, TARGET, RESULT, GRADE,
        /** The measure an evaluation sheet is about (施策名, 基本事業名, 事務事業名): the sheet's one goal. */
        MEASURE
    }

    /**
     * Form labels, each with what its value is. Seen as `部局名 市民部`, `部局名:市民部`, a label cell beside or
     * above its value cell, a label line above its value line.
     */
    public static final Map<String, Field> FORM_LABELS = Map.ofEntries(
            Map.entry("部局名", Field.DEPARTMENT), Map.entry("部局", Field.DEPARTMENT), Map.entry("部名", Field.DEPARTMENT),
            Map.entry("部等名", Field.DEPARTMENT), Map.entry("所属部局", Field.DEPARTMENT), Map.entry("所属", Field.DEPARTMENT),
            Map.entry("所管", Field.DEPARTMENT), Map.entry("所管局", Field.DEPARTMENT), Map.entry("所管部局", Field.DEPARTMENT),
            Map.entry("所管部", Field.DEPARTMENT), Map.entry("局名", Field.DEPARTMENT), Map.entry("担当部署", Field.DEPARTMENT),
            Map.entry("部署名", Field.DEPARTMENT), Map.entry("組織名", Field.DEPARTMENT), Map.entry("担当部局", Field.DEPARTMENT),
            Map.entry("事務所名", Field.DEPARTMENT), Map.entry("機関名", Field.DEPARTMENT),
            Map.entry("部長名", Field.HEAD_NAME), Map.entry("部局長名", Field.HEAD_NAME), Map.entry("局長名", Field.HEAD_NAME),
            Map.entry("氏名", Field.HEAD_NAME), Map.entry("職氏名", Field.HEAD_NAME), Map.entry("職・氏名", Field.HEAD_NAME),
            Map.entry("評価責任者", Field.HEAD_NAME), Map.entry("責任者", Field.HEAD_NAME), Map.entry("部局長", Field.HEAD_NAME),
            Map.entry("補職", Field.HEAD_TITLE), Map.entry("職名", Field.HEAD_TITLE), Map.entry("役職", Field.HEAD_TITLE),
            Map.entry("課名", Field.DIVISION), Map.entry("担当課", Field.DIVISION), Map.entry("所管課", Field.DIVISION),
            Map.entry("構成課", Field.DIVISION), Map.entry("所属名", Field.DIVISION), Map.entry("部の構成", Field.DIVISION),
            Map.entry("所属課", Field.DIVISION), Map.entry("構成する課", Field.DIVISION), Map.entry("担当", Field.DIVISION),
            Map.entry("目標値", Field.TARGET), Map.entry("数値目標", Field.TARGET), Map.entry("達成水準", Field.TARGET),
            Map.entry("成果指標", Field.TARGET), Map.entry("目標水準", Field.TARGET), Map.entry("到達目標", Field.TARGET),
            Map.entry("目標期限と基準", Field.TARGET), Map.entry("指標", Field.TARGET), Map.entry("活動指標", Field.TARGET),
            Map.entry("実績", Field.RESULT), Map.entry("実績値", Field.RESULT), Map.entry("達成状況", Field.RESULT),
            Map.entry("結果", Field.RESULT), Map.entry("取組結果", Field.RESULT), Map.entry("見込み", Field.RESULT),
            Map.entry("達成度", Field.GRADE), Map.entry("評価", Field.GRADE), Map.entry("自己評価", Field.GRADE),
            Map.entry("施策名", Field.MEASURE), Map.entry("基本事業名", Field.MEASURE), Map.entry("事務事業名", Field.MEASURE));

    /** The labels longest first, so that 部局名 is tried before 部局. */
    public static final List<String> FORM_LABELS_LONGEST_FIRST = FORM_LABELS.keySet().stream()
            .sorted(Comparator.comparingInt(String::length).reversed().thenComparing(Comparator.naturalOrder()))
            .toList();

    /** The label of a form field standing alone (after white space is removed), or null. */
    public static Field field(String label) {
        return FORM_LABELS.get(label.replace(" ", "").replace("　", ""));
    }

    /**
     * Titles of a department's head, as a suffix of the printed title (市民生活部長, 健康福祉局長, 消防長, 上下水道事業
     * 管理者). 理事 is a head where a city puts a 理事 over a department. 区長 heads a ward office (西区役所) and
     * nothing else.
     */
    public static final List<String> HEAD_TITLES = longestFirst("部長", "局長", "部局長", "本部長", "理事", "事務局長",
            "消防長", "管理者", "室長", "所長", "センター長", "教育長", "区長",
            // the 理事長 heads a public corporation (a prefecture's hospital organisation)
            "理事長");

    /**
     * The office of an administrative ward of a designated city (西区役所, 中区役所): its page names it alone on a line
     * above the title (令和6年度 西区運営方針) and is headed by its 区長.
     */
    public static final String WARD_OFFICE = "区役所";

    /**
     * Tokyo's 23 special wards (特別区): municipalities of their own. Any other …区 is a ward of a designated city
     * (中区, 大正区, 西区), never the municipality: its pages often name no city at all, and the ward is then the
     * document's unit (令和4年度中区運営方針), not its publisher.
     */
    public static final java.util.Set<String> SPECIAL_WARDS = java.util.Set.of("千代田区", "中央区", "港区", "新宿区",
            "文京区", "台東区", "墨田区", "江東区", "品川区", "目黒区", "大田区", "世田谷区", "渋谷区", "中野区", "杉並区",
            "豊島区", "北区", "荒川区", "板橋区", "練馬区", "足立区", "葛飾区", "江戸川区");

    /**
     * The 47 prefectures, a closed list: a name ending in 県, 府 or 都 that is none of them is no prefecture
     * (直江県民文化部長: a head's family name before 県民文化部; 西部県税事務所: a region's tax office).
     */
    public static final java.util.Set<String> PREFECTURES = java.util.Set.of("北海道", "青森県", "岩手県", "宮城県",
            "秋田県", "山形県", "福島県", "茨城県", "栃木県", "群馬県", "埼玉県", "千葉県", "東京都", "神奈川県", "新潟県",
            "富山県", "石川県", "福井県", "山梨県", "長野県", "岐阜県", "静岡県", "愛知県", "三重県", "滋賀県", "京都府",
            "大阪府", "兵庫県", "奈良県", "和歌山県", "鳥取県", "島根県", "岡山県", "広島県", "山口県", "徳島県", "香川県",
            "愛媛県", "高知県", "福岡県", "佐賀県", "長崎県", "熊本県", "大分県", "宮崎県", "鹿児島県", "沖縄県");

    /**
     * A prefecture's police and its yearly plan ({@code 若葉県警察運営指針}, {@code …警察業務運営指針}, {@code 警視庁運営
     * 重点}); group 1 the police. Police headquarters plan by the calendar year (令和4年…).
     */
    private static final String POLICE_PLAN = "((?:" + PREFECTURES.stream().sorted().collect(Collectors.joining("|"))
            + ")警察|警視庁)の?(?:業務)?運営(?:指針|重点)";

    /**
     * A line that is a police plan's title: a mark, the plan's calendar year (group 1, when printed), then
     * {@link #POLICE_PLAN} (group 2 the police). {@code ○令和6年若葉県警察業務運営指針について}.
     */
    public static final Pattern POLICE_PLAN_TITLE = Pattern.compile(
            "^[^\\p{IsHan}\\d]*((?:令和|平成)(?:\\d{1,2}|元)年)?" + POLICE_PLAN);

    /** The longest title of a goal or a policy (a short phrase above its text): longer is a sentence. */
    public static final int TITLE_MAX = 40;

    /**
     * Titles that never head a department: the mayor, the governor, the assembly, a division's head. A line with
     * these names somebody else (市長あいさつ, 議長, 〇〇課長 山田).
     */
    public static final List<String> NOT_HEAD_TITLES = longestFirst("市長", "副市長", "町長", "副町長", "村長", "副村長",
            "知事", "副知事", "区長", "副区長", "議長", "副議長", "課長", "係長", "主幹", "主査", "課長補佐", "次長",
            "参事", "担当部長", "統括", "担当課長", "副理事長", "副部長", "副局長");

    /** Where a department name may end: 市民部, 健康福祉局, 危機管理室, 消防本部, 教育委員会, 議会事務局. */
    public static final List<String> DEPARTMENT_ENDINGS = longestFirst("部", "局", "本部", "委員会", "事務局", "室",
            "センター", "事務所", "保健所");

    /**
     * Endings of a municipality's facilities that publish their own yearly goals or operating policy (中央公民館の運営方針,
     * 県立図書館中期目標, 学校給食センターの方針と重点): the unit of such a page where its title names one.
     */
    public static final List<String> FACILITY_ENDINGS = longestFirst("公民館", "図書館", "博物館", "美術館", "資料館",
            "歴史館", "文学館", "科学館", "記念館", "展示館", "水族館", "郷土館", "文化館", "動物園", "植物園", "資料保管庫",
            "センター");

    /**
     * The words a facility's title names its goals with, right after the facility's name: 運営方針, 基本的運営方針,
     * 運営の方針, 基本方針・重点目標, 中期サービス目標, 中期経営目標, 組織目標, 評価指標, 方針と重点 (a year may stand between).
     */
    public static final Pattern FACILITY_TITLE_WORD = Pattern.compile(
            "^の?(?:(?:令和|平成)[元0-9]{1,2}年度)?(?:基本的な?)?(?:中期)?(?:運営の?|経営の?|組織)?(?:基本|中期|重点|サービス|事業|活動){0,2}"
            + "(?:目標|方針)|^の?評価指標");

    /** Words that end like a department but are none (一部, 全部, 本部 alone, 部局 the label). */
    public static final List<String> NOT_DEPARTMENTS = List.of("一部", "全部", "内部", "外部", "幹部", "本部", "支部",
            "細部", "上部", "下部", "各部", "当部", "同部", "局", "部局", "各部局", "全部局", "所管局", "所管部", "部", "室",
            "本局", "当局", "事務局", "委員会", "教室", "会議室", "相談室", "各局", "全局", "他部局", "関係部局", "庁内各部局",
            "庁内部局", "全庁", "各室", "各部署", "事業部", "本部局", "当該部局", "外局", "本庁部局", "部局横断", "事務所", "保健所",
            "各事務所", "各保健所");

    /**
     * Lines of a web page's furniture before (and around) a document: breadcrumbs, print links, update stamps,
     * menus, view counters, social buttons. A line made only of these says nothing about the document.
     */
    public static final List<String> PAGE_FURNITURE = List.of("印刷ページ表示", "印刷用ページ", "ページ番号", "更新日",
            "掲載日", "公開日", "最終更新", "ページの先頭", "本文へ", "本文", "ホーム", "トップページ", "サイトマップ",
            "閲覧数", "アクセス数", "このページ", "シェア", "ツイート", "ポスト", "いいね", "文字サイズ", "背景色",
            "大きな文字で印刷", "PDFファイル", "Adobe", "Acrobat", "読み上げ", "Foreign language", "English",
            "現在位置", "お問い合わせ", "問い合わせ先", "よくある質問", "分類", "カテゴリ", "関連情報", "組織から探す",
            "ID番号", "記事番号", "※本ページ", "※このページ", "※掲載", "作成日", "記入日", "評価日");

    /** The header of a table's number column (No / 番号 / 項番). */
    public static final List<String> NUMBER_COLUMN_LABELS = List.of("No", "No.", "NO", "NO.", "№", "番号", "項番");

    /** Headers of a goal table's column that names each goal (目標 / 取組内容 / 指標名); values come in other columns. */
    public static final List<String> GOAL_COLUMN_LABELS = List.of("目標", "目標項目", "目標の内容", "取組", "取組内容",
            "取組項目", "取組事項", "項目", "事業名", "指標", "指標名");

    /**
     * The goals spoken of as a whole (年度末には各目標の達成状況を公表します): a line after the last goal that says so is the
     * page's closing remark on all of them, no part of the last.
     */
    public static final Pattern GOALS_AS_A_WHOLE = Pattern.compile(
            "各目標|各重点目標|(?:これら|上記|以上|すべて|全て)の(?:重点)?目標");

    /** Words that make a number no target: money (予算, 千円, 月額 of a benefit), staff counts, phones, dates of the page. */
    public static final Pattern NOT_A_TARGET = Pattern.compile(
            "千円|百万円|予算|決算|事業費|職員数|人員|電話|TEL|Tel|FAX|ファックス|内線|更新日|掲載日"
                    + "|月額|年額|日額|単価|補助額|給付額|上限額");

    /**
     * A clause with one of these gives where things stand now or stood last year: a baseline, not a target. 見込み is
     * the expected figure of a year already under way (令和6年度末見込み58%), not 見込まれる.
     */
    public static final Pattern BASELINE = Pattern.compile("実績|現状|現在|基準値|前年度値|見込(?:み|値)?(?![まめ])");

    /**
     * What follows a quantity that only defines what is counted: {@code 月45時間を超える時間外勤務の割合},
     * {@code 80時間超の教員}, {@code 計画の149人を上回る削減}. Matched right after the quantity (its comparator 超
     * included) and only when a noun follows; {@code 以上の} is left out ({@code 年間100件以上の相談に応じる} promises 100件).
     */
    public static final Pattern THRESHOLD_QUALIFIER = Pattern.compile(
            "^(?:を超える|を超えた|を超す|を上回る|超の|を超過する)(?=[\\p{IsHan}\\p{IsKatakana}])");

    /** A sheet's column of this year's target ({@code 今年度目標値}, {@code 今年度の目標}): its 時点 row gives the year. */
    public static final Pattern THIS_YEARS_TARGET_COLUMN = Pattern.compile("今年度(?:の)?目標(?:値)?");
    /** The label of a sheet's row giving each column's date ({@code 時点}). */
    public static final String AS_OF_ROW = "時点";

    /**
     * What follows a fiscal year that is not the document's own: a deadline (令和8年度までに, 平成30年度に6,000人にする,
     * 令和7年度末まで), a start (平成28年度より, 令和2年度から, 以降), an edition (平成22年度版). Matched right after the
     * year.
     */
    public static final Pattern NOT_THE_FISCAL_YEAR_AFTER = Pattern.compile(
            "\\s*(?:末?まで|より|から|以降|以来|版|に\\s*[\\d,,]+)");

    /**
     * A form's label naming the year its sheet is for, the year following it ({@code 評価年度:2007年度},
     * {@code 対象年度 令和5年度}; a 目標年度 is a deadline): the document's year before any other it names (its columns of past years).
     */
    public static final Pattern FISCAL_YEAR_LABEL = Pattern.compile("(?:評価|対象)年度\\s*[::]?\\s*");

    /** A label before a deadline's year ({@code 目標年度:令和7年度}): the year is no document's own. Matched before it. */
    public static final Pattern DEADLINE_YEAR_LABEL = Pattern.compile("(?:目標|達成)年度\\s*[::]?\\s*$");

    /**
     * An entry of a table of contents: leader dots (……, ・・・, NFKC's ...) then a page number ({@code 評価書……P1},
     * {@code 重点目標・・・・・3}) at the end of the line. Never a goal.
     */
    public static final Pattern TOC_ENTRY = Pattern.compile("(?:\\.{3,}|…+|・{3,}|‥+)\\s*(?:[PpＰ]\\.?\\s*)?\\d{1,4}\\s*$");

    /** The heading 基本目標: a vision line in most pages, the year's targeted goals where a target is its aim. */
    public static final Pattern BASIC_AIM = Pattern.compile("^基本目標$");

    /** A numeric target stated as the aim ({@code 「10,193件…以下」を目標にする}, {@code 44人以下を目標とする}). */
    public static final Pattern TARGET_AS_AIM = Pattern.compile("\\d[\\d,]*\\s*(?:件|人|%|％|回)[^。]{0,30}を目標[にと]する");

    /**
     * A heading of a document's own outline ({@code 1 点検・評価の対象}, {@code 2 計画の目的}, {@code 3 策定の趣旨等}): what a
     * report or plan explains about itself, never a goal. A numbered list most of whose items are so is no goal list.
     */
    public static final Pattern OUTLINE_ITEM = Pattern.compile(
            "(?:対象|構成|目的|概要|経緯|経過|背景|趣旨|位置付け|位置づけ|期間|手順|根拠)等?$"
            + "|(?:経過|経緯)(?:又は|及び|と|・)課題$"
            + "|に関する点検$"); // Ⅰ 法令事務に関する点検: a part of a self-check form, its items the points checked

    /**
     * What opens an entry of a list or a table's row ({@code 1 コミュニティ活動の促進}, {@code (2) …}, {@code ③ …},
     * {@code 【地域振興課】}): group 1, 2 or 3 holds the entry's number where it has one. Two columns of a borderless
     * table whose entries open side by side at one height, with the same numbers, are one table's cells.
     */
    /**
     * A list marker standing alone ({@code 1.}, {@code 1}, {@code (1)}, {@code ①}, {@code 一、}, {@code ア.}): a
     * hanging-indent list's number, cut from its text at the tab after it.
     */
    public static final Pattern BARE_MARKER = Pattern.compile("^(?:\\d{1,2}[.．、)）]?|[(（](?:\\d{1,2}|[一二三四五六七八九十]{1,3})[)）]"
            + "|[\\u2460-\\u2473]|[一二三四五六七八九十]{1,3}[.、．]|[ア-ン][.．)）])$");

    public static final Pattern ENTRY_OPENER = Pattern.compile(
            "^(?:(\\d{1,2})(?:[.、．]\\s*|\\s+)(?=\\D)|[(（](\\d{1,2})[)）]|([\\u2460-\\u2473])|【)");

    /**
     * A link to a file as a site prints it ({@code 検討報告書[PDFファイル/5.17MB]}, {@code 概要版(PDF:646KB)}): a
     * download, never a goal.
     */
    public static final Pattern FILE_LINK = Pattern.compile(
            "[\\[(](?:PDF|Word|Excel|ワード|エクセル)(?:ファイル)?[/:\\s]*[0-9.,]+\\s*[KMG]?B[\\])]");

    /**
     * The header of an indicator table printed as text lines ({@code 目標値 実績 (平成18年度) 達成率}): a line, or a few
     * lines, of nothing but these column names. The target column (目標値, 計画値) stands before the result column
     * (実績); a rate (達成率) may follow, a name column (項目, 指標名) may lead, a year in brackets may label a column.
     */
    public static final Pattern TEXT_TABLE_TARGET_COLUMN = Pattern.compile("目標値|計画値|目標");
    public static final Pattern TEXT_TABLE_RESULT_COLUMN = Pattern.compile("実績値|実績");
    public static final Pattern TEXT_TABLE_RATE_COLUMN = Pattern.compile("達成率|達成度");
    public static final Pattern TEXT_TABLE_HEADER_CELL = Pattern.compile(
            "目標値|計画値|目標|実績値|実績|達成率|達成度|項目|指標名|指標|[((][^()()]{0,12}年度?[))]");
    /** A note under an indicator row, or inside its name: {@code (注:寄贈本を含む)}. */
    public static final Pattern TEXT_TABLE_NOTE = Pattern.compile("[((]注[::][^()()]*[))]");

    /**
     * A measure and its figure beside the word 目標 in running text, the label before ({@code 目標案 遊休農地の解消面積 5ha})
     * or after the figure's cell ({@code 遊休農地の解消面積 5ha 目標案}). The measure ends in a counting noun (面積, 件数,
     * 人数, 回数, 率…), the figure is a number and a unit: a target, never a result (実績) or a budget (額).
     */
    private static final String FLOW_METRIC = "(?<metric>[^\\s\\d::()()]{2,20}?(?:面積|件数|人数|回数|箇所数|か所数|率|数|量))";
    private static final String FLOW_FIGURE = "(?<figure>\\d[\\d,]*(?:\\.\\d+)?\\s?(?:ha|ヘクタール|%|件|人|回|か所|箇所|戸|団体))";
    private static final String FLOW_LABEL = "目標(?:案|値)?";
    public static final List<Pattern> FLOWING_TARGET = List.of(
            Pattern.compile("(?<=^|\\s)" + FLOW_LABEL + "\\s+" + FLOW_METRIC + "\\s?" + FLOW_FIGURE + "(?=\\s|$)"),
            Pattern.compile("(?<=^|\\s)" + FLOW_METRIC + "\\s?" + FLOW_FIGURE + "\\s+" + FLOW_LABEL + "(?=\\s|$)"));

    /** A money row's label with its unit ({@code 予算額等(千円)}, {@code 概算人件費(千円)}): never a goal's title. */
    public static final Pattern MONEY_ROW_LABEL = Pattern.compile(
            "^[^。、]{0,8}(?:予算|決算|歳入|歳出|事業費|人件費|コスト)[^。、]{0,4}\\((?:千円|百万円|万円|円)\\)$");

    /**
     * Bodies a municipality's name is printed before ({@code 緑川市農業委員会}, {@code 緑川町役場}): a name the dictionary
     * does not know (四万十市) is still the municipality there.
     */
    public static final List<String> MUNICIPAL_BODIES = longestFirst("農業委員会", "教育委員会", "選挙管理委員会",
            "監査委員", "役所", "役場", "議会", "消防本部", "水道局", "上下水道局", "病院");

    /** A form's goal column label alone on a line, its rows' goals on the lines after it: 目標項目, 取組項目. */
    public static final Pattern GOAL_COLUMN_LABEL = Pattern.compile("(?:重点)?(?:目標|取組|取り組み)項目");

    /**
     * The longest plan period whose first year is still the document's year (事業プラン 令和3年度~令和4年度): a longer
     * term (中期経営計画 令和3年度~令和7年度) is a plan of several years, no one year's goals.
     */
    public static final int PLAN_PERIOD_YEARS_MAX = 2;

    /** What stands right before a number that a sentence names its target: 目標の10%, 目標年度5,200m, 目標値 400件. */
    public static final Pattern TARGET_BEFORE_NUMBER = Pattern.compile("目標(?:値|年度|の|は|:|:)?\\s*$");

    /** The end of a sentence that reports what was done: a past tense before its 。 (減少した。, 実施しました。, なった。). */
    public static final Pattern REPORTED_END = Pattern.compile("(?:た|でした)。$");

    /*
     * Whether the input is a goal document at all (docs/quality.md). Words and marks that tell the genre from the
     * texts most often mistaken for it: the minutes of a council debating the goals, a news page announcing them, a
     * README. Each is evidence only; the assessor weighs it against the goal document's own sections and labels.
     */

    /**
     * A label naming a kind of goals and nothing more ({@code 組織目標}, {@code 運営目標}, {@code 行動宣言}): up to six
     * characters before 目標, 方針, 宣言 or マニフェスト, none of them punctuation. A line that is only such a label
     * heads what follows; it is never the text of a section.
     */
    public static final Pattern KIND_LABEL = Pattern.compile("^[\\p{IsHan}\\p{IsKatakana}ー]{0,6}(?:目標|方針|宣言|マニフェスト)$");

    /**
     * A national ministry ({@code 総務省自治財政局長通知} cited in a hospital's plan): its bureaus are none of a
     * municipality's departments.
     */
    public static final Pattern NATIONAL_MINISTRY = Pattern.compile(
            "(?:総務|文部科学|厚生労働|国土交通|環境|経済産業|農林水産|法務|外務|財務|防衛)省|内閣府");

    /** Words of a goal document's title (令和5年度 市民部 組織目標, 部局運営方針, 目標宣言, 部長マニフェスト). */
    public static final List<String> GOAL_TITLE_WORDS = List.of("目標", "方針", "宣言", "マニフェスト", "ミッション",
            "使命", "経営", "運営");

    /**
     * Words without which no goal document is written: a text naming none of them (not even 目標 or 取組) is no
     * goal document whatever else it holds.
     */
    public static final List<String> GOAL_VOCABULARY = List.of("目標", "方針", "重点", "施策", "取組", "取り組",
            "使命", "ミッション", "ビジョン", "マニフェスト", "宣言", "めざす", "目指す");

    /**
     * A speaker's line in council minutes: {@code ○議長(佐藤一郎君)}, {@code ○12番(田村花子議員)},
     * {@code ○総務部長(木下浩君)}; the name in brackets ends with 君 or 議員, which a goal document never prints so.
     */
    public static final Pattern MINUTES_SPEAKER = Pattern.compile(
            "^[○〇◯]\\s*[^\\s()]{1,20}\\([^()]{1,20}(?:君|議員)\\)");

    /** A stage direction in council minutes: {@code 〔12番 田村花子君 登壇〕}, {@code 〔市長 山本誠君 登壇〕}. */
    public static final Pattern MINUTES_STAGE = Pattern.compile("[〔\\[][^〔〕\\[\\]]{1,30}(?:登壇|降壇|退場|入場)[〕\\]]");

    /**
     * Words of a news page or press release (報道発表, お知らせ) and of an event notice (開催します, 申込方法, 参加費).
     * Goal pages print お問い合わせ and 更新日 too, so those are not here.
     */
    public static final List<String> NEWS_WORDS = List.of("報道発表", "記者発表", "プレスリリース", "新着情報",
            "お知らせ", "開催します", "開催しました", "募集します", "申込方法", "申し込み方法", "申込期限", "参加費",
            "定員", "会場", "入場無料", "ニュース");

    /**
     * Units written in more than one way for the same thing, each with the one spelling {@code unitNormalized}
     * gives them, so that targets can be summed across documents: 名 counts people as 人 does; 箇所 is written
     * か所, ヶ所, カ所, ヵ所, ケ所 and 個所; パーセント is %; units spelt out in katakana are their symbols. Only
     * spellings of one unit: a scale (万人, 千円, 億円) stays as written, because its value is not scaled (3.5 万人 is
     * value 3.5), and 人日, 人回 or ポイント (percentage points) are other units. A unit not listed is its own
     * normalized form.
     */
    public static final Map<String, String> UNIT_EQUIVALENTS = Map.ofEntries(
            Map.entry("名", "人"),
            Map.entry("か所", "箇所"), Map.entry("ヶ所", "箇所"), Map.entry("カ所", "箇所"), Map.entry("ヵ所", "箇所"),
            Map.entry("ケ所", "箇所"), Map.entry("個所", "箇所"),
            Map.entry("カ国", "か国"), Map.entry("ヵ国", "か国"), Map.entry("ヶ国", "か国"), Map.entry("ケ国", "か国"),
            Map.entry("箇国", "か国"),
            Map.entry("ヶ月", "か月"), Map.entry("カ月", "か月"), Map.entry("ヵ月", "か月"), Map.entry("ケ月", "か月"),
            Map.entry("箇月", "か月"),
            Map.entry("ヶ月間", "か月間"), Map.entry("カ月間", "か月間"), Map.entry("ヵ月間", "か月間"),
            Map.entry("ケ月間", "か月間"), Map.entry("箇月間", "か月間"),
            Map.entry("パーセント", "%"), Map.entry("グラム", "g"), Map.entry("キログラム", "kg"),
            Map.entry("メートル", "m"), Map.entry("キロメートル", "km"),
            Map.entry("頁", "ページ"), Map.entry("手続", "手続き"));

    /** The one spelling of {@code unit} ({@link #UNIT_EQUIVALENTS}), the unit itself when it has no other; null for null. */
    public static String normalizedUnit(String unit) {
        return unit == null ? null : UNIT_EQUIVALENTS.getOrDefault(unit, unit);
    }

    private static List<String> longestFirst(String... words) {
        return Stream.of(words).distinct().sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    /** A regex alternation of {@code words} (which hold no metacharacters). */
    public static String alternation(List<String> words) {
        return words.stream().map(Pattern::quote).collect(Collectors.joining("|"));
    }
}
