package org.goalparse.interpret;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.goalparse.ja.DocumentMemo;
import org.goalparse.lexicon.Lexicon;
import org.goalparse.lexicon.Lexicon.Section;
import org.goalparse.model.Division;
import org.goalparse.model.FiscalYear;
import org.goalparse.model.GoalDocument;
import org.goalparse.model.Head;
import org.goalparse.model.Goal;
import org.goalparse.model.Indicator;
import org.goalparse.model.MidTermGoal;
import org.goalparse.model.PlanRef;
import org.goalparse.model.Project;
import org.goalparse.model.Quality;
import org.goalparse.model.SourceInfo;
import org.goalparse.outline.Heading;
import org.goalparse.outline.HeadingStyle;
import org.goalparse.outline.Item;
import org.goalparse.outline.Marker;
import org.goalparse.outline.Node;
import org.goalparse.outline.NumberStyle;
import org.goalparse.outline.Outline;
import org.goalparse.outline.TableNode;

/**
 * The default interpreter: finds the document's facts (department, city, year, head), then walks the outline
 * with the role of the last heading (基本方向, 重点方針, 課の目標, 達成度合, 中期目標, 主な事業…) deciding what each
 * node is, and hands data tables to the reader for their kind.
 */
public final class DocumentInterpreter implements Interpreter {
    private final DepartmentFinder departments = new DepartmentFinder();
    private final MunicipalityFinder municipalities = new MunicipalityFinder();
    private final HeadFinder heads = new HeadFinder();
    private final FiscalYearFinder years = new FiscalYearFinder();
    private final KpiTableReader kpis = new KpiTableReader();
    private final StaffTableReader staff = new StaffTableReader();
    private final GoalTableReader goalTables = new GoalTableReader();
    private final MidTermTableReader midTerms = new MidTermTableReader();
    private final ProjectTableReader projectTables = new ProjectTableReader();
    private final DivisionLists divisionLists = new DivisionLists();
    private final ItemGoals itemGoals = new ItemGoals();
    private final HeadlineGoals headlineGoals = new HeadlineGoals();
    private final FlowingTargetGoals flowingTargetGoals = new FlowingTargetGoals();
    private final SpokenGoals spokenGoals = new SpokenGoals();
    private final CodedMeasures codedMeasures = new CodedMeasures();
    private final MeasureSheetGoal measureSheetGoal = new MeasureSheetGoal();
    private final TextIndicatorRows textIndicatorRows = new TextIndicatorRows();
    private final CellIndicatorRows cellIndicatorRows = new CellIndicatorRows();
    private final LabelColumnGoals labelColumnGoals = new LabelColumnGoals();
    private final IndicatorTableReader indicatorTables = new IndicatorTableReader();
    private final QualityAssessor quality = new QualityAssessor();

    /** Reads the outline with a {@link DocumentMemo} open: its goal texts are asked about their quantities repeatedly. */
    @Override
    public GoalDocument interpret(Outline outline, SourceInfo source, String municipality) {
        try (DocumentMemo.Scope memo = DocumentMemo.open()) {
            return read(outline, source, municipality);
        }
    }

    private GoalDocument read(Outline outline, SourceInfo source, String municipality) {
        List<String> texts = OutlineTexts.all(outline);
        FormFields fields = FormFields.of(outline, texts);
        String department = departments.find(texts, fields);
        FiscalYear fiscalYear = years.find(OutlineTexts.titles(outline), texts, outline);
        Head head = heads.find(texts, fields, department);
        Walk w = new Walk(department, fiscalYear, head);
        for (FormFields.Value v : fields.of(Lexicon.Field.DIVISION)) {
            divisionLists.fromField(v.value()).stream().filter(d -> !d.endsWith("局") && !d.equals(department))
                    .forEach(d -> w.addDivision(new Division(d, null, null, List.of())));
        }
        SheetDivisions.find(texts, fields, department).forEach(d -> w.addDivision(new Division(d, null, null, List.of())));
        outline.nodes().stream().filter(n -> n instanceof Heading).skip(1)
                .forEach(h -> w.laterHeadings.add(Texts.compact(h.text())));
        w.targetedAims.addAll(targetedAims(outline));
        for (Node n : outline.nodes()) {
            org.goalparse.Cancellation.check();
            w.accept(n);
        }
        w.endBesideNames();
        List<String> warnings = new ArrayList<>(outline.warnings());
        warnings.addAll(w.warnings);
        String eraless = FiscalYearFinder.eralessWarning(fiscalYear);
        if (eraless != null) {
            warnings.add(eraless);
        }
        String planTerm = fiscalYear == null ? FiscalYearFinder.planTermWarning(OutlineTexts.titles(outline)) : null;
        if (planTerm != null) {
            warnings.add(planTerm);
        }
        List<Goal> goals = new ArrayList<>(w.assembler.goals()); // before its warnings: reading them may add one
        warnings.addAll(w.assembler.warnings());
        warnings.addAll(w.policies.unplaced());
        goals.addAll(withPlanRefs(w.tableGoals, w.assembler.tablePlanRefs()));
        if (goals.isEmpty() && w.policyContent != null) {
            // a 工程表 form listing no goals of this year: the policy its (1)政策内容 field names is its one goal
            goals.add(new GoalDraft(null, null, w.policyContent.text().strip(), w.policyContent.loc()).toGoal());
            w.basic.remove(w.policyContent.text());
        }
        goals.removeIf(g -> {
            boolean money = g.title() != null && Lexicon.MONEY_ROW_LABEL.matcher(g.title().strip()).matches();
            if (money) {
                warnings.add("a goal dropped: its title " + g.title() + " labels a row of money");
            }
            return money;
        });
        if (isCountdown(goals)) {
            warnings.add("goals numbered " + goals.size() + " down to 1 dropped: a grading scale, not goals");
            goals.clear(); // 5 優る 4 やや優る 3 適正 2 やや劣る 1 劣る
        }
        ItemGoals.Read textRows = textIndicatorRows.read(outline);
        if (!goals.isEmpty() && !textRows.goals().isEmpty()
                && goals.stream().allMatch(g -> textRows.consumedTexts().contains(g.title()))) {
            goals.clear(); // 1.施設 2.職員: an indicator table's category lines read as goals; its rows are the goals
        }
        boolean goalsAnnounced = !goals.isEmpty(); // by a goal section or table, not guessed from a list
        List<org.goalparse.model.PriorityPolicy> pillars = new ArrayList<>();
        if (goals.isEmpty()) {
            // readers of goals no section announced, tried in order until one finds any
            List<Fallback> fallbacks = List.of(
                    new Fallback("unnumbered headlines each over a paragraph", () -> headlineGoals.read(outline, w.claimed)),
                    new Fallback("an indicator table printed as text lines", () -> textRows),
                    new Fallback("an indicator table flattened one cell per line", () -> cellIndicatorRows.read(outline)),
                    new Fallback("the codes of a plan's system of measures (01, 0101 …)", () -> codedMeasures.read(outline)),
                    new Fallback("the measure an evaluation sheet names", () -> measureSheetGoal.read(outline, fields)),
                    new Fallback("a goal column flattened one cell per line", () -> labelColumnGoals.read(outline)),
                    new Fallback("the document's first numbered list", () -> itemGoals.read(outline, w.claimed)),
                    new Fallback("goals announced aloud in a transcript (1番目、…)", () -> spokenGoals.read(outline)),
                    new Fallback("a measure and its figure beside the word 目標", () -> flowingTargetGoals.read(outline)));
            for (Fallback f : fallbacks) {
                ItemGoals.Read read = f.reader().get();
                if (!read.goals().isEmpty()) {
                    guessed(read, f.where(), goals, w, warnings);
                    if (w.policies.policies().isEmpty()) {
                        pillars.addAll(read.policies()); // 01 … 0101 …, 運営方針 1.… (1)…: pillars, their measures the goals
                    }
                    break;
                }
            }
        }
        GoalDocument draft = new GoalDocument(GoalDocument.SCHEMA_VERSION, source,
                named(municipalities.find(texts, department), municipality), department,
                fiscalYear, head, w.divisions(), w.basic.isEmpty() ? w.leadProse : w.basic,
                pillars.isEmpty() ? w.policies.policies() : pillars, goals, w.projects.isEmpty() ? w.projectSections.projects() : w.projects, w.indicators, w.midTerm.isEmpty() ? w.midTermText.goals() : w.midTerm, Sections.of(outline),
                Quality.NOT_ASSESSED, warnings);
        return quality.assess(draft, outline, fields, w.rolesRead, goalsAnnounced);
    }

    /** A reader of goals no section announced, and where it reads them from (said in the warning). */
    private record Fallback(String where, java.util.function.Supplier<ItemGoals.Read> reader) {
    }

    /**
     * Goals no section announced, read by a fallback from {@code where}: added, their own lines taken out of the
     * mission, and a warning saying how they were found.
     */
    private static void guessed(ItemGoals.Read read, String where, List<Goal> goals, Walk w, List<String> warnings) {
        goals.addAll(read.goals());
        w.basic.removeAll(read.consumedTexts()); // the goals' own lines are not the mission
        int n = read.goals().size();
        warnings.add("no section announced goals: " + n + (n == 1 ? " goal" : " goals") + " read from " + where);
    }

    /** Three or more goals numbered n, n-1 … 1: the steps of a grading scale, printed best first. */
    private static boolean isCountdown(List<Goal> goals) {
        if (goals.size() < 3) {
            return false;
        }
        for (int i = 0; i < goals.size(); i++) {
            Integer n = goals.get(i).number();
            if (n == null || n != goals.size() - i) {
                return false;
            }
        }
        return true;
    }

    /** Table goals without plan references of their own take those printed below their rows as text. */
    private static List<Goal> withPlanRefs(List<Goal> tableGoals, Map<Integer, List<PlanRef>> refs) {
        return tableGoals.stream().map(g -> g.number() == null || !g.planRefs().isEmpty() || !refs.containsKey(g.number()) ? g
                : new Goal(g.id(), g.number(), g.division(), g.title(), g.text(), g.targets(), g.achievement(), g.issues(),
                        refs.get(g.number()))).toList();
    }

    /** The city the text names; the caller's only when the text names none. */
    private static String named(String found, String given) {
        return found != null ? found : given;
    }

    /**
     * The headings {@code 基本目標} whose section states a numeric target as the aim ({@code 交通事故死者数「44人以下」を
     * 目標にする}): there the heading names the year's goals (a police plan's), not a vision, as it does elsewhere.
     * None where a heading names the goals.
     */
    static List<Node> targetedAims(Outline outline) {
        List<Node> out = new ArrayList<>();
        Heading open = null;
        for (Node n : outline.nodes()) {
            if (n instanceof Heading h) {
                String c = Texts.compact(h.text());
                if (Section.of(c) == Section.GOALS) {
                    return List.of();
                }
                open = Lexicon.BASIC_AIM.matcher(c).matches() ? h : null;
            } else if (open != null && Lexicon.TARGET_AS_AIM.matcher(n.text()).find()) {
                out.add(open);
                open = null;
            }
        }
        return out;
    }

    /** One pass over the outline; state of the walk. */
    private final class Walk {
        final String department;
        final FiscalYear fiscalYear;
        final Head head;
        final GoalAssembler assembler = new GoalAssembler();
        final PolicyCollector policies = new PolicyCollector();
        final Map<String, Division> divisions = new LinkedHashMap<>();
        final List<String> basic = new ArrayList<>();
        /** The prose right under a title that names a policy (…部の運営方針): the basic direction where no heading gives one. */
        final List<String> leadProse = new ArrayList<>();
        /** Whether the paragraphs now read follow the head's own line, before any heading: his message. */
        boolean headLead;
        /** The shortest paragraph read as the head's message: a shorter sentence is his profile. */
        static final int HEAD_MESSAGE_MIN = 40;
        /** The longest line of a column of division names. */
        static final int DIVISION_LINE_MAX = 30;
        /** The headings after the first: a first heading naming one of their sections again is the title. */
        final List<String> laterHeadings = new ArrayList<>();
        boolean lead;
        /** After the title naming the unit, before any other heading, list or table: a vision line there is its direction. */
        boolean titleLead;
        /** Whether a heading came before: only the first may be the document's title. */
        boolean headingSeen;
        /** The document's first heading, white space removed: its title. */
        private String title;
        /** Whether a line other than the page's furniture came before: a heading after it is no title. */
        boolean textSeen;
        final List<String> roles = new ArrayList<>();
        /**
         * The organisation's label stood beside the roles' label (部等を構成する課等 | 部等の主な役割 on one row of a
         * borderless form), so its section held nothing and the division names below came under the roles: the
         * lines there that are no role's are those names, wrapped in a narrow column ({@link #besideNames}).
         */
        boolean labelsSideBySide;
        /** The name lines read under the roles' label, joined with spaces: one list, its names maybe run together. */
        final StringBuilder besideNames = new StringBuilder();
        /** The roles read under the roles' label beside the organisation's. */
        int besideRoles;
        /** Warnings of the walk. */
        final List<String> warnings = new ArrayList<>();
        /** Lines read since the last heading. */
        int linesInSection;
        final List<Goal> tableGoals = new ArrayList<>();
        final List<Project> projects = new ArrayList<>();
        /** Projects laid out as sections (a name, then 取組 / 報告 sub-headings): used when no table gave any. */
        final ProjectSections projectSections = new ProjectSections();
        final List<Indicator> indicators = new ArrayList<>();
        final List<MidTermGoal> midTerm = new ArrayList<>();
        /** Mid-term goals laid out as text: used when no mid-term table gave any. */
        final MidTermText midTermText = new MidTermText();
        /** A numbered 中期目標 section is open (4. 中期目標): the column labels read in it do not end it. */
        boolean midTermSection;
        Section role = Section.OTHER;
        /** A form's 政策内容 field was the last heading: the next line may name the policy. */
        boolean policyContentNext;
        /** The line under the form's 政策内容 field: the goal's title when no goals are listed. */
        org.goalparse.outline.Paragraph policyContent;
        /** The number of the item that opened the current section (4 in 4 今年度の重点目標), while its own items
         * are numbered otherwise; null when the section opened with a heading or shares its numbering. */
        Marker sectionMarker;
        /** The sections headings announced (evidence that this is a goal document). */
        final Set<Section> rolesRead = EnumSet.noneOf(Section.class);
        /** Nodes read as something other than goals (policies, basic direction, projects…): never goals. */
        final Set<Node> claimed = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

        /** 基本目標 headings over goals with numeric targets ({@link #targetedAims(Outline)}). */
        final Set<Node> targetedAims = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

        Walk(String department, FiscalYear fiscalYear, Head head) {
            this.department = department;
            this.fiscalYear = fiscalYear;
            this.head = head;
        }

        /**
         * The head's signature printed under a mission heading, not the mission: his name (上下水道局長 川端 誠), his
         * reading, or his title alone on a line (企画部長 / (おおの たかゆき) / 大野 隆幸).
         */
        private boolean isHeadLine(String text) {
            if (head == null || head.name() == null || text.length() > 40 || text.contains("。")) {
                return false;
            }
            String c = Texts.compact(text);
            return c.contains(Texts.compact(head.name()))
                    || head.reading() != null && c.contains(Texts.compact(head.reading()))
                    || head.title() != null && c.endsWith(head.title()) && c.length() <= 15
                            && HeadFinder.isHeadTitle(c, department);
        }

        void accept(Node n) {
            if (n instanceof Item it && it.marker().numbered() && role != Section.GOALS) {
                assembler.outerNumber(it);
            }
            if (!(n instanceof org.goalparse.outline.Paragraph)) {
                lead = false; // the title's lead ends at the first heading, list item or table
                titleLead = false;
                headLead = false;
            } else if (role == Section.OTHER && (lead && Lexicon.SENTENCE_END.matcher(n.text().strip()).find()
                    || titleLead && Lexicon.VISION_LINE.matcher(n.text().strip()).matches())) {
                leadProse.add(n.text());
            } else if (role == Section.OTHER && !headingSeen && isHeadLine(n.text().strip())) {
                headLead = true; // 看護部長 山田 花子, then his words before the first heading: the head's message
            } else if (role == Section.OTHER && headLead && n.text().strip().length() >= HEAD_MESSAGE_MIN
                    && Lexicon.SENTENCE_END.matcher(n.text().strip()).find()) {
                leadProse.add(n.text()); // a short line (昭和40年生まれ。) is his profile, not his message
            }
            if (policyContentNext && !(n instanceof Heading)) {
                policyContentNext = false;
                if (n instanceof org.goalparse.outline.Paragraph p && p.text().length() <= GoalTitles.TITLE_MAX
                        && !p.text().contains("。") && FormFields.leadingLabel(p.text()) == null) {
                    policyContent = p;
                }
            }
            if (n instanceof TableNode t) {
                table(t);
            } else if (n instanceof Heading h) {
                if (Section.of(Texts.compact(h.text())) != Section.OTHER) {
                    sectionMarker = null; // a section opened by a heading of its own: the old number says nothing
                }
                heading(h);
            } else if (n instanceof Item it && isNextSection(it)) {
                // 4 今年度の重点目標 … 5 その他: the number after the section's own is the next section, whatever
                // it is called, and ends this one (its goals are numbered in a style of their own: ①, ア.)
                sectionMarker = it.marker();
                Heading h = new Heading(it.text(), HeadingStyle.LABEL, 2, it.loc());
                if (Section.of(Texts.compact(it.text())) == Section.OTHER) {
                    role = Section.OTHER; // heading() would keep an unknown heading inside goals as their text
                } else {
                    heading(h);
                }
            } else if (n instanceof Item it && isShort(it)
                    && ((it.marker().numbered() && ItemGoals.namesSection(it.text()))
                        || (!it.marker().numbered() && Section.of(it.text()) != Section.OTHER))) {
                // ■重点目標, 3 今年度の主要事業と目標, 2 組織目標: a bullet or number naming a section is that
                // section's heading (an unknown one, such as 組織目標, ends the section before it)
                sectionMarker = it.marker().numbered() ? it.marker() : null;
                heading(new Heading(it.text(), HeadingStyle.LABEL, 2, it.loc()));
            } else {
                if (n instanceof Item it && sectionMarker != null && it.marker().numbered() && sameLevel(it, sectionMarker)) {
                    sectionMarker = null; // 2 重点目標, then 1 … 2 … 3 …: the section's own items share its numbering
                }
                content(n);
            }
        }

        /** A block mark (■, ◆) before a short label of its own, the first word of its line: a part of the sheet. */
        private static boolean isBlockLabel(Item it) {
            if (it.marker().numbered() || !BLOCK_MARK.matcher(it.marker().raw()).find()) {
                return false;
            }
            String first = it.text().strip().split("\\s+", 2)[0];
            return first.length() <= 15 && !Texts.isPunctuated(first) && Section.of(first) == Section.OTHER;
        }

        /** A division's name alone after a bullet (・水産振興課): a 課, 室 or 係, no other kind of unit. */
        private static final java.util.regex.Pattern BULLETED_DIVISION =
                java.util.regex.Pattern.compile("^[\\p{IsHan}\\p{IsKatakana}ー・]{1,14}[課室係]$");

        private static final java.util.regex.Pattern BLOCK_MARK = java.util.regex.Pattern.compile("[■□◆◇]");

        private static boolean isShort(Item it) {
            return it.text().length() <= 30 && !it.text().contains("。");
        }

        private boolean isNextSection(Item it) {
            return sectionMarker != null && it.marker().numbered() && sameLevel(it, sectionMarker)
                    && it.marker().value() == sectionMarker.value() + 1 && isShort(it);
        }

        /**
         * Whether an item is numbered in the run of the section's own number: 1 and 1. are, 目標1 is not (2 今年度の目標,
         * then 目標1, 目標2, then 3 中間確認: the labelled goals keep a numbering of their own).
         */
        private static boolean sameLevel(Item it, Marker m) {
            NumberStyle a = it.marker().style();
            NumberStyle b = m.style();
            return (a == NumberStyle.LABELED) == (b == NumberStyle.LABELED) && GoalAssembler.level(a) == GoalAssembler.level(b);
        }

        private void heading(Heading h) {
            String c = Texts.compact(h.text());
            boolean first = !headingSeen && !textSeen;
            headingSeen = true;
            if (first) {
                title = c;
            }
            if (department != null && c.contains(department) && !Texts.isDivisionName(c)
                    && (first && !startsWithOwnSection(c) || c.equals(title) && !first || !isOwnSection(c))) {
                role = Section.OTHER; // the document's title (printed again: the page's and the file's)
                // 上下水道部の運営方針(平成30年度), then its prose: the policy the title names, where no heading does
                lead = Lexicon.DIRECTION_TITLE.matcher(c).find();
                titleLead = true;
                return;
            }
            if (h.style() == HeadingStyle.BRACKET && Texts.isDivisionName(c)) {
                assembler.division(c);
                addDivision(new Division(c, null, null, List.of()));
                return;
            }
            Section r = Section.of(c);
            if (r == Section.BASIC_DIRECTION && targetedAims.contains(h)) {
                r = Section.GOALS; // 基本目標 / 刑法犯認知件数の抑止 / …「44人以下」を目標にする: the year's goals
            }
            if (role == Section.PROJECTS && r != Section.PROJECTS && projectSections.accept(h.text(), true)) {
                claimed.add(h); // a project's name or its 取組 / 最終報告 sub-heading: the section goes on
                return;
            }
            if (r == Section.OTHER && Lexicon.FORM_SECTION.matcher(c).matches()) {
                role = Section.OTHER; // 2.測定指標, 4.評価: the form's next section, never a goal
                assembler.close();
                return;
            }
            if (Lexicon.POLICY_CONTENT.matcher(c).matches()) {
                policyContentNext = true; // (1)政策内容: the line below names the policy the goal serves
            }
            if (r == Section.OTHER && (role == Section.GOALS || role == Section.ACHIEVEMENT)) {
                content(h);
                return;
            }
            if (r == Section.MIDTERM) {
                assembler.endPlanRefs(); // the mid-term goals' plan labels are not this year's goals'
                midTermSection = h.style() == HeadingStyle.NUMBERED;
            } else if (midTermSection && h.style() == HeadingStyle.LABEL) {
                // 実績, 当年度目標, スケジュール(工程) inside a numbered 中期目標 section: a table's column labels, read
                // out of place; a bracket or numbered heading ends the section
                return;
            } else {
                midTermSection = false;
            }
            endBesideNames();
            labelsSideBySide = r == Section.ROLES && role == Section.ORGANISATION && linesInSection == 0;
            linesInSection = 0;
            role = r;
            rolesRead.add(r);
            if (r == Section.GOALS) {
                assembler.sectionStart(Lexicon.YEAR_GOALS.matcher(c).find());
            }
        }

        /**
         * ■府民文化部の使命, 市民部の役割: the department's name, then の and a section's name (no title's word such as
         * 運営方針) after the document's first heading or text: a section of the document, not its title.
         */
        private boolean isOwnSection(String c) {
            String bare = withoutMarks(c).replaceFirst("^[^年]{0,8}年度(?=.)", "");
            if (!bare.startsWith(department)) {
                return false;
            }
            // 議会事務局長からのメッセージ: the head's own section is the unit's too
            String rest = bare.substring(department.length()).replaceFirst("^長(から)?(?=の)", "");
            if (!rest.startsWith("の") && (rest.length() > 4 || Section.of(rest) == Section.OTHER)) {
                return false; // 看護部目標, 看護部 理念 below the page's title: the unit's section under its name
            }
            String name = rest.replaceFirst("^の", "");
            return rest.length() <= 10 && !Lexicon.DIRECTION_TITLE.matcher(rest).find() && Section.of(name) != Section.OTHER;
        }

        /**
         * 看護部の理念 as the page's first heading: a page that opens on one of the unit's sections, the unit's name
         * joined to it by の. A first heading 令和7年度 看護部目標 is the page's title, and so is 市民部の基本方針 when a
         * later heading (基本方針) opens that section.
         */
        private boolean startsWithOwnSection(String c) {
            String bare = withoutMarks(c);
            if (!isOwnSection(c) || !bare.startsWith(department + "の")) {
                return false;
            }
            String section = bare.substring(department.length() + 1);
            // 基本方針, 部の基本方針 open the same section again; 教育理念 is another than 理念
            Pattern again = Pattern.compile("(?:^|[^\\p{IsHan}])" + Pattern.quote(section) + "[】>〉]?$");
            return laterHeadings.stream().noneMatch(h -> again.matcher(h).find());
        }

        /** A heading without its block mark or its brackets: 【看護部の理念】 is 看護部の理念. */
        private static String withoutMarks(String c) {
            return c.replaceFirst("^[■□◆◇●○◎【<〈]", "").replaceFirst("[】>〉]$", "");
        }

        private void content(Node n) {
            String text = n instanceof Item it ? it.text() : n.text();
            linesInSection++;
            boolean furniture = PageFurniture.isFurniture(text);
            textSeen |= !furniture;
            if (furniture || (role == Section.GOALS
                    && FormFields.leadingLabel(text) == Lexicon.Field.DEPARTMENT)) {
                role = Section.OTHER; // the page's footer (お問い合わせ) or the sheet's closing 所管 field ends a section
            }
            if (role == Section.BASIC_DIRECTION && n instanceof Item it && isBlockLabel(it)) {
                role = Section.OTHER; // ■部のキャッチフレーズ after ■部の使命: a part of the sheet the lexicon does not know
            }
            if (role == Section.LEGEND && !Lexicon.GRADE_DEFINITION.matcher(text).find()) {
                role = Section.OTHER; // the grade key ends at the first line that defines no grade
            }
            if (role == Section.ORGANISATION && divisionLists.fromList(text).isEmpty()) {
                role = Section.OTHER; // 所管組織 (its table lost), then 重点施策: a line that lists no divisions ends the list
            }
            if (n instanceof Item it && !it.marker().numbered() && BULLETED_DIVISION.matcher(it.text().strip()).matches()) {
                // ・水産振興課 / its year's work in prose below: a bullet naming a division alone heads that division's
                // part, as 【水産振興課】 does
                String name = it.text().strip();
                assembler.division(name);
                addDivision(new Division(name, null, null, List.of()));
                return;
            }
            divisionLists.fromSentence(n.text()).forEach(d -> addDivision(new Division(d, null, null, List.of())));
            if (role != Section.OTHER && role != Section.GOALS && role != Section.ACHIEVEMENT
                    && !(role == Section.BASIC_DIRECTION && n instanceof Item)) {
                claimed.add(n); // numbered items under a mission or basic policy are often the goals themselves
            }
            switch (role) {
                case BASIC_DIRECTION -> {
                    if (FormFields.leadingLabel(text) == null && !isHeadLine(text) && !Texts.isBareDate(text)
                            && !Lexicon.KIND_LABEL.matcher(Texts.compact(withoutMarks(text))).matches()) {
                        // a form field (構成課 …), the head's signature or a kind of goals' label (◎組織目標 between
                        // the mission and its slogan) is no part of the mission
                        basic.add(text);
                    }
                }
                case PRIORITY -> policies.accept(n);
                case GOALS -> assembler.accept(asContent(n), false);
                case ACHIEVEMENT -> assembler.accept(asContent(n), true);
                case ORGANISATION -> divisionLists.fromList(text)
                        .forEach(d -> addDivision(new Division(d, null, null, List.of())));
                case ROLES -> {
                    if (labelsSideBySide && isNameLine(n, text)) {
                        besideNames.append(' ').append(text.strip());
                    } else {
                        roles.add(text);
                        besideRoles++;
                    }
                }
                case PROJECTS -> projectSections.accept(text, false);
                case MIDTERM -> midTermText.accept(n);
                default -> { }
            }
        }

        private Node asContent(Node n) {
            if (n instanceof Heading h && h.asItem() != null) {
                return h.asItem(); // 1. 地域包括ケアの推進 under a goal heading: a numbered goal
            }
            if (n instanceof Heading h) {
                return new org.goalparse.outline.Paragraph(h.written(), h.loc());
            }
            return n;
        }

        private void table(TableNode t) {
            switch (t.kind()) {
                case KPI -> indicators.addAll(kpis.read(t));
                case STAFF -> staff.read(t).forEach(this::addDivision);
                case GOALS -> {
                    List<Goal> read = goalTables.read(t);
                    tableGoals.addAll(read);
                    read.stream().map(Goal::number).filter(java.util.Objects::nonNull)
                            .forEach(assembler::goalsInTables);
                }
                case MIDTERM -> midTerm.addAll(midTerms.read(t));
                case PROJECTS -> projects.addAll(projectTables.read(t, divisions.keySet()));
                case INDICATORS -> {
                    List<IndicatorTableReader.Row> rows = indicatorTables.read(t, assembler.lastGoalLine(), fiscalYear);
                    if (role != Section.GOALS || !assembler.indicators(rows)) {
                        rows.forEach(r -> indicators.add(r.indicator()));
                    }
                }
                default -> { }
            }
        }

        /**
         * The names read beside the roles ({@link #labelsSideBySide}) are the divisions, unless one of them reads as two
         * run together (広聴相談課戸籍住民課: a piece of the column went to the roles' line beside it, so the names
         * around it cannot be trusted) where they are not as many as the roles; then none are, and a warning says so.
         */
        void endBesideNames() {
            if (besideNames.length() > 0) {
                List<String> names = divisionLists.fromList(besideNames.toString().strip());
                if (names.size() == besideRoles || names.stream().noneMatch(DivisionLists::isRunTogether)) {
                    names.forEach(d -> addDivision(new Division(d, null, null, List.of())));
                } else {
                    warnings.add("division names beside their roles not read: " + names.size() + " names for "
                            + besideRoles + " roles");
                }
            }
            besideNames.setLength(0);
            besideRoles = 0;
        }

        /**
         * A line of a names column (市民協働課, 交通防犯対策担当市民文化 wrapped): no item or mark, no clause or stop, a few
         * words long; a role (・市民文化会館の運営) is an item or a clause.
         */
        private static boolean isNameLine(Node n, String text) {
            String t = text.strip();
            return !(n instanceof Item) && !t.isEmpty() && t.length() <= DIVISION_LINE_MAX && t.indexOf('、') < 0
                    && t.indexOf('。') < 0 && "・○●◎■□◆◇-*※".indexOf(t.charAt(0)) < 0;
        }

        void addDivision(Division d) {
            Division old = divisions.get(d.name());
            if (old == null) {
                divisions.put(d.name(), d);
            } else {
                divisions.put(d.name(), new Division(d.name(), d.head() != null ? d.head() : old.head(),
                        d.staff() != null ? d.staff() : old.staff(), old.roles().isEmpty() ? d.roles() : old.roles()));
            }
        }

        List<Division> divisions() {
            List<Division> out = new ArrayList<>(divisions.values());
            if (!roles.isEmpty() && roles.size() == out.size()) {
                for (int i = 0; i < out.size(); i++) {
                    Division d = out.get(i);
                    out.set(i, new Division(d.name(), d.head(), d.staff(), List.of(roles.get(i))));
                }
            }
            return out;
        }
    }
}
