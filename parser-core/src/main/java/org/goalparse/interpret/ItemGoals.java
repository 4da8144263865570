package org.goalparse.interpret;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.goalparse.lexicon.Lexicon;
import org.goalparse.lexicon.Lexicon.Section;
import org.goalparse.model.Goal;
import org.goalparse.outline.Heading;
import org.goalparse.outline.HeadingStyle;
import org.goalparse.outline.Item;
import org.goalparse.outline.Node;
import org.goalparse.outline.NumberStyle;
import org.goalparse.outline.Outline;

/**
 * Goals of a document that announces no goal section: its first run of numbered items counted from 1
 * ({@code ①②③}, {@code (1)(2)}, {@code 1. 2.}, {@code 目標1 目標2}), one numbering style, each number one more
 * than the last; a run of one only when its label says it is an item of the document's own ({@code 経営課題1}
 * alone, where a bare {@code 1.} may number anything). A run whose items name sections (1 部局の基本方針, 2 重点目標) is an outline of headings, not
 * goals, and is passed over. Text between two items (sub-items of another style included) belongs to the goal
 * above it.
 */
final class ItemGoals {
    private static final java.util.regex.Pattern TRAILING_ASIDE = java.util.regex.Pattern.compile("\\([^()]*\\)$");

    /** The goals read, and the texts (an item's without its marker) of the nodes that made them. */
    record Read(List<Goal> goals, List<String> consumedTexts, List<org.goalparse.model.PriorityPolicy> policies) {
        static final Read NONE = new Read(List.of(), List.of());

        Read(List<Goal> goals, List<String> consumedTexts) {
            this(goals, consumedTexts, List.of());
        }
    }

    Read read(Outline outline, Set<Node> claimed) {
        List<Node> nodes = OutlineTexts.nodes(outline).stream().map(ItemGoals::asItem).toList();
        nodes = gluedFirst(nodes);
        String all = String.join("\n", OutlineTexts.all(outline));
        boolean labelled = labelsGoals(all);
        boolean goalHeaded = labelled || Lexicon.GOAL_LIST_HEADING.matcher(all).find();
        for (int start = 0; start < nodes.size(); start++) {
            if (nodes.get(start) instanceof Item first && first.marker().numbered() && first.marker().value() == 1
                    && !namesSection(first.text()) && !claimed.contains(first)) {
                if (first.marker().style() != NumberStyle.LABELED
                        && (labelled || goalHeaded && underMethodOrMission(nodes, start))) {
                    // 目標① … elsewhere (a flattened table): a bare ① / 1 list is not the goal list; nor is one under
                    // the mission or the method (組織使命 ①…, 課題達成の方策 ①…) where a goal heading stands elsewhere
                    continue;
                }
                if (underOutlineItem(nodes, start)) {
                    continue; // 2 経過又は課題 / (1)…(3): the account a report gives of itself
                }
                if (start > 0 && Lexicon.NOTICE_LEAD.matcher(OutlineTexts.line(nodes.get(start - 1)).strip()).find()) {
                    continue; // 次の点にご注意ください。 1. 内容は掲載日時点のもの…: a site's notice
                }
                if (start > 0 && nodes.get(start - 1) instanceof Heading h
                        && Lexicon.CITY_PLAN.matcher(Texts.compact(h.text())).find()) {
                    continue; // 〈第10次総合計画 基本目標〉 (1)…(6): the city plan's goals, which no one unit owns
                }
                List<String> consumed = new ArrayList<>();
                List<GoalDraft> run = run(nodes, start, GoalAssembler.level(first.marker().style()), claimed, consumed);
                if (underMission(nodes, start) && sentences(nodes, start, first.marker().style(), run.size())) {
                    continue; // 局の使命 1.防火意識を広め…図る。 2.…: what the unit is for, not the year's goals
                }
                if (mostly(run, g -> Lexicon.TRAILING_COUNT.matcher(head(g)).find())) {
                    continue; // ①研修の実施 1回 ②講座の開催 12回: the targets of a goal above, not goals
                }
                if (run.stream().allMatch(g -> namesPeople(head(g)))) {
                    continue; // 目標宣言の作成対象者 1.各部長 2.教育次長・主幹: who writes the goals, not goals
                }
                if (run.stream().allMatch(g -> Lexicon.DUTY_ITEM.matcher(head(g).strip()).find())) {
                    continue; // (1)…に関すること (2)…に関すること: the unit's duties
                }
                if (run.stream().allMatch(g -> Lexicon.GRADE_STEP.matcher(head(g).strip()).find())) {
                    continue; // ①計画以上 ②計画通り ③計画未満: a grading scale
                }
                if (mostly(run, g -> Lexicon.CHECKLIST_ANSWER.matcher(head(g).strip()).find())) {
                    continue; // ア 周知している イ 周知していない: a self-check form's choices
                }
                if (mostly(run, g -> Texts.compact(head(g)).length() <= 2)) {
                    continue; // 1 課室 2 財 3 財: numbered cells of a flattened form, no goal titles
                }
                if (run.stream().anyMatch(g -> Lexicon.TOC_ENTRY.matcher(head(g)).find())) {
                    continue; // 1 評価書……P1 2 主要指標……P13: a table of contents
                }
                if (mostly(run, g -> Lexicon.FILE_LINK.matcher(head(g)).find())) {
                    continue; // 1 報告書[PDFファイル/5.17MB] 2 概要版[PDFファイル/646KB]: a page's downloads
                }
                if (mostly(run, g -> Lexicon.OUTLINE_ITEM.matcher(head(g).strip()).find())) {
                    // 1 点検・評価の対象 2 点検・評価の構成: a report's account of itself; the lists inside its
                    // sections ((1)教育委員会の活動 …) are that account's too ({@link #underOutlineItem})
                    continue;
                }
                Read pillars = pillars(nodes, start, first.marker().style(), run.size());
                if (pillars != null) {
                    return pillars;
                }
                if (run.size() >= 2 || run.size() == 1 && first.marker().style() == NumberStyle.LABELED) {
                    return new Read(run.stream().map(GoalDraft::toGoal).toList(), consumed);
                }
            }
        }
        if (labelled) {
            return inlineLabelled(nodes);
        }
        Read after = afterListLabel(nodes);
        return after.goals().isEmpty() ? afterPlainLabel(nodes) : after;
    }

    private static final java.util.regex.Pattern INLINE_NUMBERED = java.util.regex.Pattern.compile(
            "\\G\\s*(\\d{1,2})[.．]\\s*([^\\s\\d][^\\s]{1," + (GoalTitles.TITLE_MAX - 1) + "})(?=\\s|$)");

    /**
     * 【令和3年度における重点施策】 1.水道管の更新 2.漏水の防止 3.料金収納の改善: a list run into one line right after a
     * label announcing it ({@link Lexicon#INLINE_LIST_LABEL}), numbered 1, 2, 3 …, each title one word without
     * spaces; at least two, else nothing.
     */
    private static Read afterListLabel(List<Node> nodes) {
        for (Node n : nodes) {
            String text = OutlineTexts.line(n);
            java.util.regex.Matcher label = Lexicon.INLINE_LIST_LABEL.matcher(text);
            while (label.find()) {
                java.util.regex.Matcher m = INLINE_NUMBERED.matcher(text);
                m.region(label.end(), text.length());
                List<Goal> goals = new ArrayList<>();
                while (m.find() && Integer.parseInt(m.group(1)) == goals.size() + 1) {
                    goals.add(new GoalDraft(goals.size() + 1, null, m.group(2), n.loc()).toGoal());
                }
                if (goals.size() >= 2) {
                    return new Read(goals, List.of());
                }
            }
        }
        return Read.NONE;
    }

    /** A dotless number and a one-word title in a flattened line: {@code 1 地域のつながりづくり}. */
    private static final java.util.regex.Pattern INLINE_DOTLESS = java.util.regex.Pattern.compile(
            "(?<=^|\\s)(\\d{1,2})\\s+([^\\s\\d・][^\\s]{1," + (GoalTitles.TITLE_MAX - 1) + "})(?=\\s|$)");

    /**
     * A page flattened into one line whose goals are numbered without dots after an unbracketed label
     * ({@link Lexicon#INLINE_PLAIN_LIST_LABEL}: 目標達成に向けた施策 ・… 1 地域のつながりづくり 2 … 3 …): the first run
     * 1, 2, 3 … after the label, each title one word, each next number right after the title before it; three at
     * least (a bare number in running text is common), else nothing.
     */
    private static Read afterPlainLabel(List<Node> nodes) {
        for (int i = 0; i < nodes.size(); i++) {
            String labelled = OutlineTexts.line(nodes.get(i));
            java.util.regex.Matcher label = Lexicon.INLINE_PLAIN_LIST_LABEL.matcher(labelled);
            if (!label.find()) {
                continue;
            }
            // the splitter may have cut the flattened line at its ・ bullets: the list goes on in the next nodes
            StringBuilder line = new StringBuilder(labelled.substring(label.end()));
            for (int j = i + 1; j < Math.min(nodes.size(), i + 1 + PLAIN_LIST_NODES); j++) {
                line.append(' ').append(OutlineTexts.line(nodes.get(j)));
            }
            String text = line.toString();
            java.util.regex.Matcher m = INLINE_DOTLESS.matcher(text);
            List<Goal> goals = new ArrayList<>();
            int lastEnd = -1;
            while (m.find()) {
                int v = Integer.parseInt(m.group(1));
                if (goals.isEmpty() ? v != 1 : v != goals.size() + 1 || !text.substring(lastEnd, m.start()).isBlank()) {
                    if (goals.size() >= 3) {
                        break;
                    }
                    goals.clear();
                    if (v != 1) {
                        continue;
                    }
                }
                goals.add(new GoalDraft(goals.size() + 1, null, m.group(2), nodes.get(i).loc()).toGoal());
                lastEnd = m.end();
            }
            if (goals.size() >= 3) {
                return new Read(goals, List.of());
            }
        }
        return Read.NONE;
    }

    /** How many nodes after its label a one-line list may run on in. */
    private static final int PLAIN_LIST_NODES = 3;

    /**
     * A title then a division's tag or the form's criterion label, right after a goal's label in a flattened table
     * (目標② 住宅防火対策の推進 【予防課】, 課題 3 条例の制定 達成水準 …); anything else leaves the title null.
     */
    private static final java.util.regex.Pattern INLINE_TITLE = java.util.regex.Pattern.compile(
            "^\\s*([^\\s【】。]{2," + GoalTitles.TITLE_MAX + "})\\s+(?:【([^】\\s]{1,12}課)】|達成水準|達成基準)");
    private static final java.util.regex.Pattern DIVISION_TAG = java.util.regex.Pattern.compile("【([^】\\s]{1,12}課)】");

    /**
     * Goals labelled inline in a table flattened into one line (目標① … 目標② …, 課題 1 … 課題 2 …): each label counting
     * 1, 2, 3 opens a goal numbered so; its title only where {@link #INLINE_TITLE} finds one (the columns interleave
     * elsewhere), its division the one 【…課】 tag of its stretch, no text of its own (the stretch mixes columns).
     * A label with nothing after it (課題 5 達成水準) is an empty row of the form.
     */
    private static Read inlineLabelled(List<Node> nodes) {
        for (Node n : nodes) {
            String text = n instanceof Item it ? it.text() : n.text();
            List<java.util.regex.MatchResult> run = new ArrayList<>();
            java.util.regex.Matcher m = Lexicon.GOAL_LABEL.matcher(text);
            while (m.find()) {
                int v = m.group(2) != null ? m.group(2).charAt(0) - '\u2460' + 1 : Integer.parseInt(m.group(3));
                if (v == run.size() + 1 && (run.isEmpty() || run.get(0).group(1).equals(m.group(1)))) {
                    run.add(m.toMatchResult());
                } else if (!run.isEmpty() && run.get(0).group(1).equals(m.group(1))) {
                    break; // the labels stop counting
                }
            }
            if (run.size() < 2) {
                continue;
            }
            List<Goal> goals = new ArrayList<>();
            for (int i = 0; i < run.size(); i++) {
                String stretch = text.substring(run.get(i).end(), i + 1 < run.size() ? run.get(i + 1).start() : text.length());
                java.util.regex.Matcher t = INLINE_TITLE.matcher(stretch);
                String title = t.find() ? t.group(1) : null;
                if (title == null && !stretch.contains("。") && stretch.replaceAll("\\s", "").length() < 20) {
                    continue; // an empty row
                }
                java.util.Set<String> tags = new java.util.LinkedHashSet<>();
                DIVISION_TAG.matcher(stretch).results().forEach(r -> tags.add(r.group(1)));
                String division = tags.size() == 1 ? tags.iterator().next() : null;
                GoalDraft g = new GoalDraft(i + 1, division, title, n.loc());
                goals.add(g.toGoal());
            }
            if (goals.size() >= 2) {
                return new Read(goals, List.of());
            }
        }
        return Read.NONE;
    }

    private static final java.util.regex.Pattern GLUED_FIRST = java.util.regex.Pattern.compile(
            "\\s1([.．])\\s*([^\\s\\d][^\\s]{1," + (GoalTitles.TITLE_MAX - 1) + "})$");

    /**
     * 地方自治法に基づき、議長の 1.円滑な議会運営の推進 (a cell's wrapped line, the goal column's first item after it),
     * later 2.… on a line of its own: the line's end is item 1 when the next numbered item is a 2 numbered alike.
     */
    private static List<Node> gluedFirst(List<Node> nodes) {
        List<Node> out = new ArrayList<>(nodes);
        for (int i = 0; i < out.size(); i++) {
            if (!(out.get(i) instanceof org.goalparse.outline.Paragraph p)) {
                continue;
            }
            java.util.regex.Matcher m = GLUED_FIRST.matcher(p.text().strip());
            if (!m.find()) {
                continue;
            }
            for (int j = i + 1; j < out.size(); j++) {
                if (out.get(j) instanceof Item it && it.marker().numbered()) {
                    if (it.marker().value() == 2 && it.marker().raw().endsWith(m.group(1))) {
                        out.set(i, new Item(new org.goalparse.outline.Marker(it.marker().style(), 1, "1" + m.group(1)),
                                m.group(2), p.loc()));
                    }
                    break;
                }
            }
        }
        return out;
    }

    /** Whether most of the {@code count} items of {@code style} from {@code start} are written as sentences (…図る。). */
    private static boolean sentences(List<Node> nodes, int start, NumberStyle style, int count) {
        int items = 0;
        int sentences = 0;
        for (int i = start; i < nodes.size() && items < count; i++) {
            if (nodes.get(i) instanceof Item it && it.marker().style() == style) {
                items++;
                sentences += it.text().strip().endsWith("。") ? 1 : 0;
            }
        }
        return items > 0 && sentences * 2 > items;
    }

    /** Titles of people alone (各部長, 教育次長・主幹): every part, split at ・ and 、, ends with a title. */
    private static boolean namesPeople(String item) {
        String[] parts = Texts.compact(item).split("[・、,]");
        for (String p : parts) {
            if (p.isEmpty() || p.length() > 8 || Lexicon.HEAD_TITLES.stream().noneMatch(p::endsWith)
                    && Lexicon.NOT_HEAD_TITLES.stream().noneMatch(p::endsWith)) {
                return false;
            }
        }
        return parts.length > 0;
    }

    /** An item's own line: its title, else the sentence it was written as. */
    private static String head(GoalDraft g) {
        return g.title != null ? g.title : g.body.isEmpty() ? "" : g.body.get(0);
    }

    /** Two goals numbered with one goal label (目標① 目標②, 課題 1 課題 2) somewhere in the text. */
    static boolean labelsGoals(String text) {
        java.util.Map<String, java.util.Set<Integer>> seen = new java.util.HashMap<>();
        java.util.regex.Matcher m = Lexicon.GOAL_LABEL.matcher(text);
        while (m.find()) {
            int n = m.group(2) != null ? m.group(2).charAt(0) - '\u2460' + 1 : Integer.parseInt(m.group(3));
            java.util.Set<Integer> ns = seen.computeIfAbsent(m.group(1), k -> new java.util.HashSet<>());
            ns.add(n);
            if (ns.contains(1) && ns.contains(2)) {
                return true;
            }
        }
        return false;
    }

    /** Whether more than half of the run's items are so. */
    private static boolean mostly(List<GoalDraft> run, java.util.function.Predicate<GoalDraft> so) {
        return run.stream().filter(so).count() * 2 > run.size();
    }

    /**
     * Whether the item at {@code start} stands in a part of a report's account of itself ({@link Lexicon#OUTLINE_ITEM}:
     * 2 経過又は課題, 事業の目的, Ⅰ 法令事務に関する点検): its parent (the nearest numbered heading, or item numbered in
     * another style) or its parent's parent heads one.
     */
    private static boolean underOutlineItem(List<Node> nodes, int start) {
        // the parent, then its parent (Ⅰ 法令事務に関する点検 / 1 総会等の開催 / (1)…): each numbered in a style not
        // met yet on the way up
        Set<NumberStyle> seen = new java.util.HashSet<>();
        seen.add(GoalAssembler.level(((Item) nodes.get(start)).marker().style()));
        for (int i = start - 1; i >= 0; i--) {
            Node n = nodes.get(i);
            boolean heading = n instanceof Heading h && h.style() == HeadingStyle.NUMBERED;
            if (heading || n instanceof Item it && it.marker().numbered()
                    && seen.add(GoalAssembler.level(it.marker().style()))) {
                String t = n instanceof Item it ? it.text() : n.text();
                if (Lexicon.OUTLINE_ITEM.matcher(Texts.compact(t)).find()) {
                    return true;
                }
                if (heading || seen.size() > 2) {
                    break; // a numbered heading, or the parent's parent, ends the walk
                }
            }
        }
        return false;
    }

    /**
     * Whether the last label before the item at {@code start} (in the 200 characters of text above it, bullets
     * included) names a mission or a method (部の使命・方針, 課題達成の方策) rather than goals.
     */
    private static boolean underMethodOrMission(List<Node> nodes, int start) {
        StringBuilder above = new StringBuilder();
        for (int i = start - 1; i >= 0 && above.length() < 200; i--) {
            Node n = nodes.get(i);
            above.insert(0, OutlineTexts.line(n) + "\n");
        }
        String window = above.length() > 200 ? above.substring(above.length() - 200) : above.toString();
        int method = lastEnd(Lexicon.METHOD_OR_MISSION, window);
        // a sheet's column labels above its goals (B 重点目標項目 … D 活動(手段)) name the goal list: no mission's
        return method >= 0 && method > lastEnd(Lexicon.GOAL_WORD, window)
                && !Lexicon.GOAL_LIST_HEADING.matcher(window).find();
    }

    /**
     * A list right under a heading that names the unit's mission and nothing more (局の使命(どのような役割を担うのか)),
     * its items sentences (checked by the caller; a 部局の役割・使命 heading may stand over goal titles): the standing
     * mission, never the year's goals, whether or not a goal heading stands elsewhere. A sentence
     * above (上記の使命を踏まえ次の4つの柱を立て…。) is no such heading.
     */
    private static boolean underMission(List<Node> nodes, int start) {
        if (start == 0) {
            return false;
        }
        String above = OutlineTexts.line(nodes.get(start - 1));
        return Lexicon.MISSION.matcher(above).find() && !Lexicon.MORE_THAN_MISSION.matcher(above).find()
                && Texts.compact(above).length() <= Lexicon.TITLE_MAX && !above.strip().endsWith("。");
    }

    private static int lastEnd(java.util.regex.Pattern p, String s) {
        java.util.regex.Matcher m = p.matcher(s);
        int end = -1;
        while (m.find()) {
            end = m.end();
        }
        return end;
    }

    private static List<GoalDraft> run(List<Node> nodes, int start, NumberStyle style, Set<Node> claimed,
            List<String> consumed) {
        List<GoalDraft> out = new ArrayList<>();
        GoalDraft current = null;
        for (int i = start; i < nodes.size(); i++) {
            Node n = nodes.get(i);
            if (n instanceof Item it && it.marker().numbered() && GoalAssembler.level(it.marker().style()) == style) {
                int expected = current == null ? 1 : current.number + 1;
                if (it.marker().value() != expected || namesSection(it.text()) || claimed.contains(it)) {
                    break;
                }
                current = draft(it);
                out.add(current);
                consumed.add(it.text());
            } else if (current != null && endsRun(n)) {
                break; // another section begins, or the page's footer
            } else if (current != null) {
                current.body.add(n.written());
                consumed.add(n instanceof Item sub ? sub.text() : n.text());
            }
        }
        return out;
    }

    /**
     * A policy's pillars with its measures under each (◎運営方針 / 1.救急体制の強化 / (1)救急高度化の推進 / ・… /
     * (2)… / 2.…): under a heading naming a policy ({@link Lexicon#PILLARS_HEADING}), each of the run's items followed by
     * items of a deeper numbering counted from 1. The pillars are the priority policies, the measures the goals
     * (numbered within their pillar). Null when the run is not so.
     */
    private static Read pillars(List<Node> nodes, int start, NumberStyle style, int size) {
        if (size < 2 || !underPillarsHeading(nodes, start)) {
            return null;
        }
        NumberStyle top = GoalAssembler.level(style);
        List<org.goalparse.model.PriorityPolicy> policies = new ArrayList<>();
        List<GoalDraft> goals = new ArrayList<>();
        List<String> consumed = new ArrayList<>();
        NumberStyle sub = null;
        GoalDraft current = null;
        int measures = 0;
        for (int i = start; i < nodes.size() && policies.size() <= size; i++) {
            Node n = nodes.get(i);
            Item it = n instanceof Item x && x.marker().numbered() ? x : null;
            if (it != null && GoalAssembler.level(it.marker().style()) == top) {
                if (it.marker().value() != policies.size() + 1) {
                    break;
                }
                if (!policies.isEmpty() && measures == 0) {
                    return null; // a pillar without measures: a plain list
                }
                policies.add(new org.goalparse.model.PriorityPolicy(it.marker().value(), it.text().strip(), it.text().strip()));
                consumed.add(it.text());
                current = null;
                measures = 0;
            } else if (it != null && (sub == null || GoalAssembler.level(it.marker().style()) == sub)) {
                if (sub == null && it.marker().value() != 1) {
                    return null;
                }
                sub = GoalAssembler.level(it.marker().style());
                current = draft(it);
                goals.add(current);
                consumed.add(it.text());
                measures++;
            } else if (endsRun(n) || n instanceof Heading) {
                break;
            } else if (current != null) {
                current.body.add(n.written());
                consumed.add(n instanceof Item x ? x.text() : n.text());
            } else {
                return null; // text between a pillar and its first measure: a pillar with prose, not a list of measures
            }
        }
        return policies.size() >= 2 && measures > 0 ? new Read(goals.stream().map(GoalDraft::toGoal).toList(), consumed, policies)
                : null;
    }

    /** Whether the nearest heading above {@code start} names a policy whose pillars are listed (運営方針, 基本方針). */
    private static boolean underPillarsHeading(List<Node> nodes, int start) {
        for (int i = start - 1; i >= 0; i--) {
            if (nodes.get(i) instanceof Heading h) {
                return Lexicon.PILLARS_HEADING.matcher(Texts.compact(h.text())).find();
            }
        }
        return false;
    }

    /** A numbered heading that names no section (1.学びの機会の充実) counts as the item it was written as. */
    private static Node asItem(Node n) {
        return n instanceof Heading h && h.asItem() != null && Section.of(Texts.compact(h.text())) == Section.OTHER
                && !namesSection(h.text()) ? h.asItem() : n;
    }

    /**
     * A heading or short line naming a section (年度振返り(実績評価), 3 担当課), a remark on all the goals, or the page's
     * furniture (このページに関する お問い合わせ): the goals end before it.
     */
    private static boolean endsRun(Node n) {
        String t = n instanceof Item it ? it.text() : n.text();
        if (n instanceof Heading) {
            return Section.of(t) != Section.OTHER;
        }
        if (!(n instanceof Item) && Lexicon.GOALS_AS_A_WHOLE.matcher(t).find()) {
            return true; // 年度末には各目標の達成状況を取りまとめ…: a remark on all the goals closes the list
        }
        return (namesSection(t) && !t.startsWith("(") && !t.contains("。") && !t.contains("、"))
                || PageFurniture.isFurniture(t) || !(n instanceof Item) && Lexicon.FIGURES_HEADING.matcher(t.strip()).matches();
    }

    private static GoalDraft draft(Item it) {
        GoalTitles.Split split = GoalTitles.of(it.text());
        GoalDraft g = new GoalDraft(it.marker().value(), null, split.title(), it.loc());
        if (split.body() != null) {
            g.body.add(split.body());
        }
        return g;
    }

    /** "部局の基本方針", "政策内容と目標", "重点目標": an item that is the title of a section. */
    static boolean namesSection(String text) {
        String t = TRAILING_ASIDE.matcher(Texts.compact(text)).replaceFirst(""); // 組織使命(部が果たす役割)
        return t.length() <= 20 && (Lexicon.SECTION_NOUNS.stream().anyMatch(t::endsWith)
                || Lexicon.FORM_SECTION.matcher(t).matches() || Lexicon.EXPLANATION_HEADING.matcher(t).find());
    }

}
