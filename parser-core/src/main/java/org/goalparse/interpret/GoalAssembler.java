package org.goalparse.interpret;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.goalparse.ja.Morpheme;
import org.goalparse.lexicon.Lexicon;
import org.goalparse.ja.Morphology;
import org.goalparse.model.Goal;
import org.goalparse.outline.Item;
import org.goalparse.outline.Loc;
import org.goalparse.outline.Node;
import org.goalparse.outline.NumberStyle;

/**
 * Assembles numbered goals and their achievements from running text, whatever order the page's columns were
 * flattened in. A number seen for the first time opens a goal; seen again (or under an achievement heading)
 * it opens that goal's achievement. Unnumbered text continues what is open; where the flattening interleaved
 * the goal column and the achievement column, tense (〜ました reports, 〜します promises) and shared vocabulary
 * decide which of the two a piece continues.
 */
final class GoalAssembler {
    /** A tag after a title: 【再掲1-(3)】, (新規), the name of the scheme it belongs to in quotes (「海の観光構想」). */
    private static final java.util.regex.Pattern TRAILING_TAG = java.util.regex.Pattern.compile(
            "(?:【[^】]*】|\\([^()]*\\)|(?<=\\p{IsHan})「[^「」]{2,20}」)$");
    /**
     * Numbers a goal list may skip (a goal withdrawn, a number lost to extraction): goals count up one by one, so a
     * number more than this past the highest so far opens no goal.
     */
    static final int MAX_SKIP = 5;
    /** The highest goal number read from goal tables so far ({@link #goalsInTables}). */
    private int highestInTables;
    private final Map<Integer, GoalDraft> goals = new LinkedHashMap<>();
    private final List<String> warnings = new ArrayList<>();
    private NumberStyle goalStyle;
    /** The numbering of the section's first goal as printed (1 or 1.), where {@link #goalStyle} merges the two. */
    private NumberStyle goalStyleAsPrinted;
    /**
     * The other of 1 and 1. when it numbers the text of goal 1 right under it (1 生涯学習の充実 / 1. 講座の充実を図る /
     * 2. … / 2 文化活動の充実): a list inside each goal, never goals.
     */
    private NumberStyle innerStyle;
    private String division;
    /** A division heading came after the last achievement began: goals that resume below it are that division's. */
    private boolean divisionAfterAchievement;
    private GoalDraft currentGoal;
    private GoalDraft currentAch;
    private boolean inAchievement;
    private boolean lastWasCell;
    /** A goal section's heading was the last node: its first line may open a list of bulleted goals. */
    private boolean atSectionStart;
    /** The bullet (○) of the goal list that opened the current section, or null. */
    private String goalBullet;
    /** The section's bulleted goals are pledges in short sentences (…を提供します), not titles. */
    private boolean sentenceBullets;
    /** The open goal section names this year's goals (今年度の目標): its ○ bullets are goals, sentences too. */
    private boolean yearGoals;
    /** The numbering of a list of counted targets (①研修の実施 1回 ②講座の開催 12回): never a goal's. */
    private NumberStyle countedStyle;
    /**
     * The number of the last goal of the goal table read last, while no goal of the text opened since: text below
     * the table (its plan references printed after the row) is that goal's.
     */
    private Integer tableGoal;
    /** Whose plan references a plan label (総合計画) opened: a {@link GoalDraft}, a table goal's number, or null. */
    private Object planOwner;
    /** A section that is no goal's began ({@link #endPlanRefs}): plan labels name no goal's until a goal opens. */
    private boolean planRefsEnded;
    /** Plan lines (labels, codes) read as text, by owner: a draft, or a table goal's number. */
    private final Map<Object, List<String>> planLines = new LinkedHashMap<>();
    /** Keys of the goals without a number: -1, -2 … (numbers are never negative). */
    private int unnumbered;
    /** A headline goal read from the line before this node, kept only if this node explains it. */
    private GoalDraft headline;
    /** The goal whose item was the node just before this one, if any. */
    private GoalDraft lastNumbered;
    /** The keys of the bulleted goals of the current section. */
    private final List<Integer> sectionBullets = new ArrayList<>();
    /**
     * The section's bulleted goals ended at a number of the document's own outline (○ … ○ … / 2 情勢認識): nothing
     * after it in the section is a goal's.
     */
    private boolean sectionEnded;
    /** Numbers read outside the goal sections, as level:value ({@code ARABIC:1} of 1 令和6年…運営指針). */
    private final java.util.Set<String> outerNumbers = new java.util.HashSet<>();

    /** A numbered item outside the goal sections: the document's own outline, which a goal section may sit inside. */
    void outerNumber(Item it) {
        outerNumbers.add(level(it.marker().style()) + ":" + it.marker().value());
    }

    void division(String name) {
        division = name;
        divisionAfterAchievement = true;
    }

    /** A heading announced goals: a list of bullets right below it is the goals, each bullet one goal. */
    void sectionStart(boolean yearGoals) {
        this.yearGoals = yearGoals;
        atSectionStart = true;
        goalBullet = null;
        sectionBullets.clear();
        sectionEnded = false;
        innerStyle = null;
    }

    /** A section of the form that is no goal's (2.測定指標) began: nothing after it continues the open goal. */
    void close() {
        sectionEnded = false;
        planOwner = null;
        tableGoal = null;
        currentGoal = null;
        currentAch = null;
        inAchievement = false;
        atSectionStart = false;
    }

    /** A node under a goal or achievement heading; {@code achievementRole} when the heading announced achievements. */
    void accept(Node node, boolean achievementRole) {
        if (sectionEnded) {
            return;
        }
        if (headline != null) {
            GoalDraft h = headline;
            headline = null;
            if (!isExplanation(node)) {
                goals.values().remove(h); // no ○ explanation under it: a form's label, not a goal
                currentGoal = null;
                warnings.add("text before any goal: " + abbreviate(h.title));
            }
        }
        if (!(node instanceof Item)) {
            lastNumbered = null; // only an item right after a goal's item may find it as the last numbered
            // ・…増加させます。 ・…維持します。 then 目標に向けた主な取組内容 / ・…を開催し、…図ります。: a line between
            // the pledges ends their list; the bullets after it are the measures, not more goals
            if (sentenceBullets) {
                goalBullet = null;
                sentenceBullets = false;
            }
        }
        boolean first = atSectionStart;
        atSectionStart = false;
        if (!achievementRole && node instanceof Item it && isBulletGoal(it, first)) {
            bulleted(it);
            return;
        }
        boolean cell = node.loc().row() >= 0;
        if (lastWasCell && !cell && inAchievement && currentGoal != null && currentAch != null
                && currentGoal.loc.column() < currentAch.achievementLoc.column()) {
            inAchievement = false; // the overflow below a side-by-side row continues the left (goal) column first
        }
        lastWasCell = cell;
        if (node instanceof Item it && isGoalLevel(it)) {
            numbered(it, achievementRole);
            return;
        }
        String text = node.written();
        if (first && !achievementRole && currentGoal == null && isHeadline(node, text)) {
            headline = new GoalDraft(null, division, text.strip(), node.loc());
            openUnnumbered(headline);
            return;
        }
        continued(text, node);
    }

    /**
     * The first line under a goal heading naming a goal without a number or a bullet (■目標 / 財務監査の充実 /
     * ○ its explanation): short, no sentence, no form label, no section's name. It stays a goal only when an
     * explanation follows it ({@link #isExplanation}).
     */
    private static boolean isHeadline(Node node, String text) {
        String t = text.strip();
        return node instanceof org.goalparse.outline.Paragraph && node.loc().row() < 0 && t.length() >= 6
                && t.length() <= GoalTitles.TITLE_MAX && !t.contains("。") && !t.contains("、")
                && FormFields.leadingLabel(t) == null && Lexicon.Section.of(Texts.compact(t)) == Lexicon.Section.OTHER
                && !Character.isDigit(t.charAt(0)) && "○●・◆◇■□※-*(([【".indexOf(t.charAt(0)) < 0
                && endsInANoun(t);
    }

    /** 財務監査の充実 ends in a noun, as a goal's title does; 下の見出しをクリックす (a wrapped sentence) does not. */
    private static boolean endsInANoun(String t) {
        List<Morpheme> ms = Morphology.get().tokenize(t);
        return !ms.isEmpty() && ms.get(ms.size() - 1).is("名詞");
    }

    /** A bullet or ○ line that is a sentence: what explains a headline goal. */
    private static boolean isExplanation(Node node) {
        String t = node.written().strip();
        boolean bullet = node instanceof Item it && it.marker().style() == NumberStyle.BULLET
                || !t.isEmpty() && "○●・".indexOf(t.charAt(0)) >= 0;
        return bullet && (t.contains("。") || t.length() > GoalTitles.TITLE_MAX);
    }

    /**
     * ○ 待機児童ゼロの継続 directly under 重点目標, and each later item with the same bullet: an unnumbered goal, its
     * title the bullet's line when that is a title (a sentence, or a bullet after other text, stays text of what is
     * open).
     */
    private boolean isBulletGoal(Item it, boolean first) {
        boolean sameBullet = !first && goalBullet != null && it.marker().raw().equals(goalBullet);
        boolean pledge = isPledge(it.text());
        boolean opensSentences = first && pledge;
        if (it.marker().numbered()
                || (yearGoals ? !isYearGoal(it) && !opensSentences
                        : !isTitle(it.text()) && !(sameBullet && isTitle(it.text(), true)) && !opensSentences
                                && !(sameBullet && sentenceBullets && pledge))) {
            // under 今年度の目標 the goals are ○ / ● bullets; ・ lists the clauses of a policy named above
            return false;
        }
        if (first) {
            goalBullet = it.marker().raw();
            sentenceBullets = opensSentences && !isTitle(it.text());
        }
        return it.marker().raw().equals(goalBullet);
    }

    /**
     * ・患者さんの気持ちに寄り添う看護を提供します right under a goal heading: a goal pledged in one short sentence
     * ({@link Lexicon#PLEDGE_END}), no stop but a final one, no form label; the list it opens takes later bullets alike as goals too. A
     * form's plain clauses (・…を推進する under 今年度の目標) and stated issues (・…が求められている。) open none.
     */
    private static boolean isPledge(String text) {
        String t = text.strip();
        if (t.endsWith("。")) {
            t = t.substring(0, t.length() - 1); // one sentence, its stop printed: 利用者数を5年間で5%増加させます。
        }
        return !t.isEmpty() && t.length() <= GoalTitles.SENTENCE_TITLE_MAX && t.indexOf('。') < 0
                && Lexicon.PLEDGE_END.matcher(t).find() && FormFields.leadingLabel(t) == null;
    }

    /**
     * ○ 窓口の待ち時間を短縮する。 under 今年度の目標: one goal of the year, written as a sentence; a ○ / ● bullet,
     * one sentence at most, no form label.
     */
    private static boolean isYearGoal(Item it) {
        String t = it.text().strip();
        int stop = t.indexOf('。');
        return Lexicon.GOAL_BULLETS.contains(it.marker().raw()) && t.length() <= 100
                && (stop < 0 || stop == t.length() - 1) && FormFields.leadingLabel(t) == null;
    }

    /**
     * A short noun phrase (待機児童ゼロの継続, 放課後の居場所づくり, 人権学習の推進【再掲1-(3)】): no sentence (…を推進する,
     * …へ繋げる), no clause (、), whatever tag in brackets follows it.
     */
    private static boolean isTitle(String text) {
        return isTitle(text, false);
    }

    /**
     * As {@link #isTitle(String)}; with {@code commas}, a phrase with 、 in it too (強く、やさしく、開かれた組織づくり): a
     * later goal of a list whose bullet a plain title opened.
     */
    private static boolean isTitle(String text, boolean commas) {
        String t = TRAILING_TAG.matcher(text.strip()).replaceFirst("");
        if (t.isEmpty() || t.length() > GoalTitles.TITLE_MAX || t.contains("。") || !commas && t.contains("、")) {
            return false;
        }
        if (t.length() < text.strip().length() && Lexicon.Section.of(t) != Lexicon.Section.OTHER) {
            return false; // スローガン「みんなで創るまち」: a section's label and its words, no goal
        }
        List<Morpheme> ms = Morphology.get().tokenize(t);
        Morpheme last = ms.get(ms.size() - 1);
        return last.is("名詞") && !last.is("名詞-非自立");
    }

    private void bulleted(Item it) {
        GoalTitles.Split split = GoalTitles.of(it.text()); // 人権学習の推進【再掲1-(3)】: the tag stays text
        GoalDraft g = new GoalDraft(null, division, split.title() != null ? split.title() : it.text(), it.loc());
        if (split.title() != null && split.body() != null) {
            g.body.add(split.body());
        }
        openUnnumbered(g);
        sectionBullets.add(-unnumbered);
    }

    /** A goal without a number opens: kept under the next negative key, the text after it its own. */
    private void openUnnumbered(GoalDraft g) {
        goals.put(-(++unnumbered), g);
        currentGoal = g;
        inAchievement = false;
    }

    private boolean isGoalLevel(Item it) {
        NumberStyle s = it.marker().style();
        if (s == NumberStyle.BULLET) {
            return false;
        }
        if (goalStyle == null && level(s) != countedStyle) {
            if (Lexicon.TRAILING_COUNT.matcher(it.text()).find()) {
                // the first numbered line ends in a count (①新任研修の実施 1回): its numbering lists targets, not goals
                countedStyle = level(s);
            } else {
                goalStyle = level(s); // the section's first number sets the level
                goalStyleAsPrinted = s;
            }
        }
        if (s == innerStyle) {
            return false;
        }
        if (level(s) == goalStyle && s != goalStyleAsPrinted && isInnerList(it)) {
            innerStyle = s;
            return false;
        }
        return level(s) == goalStyle;
    }

    /**
     * Whether {@code it}, numbered 1 in the other of 1 and 1. right under goal 1 (no text between), opens a list
     * inside that goal rather than restarting the goals.
     */
    private boolean isInnerList(Item it) {
        GoalDraft g = goals.get(1);
        return it.marker().value() == 1 && !isTitle(it.text()) && goalStyleAsPrinted != NumberStyle.LABELED
                && it.marker().style() != NumberStyle.LABELED && g != null && g == lastNumbered && g.body.isEmpty()
                && !g.hasAchievement && goals.size() == 1;
    }

    /** "1", "1." and "目標1" number the same level. */
    static NumberStyle level(NumberStyle s) {
        return s == NumberStyle.ARABIC_DOT || s == NumberStyle.LABELED ? NumberStyle.ARABIC : s;
    }

    private void numbered(Item it, boolean achievementRole) {
        goalBullet = null; // numbered goals follow: bullets are their text
        int n = it.marker().value();

        GoalTitles.Split split = GoalTitles.of(it.text());
        String title = split.title();
        String body = split.body();
        GoalDraft g = goals.get(n);
        if (g != null && !achievementRole && n == 1 && goals.size() == 1 && g == lastNumbered && g.body.isEmpty()
                && !g.hasAchievement) {
            // ①総合計画 / ①乳幼児の健全育成 ②…: a row label numbered ① right before the list's own ①; the list restarts
            warnings.add("item 1 read again right after item 1: the first one (" + abbreviate(g.title == null ? "" : g.title)
                    + ") is no goal");
            goals.remove(n);
            g = null;
        }
        boolean asAchievement = g != null && (achievementRole || !g.hasAchievement);
        if (asAchievement) {
            g.hasAchievement = true;
            g.achievementLoc = it.loc();
            if (body != null) {
                g.achievement.add(body);
            }
            currentAch = g;
            inAchievement = true;
            divisionAfterAchievement = false;
            return;
        }
        int highest = g == null ? Math.max(highestNumber(), highestInTables) : 0;
        if (highest > 0 && n > highest + MAX_SKIP) {
            // 45 新たなコミュニティの創出 under goal 1: a policy number of a plan reference, not a 45th goal
            warnings.add("number " + n + " after goal " + highest + " read as text, not a goal: "
                    + abbreviate(it.text()));
            if (!planLine(n + " " + it.text())) {
                continued(it.written(), it);
            }
            return;
        }
        if (g == null && n > 1 && !sectionBullets.isEmpty() && highestNumber() <= 0
                && outerNumbers.contains(level(it.marker().style()) + ":" + (n - 1))) {
            // ○ 犯罪抑止対策の推進 ○ … then 2 情勢認識: a number with no 1 before it is the document's outline going
            // on (its 1 stood above the goal heading); the bulleted goals are the section's, and it ends here
            warnings.add("number " + n + " after bulleted goals, with no goal numbered 1, ends them: "
                    + abbreviate(it.text()));
            close();
            sectionEnded = true;
            return;
        }
        if (g == null && !sectionBullets.isEmpty()) {
            // the section numbers its goals: the bullets above them were a preface (or the goals' groups), not goals
            sectionBullets.forEach(goals::remove);
            warnings.add("bullets before numbered goals are not goals: " + sectionBullets.size());
            sectionBullets.clear();
        }
        if (g == null) {
            if (inAchievement && !divisionAfterAchievement) {
                // goals resume after achievements: a new page or column, whose division heading may be missing
                // (【人権推進課】 between the achievement and the goal that resumes names it)
                division = null;
            }
            g = new GoalDraft(n, division, title, it.loc());
            goals.put(n, g);
            lastNumbered = g;
            planRefsEnded = false;
        }
        if (body != null) {
            g.body.add(body);
        }
        currentGoal = g;
        inAchievement = false;
        tableGoal = null;
        planOwner = null;
    }

    /**
     * Goals of the same document read from a goal table (numbered up to {@code n}): a number far past them in the
     * text (45 新たなコミュニティの創出, a plan reference printed below goal 1's row) is no goal either.
     */
    void goalsInTables(int n) {
        highestInTables = Math.max(highestInTables, n);
        tableGoal = n; // called in the table's order: the last is the goal whose row ends the table
        planOwner = null;
        planRefsEnded = false;
    }

    /** A section that is no goal's (中期目標) began: a plan label below it names no goal's plans. */
    void endPlanRefs() {
        planOwner = null;
        tableGoal = null;
        planRefsEnded = true;
    }

    /**
     * A plan label alone on its line (総合計画, 基本政策) below a goal, and the codes after it (5-1-③ …, 45 …) until
     * another goal opens: the goal's plan references, printed below its row and read as text once the table has no
     * rules. The goal is the one of the text that is open, or the last of a goal table read since.
     */
    private boolean planLine(String text) {
        if (PlanRefReader.isLabel(text)) {
            Object owner = tableGoal != null ? tableGoal : currentGoal;
            if (owner == null || planRefsEnded) {
                return false;
            }
            planOwner = owner;
        } else if (planOwner == null || !PlanRefReader.isCodeLine(text)) {
            return false;
        }
        planLines.computeIfAbsent(planOwner, k -> new ArrayList<>()).add(text.strip());
        return true;
    }

    /** Plan references read as text below the rows of goal tables, by goal number. */
    Map<Integer, List<org.goalparse.model.PlanRef>> tablePlanRefs() {
        Map<Integer, List<org.goalparse.model.PlanRef>> out = new LinkedHashMap<>();
        planLines.forEach((owner, lines) -> {
            if (owner instanceof Integer n) {
                List<org.goalparse.model.PlanRef> refs = new PlanRefReader().lines(lines);
                if (!refs.isEmpty()) {
                    out.put(n, refs);
                }
            }
        });
        return out;
    }

    private int highestNumber() {
        return goals.keySet().stream().mapToInt(Integer::intValue).max().orElse(0);
    }

    private void continued(String text, Node node) {
        if (planLine(text)) {
            return;
        }
        if (inAchievement && currentAch != null) {
            currentAch.achievement.add(text);
            return;
        }
        if (currentGoal == null) {
            warnings.add("text before any goal: " + abbreviate(text));
            return;
        }
        if (currentAch != null && currentAch != currentGoal && belongsToAchievement(text)) {
            currentAch.achievement.add(text);
            inAchievement = true;
            return;
        }
        currentGoal.body.add(text);
    }

    private boolean belongsToAchievement(String text) {
        if (Texts.isPast(text)) {
            return true;
        }
        if (Texts.isFuture(text)) {
            return false;
        }
        String goalSide = (currentGoal.title == null ? "" : currentGoal.title) + currentGoal.goalText();
        String achSide = (currentAch.title == null ? "" : currentAch.title) + currentAch.goalText()
                + currentAch.achievementText();
        double g = Texts.coverage(text, goalSide);
        double a = Texts.coverage(text, achSide);
        return a > 0.2 && a > g * 1.2;
    }

    private static String abbreviate(String s) {
        return s.length() <= 60 ? s : s.substring(0, 60) + "…";
    }

    /** The open goal's last line of text, or null: a 単位:件 line stands just above the table it qualifies. */
    String lastGoalLine() {
        return currentGoal == null || currentGoal.body.isEmpty() ? null
                : currentGoal.body.get(currentGoal.body.size() - 1);
    }

    /** The open goal's indicator table; false when no goal is open to take it. */
    boolean indicators(List<IndicatorTableReader.Row> rows) {
        if (currentGoal == null || inAchievement) {
            return false;
        }
        for (IndicatorTableReader.Row r : rows) {
            currentGoal.body.add(r.text());
            currentGoal.tableLines.add(r.text());
            if (r.target() != null) {
                currentGoal.tableTargets.add(r.target());
            }
        }
        return true;
    }

    boolean isEmpty() {
        return goals.isEmpty();
    }

    List<Goal> goals() {
        if (goals.size() == 1 && highestInTables == 0) {
            Map.Entry<Integer, GoalDraft> only = goals.entrySet().iterator().next();
            if (only.getKey() > 1 + MAX_SKIP && only.getValue().number != null) {
                // 36 収入未済額 in a flattened table of figures: a lone number far from 1 counts nothing the
                // document set out (a list that goes on from another part has a 37 after it)
                warnings.add("a lone item numbered " + only.getKey() + ", with no goal before or after it, read as no goal: "
                        + abbreviate(only.getValue().title == null ? "" : only.getValue().title));
                goals.clear();
            }
        }
        planLines.forEach((owner, lines) -> {
            if (owner instanceof GoalDraft g && g.planRefs.isEmpty()) {
                g.planRefs.addAll(new PlanRefReader().lines(lines));
            }
        });
        return goals.values().stream().map(GoalDraft::toGoal).toList();
    }

    List<String> warnings() {
        return warnings;
    }

}
