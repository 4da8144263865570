package org.goalparse.interpret;

import static org.goalparse.interpret.Fragments.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.List;
import org.goalparse.model.Goal;
import org.goalparse.model.GoalDocument;
import org.junit.jupiter.api.Test;

/**
 * Rules the producer matrix asked for (docs/renditions.md), on invented fragments shaped like a borderless
 * rendition's reading order: columns read one after the other, a table's trailing rows read as text.
 */
class RenditionRulesTest {
    private static Goal goal(GoalDocument d, int number) {
        return d.goals().stream().filter(g -> g.number() == number).findFirst().orElseThrow();
    }

    @Test
    void aDivisionHeadingBetweenAnAchievementAndTheGoalThatResumesNamesThatGoal() throws Exception {
        // the goal column, then the achievement column, then the goal column again under a division heading
        GoalDocument d = parse("令和6年度 環境部 組織目標", "【課の目標(達成すべき目標)】", "【緑化推進課】", "1 街路樹の更新",
                "老朽化した街路樹を計画的に植え替えます。", "【目標の達成度合】", "1 街路樹の更新", "120本を植え替えました。",
                "【公園管理課】", "2 遊具の点検", "全ての公園で遊具を点検します。");
        assertEquals("緑化推進課", goal(d, 1).division());
        assertEquals("公園管理課", goal(d, 2).division());
        // without a heading, the goal that resumes may be another division's whose heading was lost: none
        GoalDocument lost = parse("令和6年度 環境部 組織目標", "【課の目標(達成すべき目標)】", "【緑化推進課】", "1 街路樹の更新",
                "老朽化した街路樹を計画的に植え替えます。", "【目標の達成度合】", "1 街路樹の更新", "120本を植え替えました。",
                "2 遊具の点検", "全ての公園で遊具を点検します。");
        assertNull(goal(lost, 2).division());
        assertEquals(List.of(1, 2), lost.goals().stream().map(Goal::number).toList());
    }

    @Test
    void aLabelBesideTheTitleStandsBetweenTheTitleAndTheNameUnderIt() throws Exception {
        // a two-column form without rules read row by row: title | label, then name | the label's text
        GoalDocument d = parse("令和6年度 環境部長の目標宣言", "環境部長", "部長メッセージ", "北山 和夫",
                "ごみの減量と緑の保全に取り組みます。");
        assertEquals("北山 和夫", d.head().name());
        assertEquals("部長", d.head().title());
        // a sentence after the label is no name
        assertNull(parse("令和6年度 環境部長の目標宣言", "環境部長", "部長メッセージ", "緑を守ります",
                "ごみの減量と緑の保全に取り組みます。").head());
    }

    @Test
    void divisionNamesRunTogetherInTheirCellArePartedAtTheirUnitsWord() throws Exception {
        // a renderer lost the cell's line breaks, and the cell's width wrapped one name (ごみ減量・資源 / 循環課)
        GoalDocument d = parse("令和6年度 環境部長の目標宣言", "部等を構成する課等",
                "環境政策課 / 緑地保全担当公園整備担当ごみ減量・資源 / 循環課廃棄物対策課", "部等の主な役割", "緑を守ります。");
        assertEquals(List.of("環境政策課", "緑地保全担当", "公園整備担当", "ごみ減量・資源循環課", "廃棄物対策課"),
                d.divisions().stream().map(org.goalparse.model.Division::name).toList());
        // a lone 課 is no name: 課税課 stays whole
        GoalDocument tax = parse("令和6年度 財務部長の目標宣言", "部等を構成する課等", "財政課 / 課税課資産 / 税課収納課");
        assertEquals(List.of("財政課", "課税課", "資産税課", "収納課"),
                tax.divisions().stream().map(org.goalparse.model.Division::name).toList());
        // what does not read whole as names is the next column's text, not a division
        GoalDocument prose = parse("令和6年度 環境部長の目標宣言", "部等を構成する課等", "環境政策課 / 緑地保全担当公園の整備を進めます。",
                "部等の主な役割", "緑を守ります。");
        assertEquals(List.of("環境政策課"), prose.divisions().stream().map(org.goalparse.model.Division::name).toList());
    }

    private static List<String> codes(GoalDocument d, int number) {
        return goal(d, number).planRefs().stream().map(r -> r.plan() + ":" + r.code()).toList();
    }

    @Test
    void planReferencesPrintedBelowAGoalRowAsTextAreThatGoals() throws Exception {
        // goal 1 from its table row, goal 2 from the text; each followed by its plan label and codes as plain lines
        GoalDocument d = parse("令和4年度 市民部 組織目標", "3. 当年度目標と目標設定に対する振り返り", "No\t当年度目標(当初設定)\t実績",
                "1\t図書館の利用促進\t○貸出冊数は増えました。", "総合計画", "3-2-① 学びの場を広げます。", "基本政策", "21 生涯学習の充実",
                "2 公園の美化", "清掃の回数を増やします。", "総合計画", "4-1-② 緑を守ります。", "基本政策", "33 みどりのまちづくり",
                "4. 中期目標(概ね今後4年間)", "【実績】", "2 学びの拠点づくり", "総合計画", "3-2-① 学びの場を広げます。");
        assertEquals(List.of("総合計画:3-2-①", "基本政策:21"), codes(d, 1));
        assertEquals(List.of("総合計画:4-1-②", "基本政策:33"), codes(d, 2)); // the mid-term goal's label is not goal 2's
        assertEquals("清掃の回数を増やします。", goal(d, 2).text());
        // without a label above them, codes stay text
        GoalDocument bare = parse("令和4年度 市民部 組織目標", "3. 当年度目標と目標設定に対する振り返り", "1 公園の美化",
                "4-1-② 緑を守ります。");
        assertEquals(List.of(), codes(bare, 1));
    }

    @Test
    void columnLabelsReadInsideANumberedMidTermSectionDoNotReopenTheGoals() throws Exception {
        // the goal table's column labels (実績, 当年度目標) read out of place under 4. 中期目標: its items are no goals
        GoalDocument d = parse("令和4年度 市民部 組織目標", "3. 当年度目標と目標設定に対する振り返り", "1 公園の美化",
                "清掃の回数を増やします。", "4. 中期目標(概ね今後4年間)", "実績", "1 緑の拠点づくり", "3 花壇の整備");
        assertEquals(List.of(1), d.goals().stream().map(Goal::number).toList());
        assertEquals("公園の美化", goal(d, 1).title());
        assertNull(goal(d, 1).achievement());
    }

    @Test
    void midTermGoalsLaidOutAsTextAreReadFromTheirNumberedItems() throws Exception {
        // no mid-term table: the numbered items under 4. 中期目標, with column labels read among them, are the goals
        GoalDocument d = parse("令和4年度 市民部 組織目標", "3. 当年度目標と目標設定に対する振り返り", "1 公園の美化",
                "清掃の回数を増やします。", "4. 中期目標(概ね今後4年間)", "No", "1 緑の拠点づくり", "(1) 拠点を三か所に増やします。",
                "基本政策", "33 みどりのまちづくり", "スケジュール(工程)", "令和5年度(2023年度)", "2 花壇の整備",
                "(1) 花壇を市民と手入れします。");
        assertEquals(List.of(1, 2), d.midTermGoals().stream().map(m -> m.number()).toList());
        assertEquals(List.of("緑の拠点づくり", "花壇の整備"), d.midTermGoals().stream().map(m -> m.title()).toList());
        assertEquals(List.of(1), d.goals().stream().map(Goal::number).toList());
    }

    @Test
    void scheduleStepsPrintedAsRowsOfTheirOwnFromTheFirstColumnAreTheGoalsSchedule() throws Exception {
        // a browser printed the schedule's nested table as rows of two cells (step | year) under the goal's row
        GoalDocument d = parse("令和4年度 市民部 組織目標", "4. 中期目標(概ね今後4年間)",
                "No\t取組み事項及び課題\tスケジュール(工程)", "1\t緑の拠点づくり\t(1) 拠点の整備",
                "①用地の選定(令和5年2月)\t令和4年度(2022年度)", "②拠点の開設\t令和5年度(2023年度)~",
                "2\t花壇の整備\t(1) 花壇の手入れ", "①花壇の手入れ、令和6年度に拡大\t毎月");
        assertEquals(List.of(2022, 2023), d.midTermGoals().get(0).schedule().stream().map(s -> s.year()).toList());
        // a step whose last cell does not begin with a year is no dated step, whatever year its text names
        assertEquals(List.of(), d.midTermGoals().get(1).schedule());
    }

    @Test
    void aYearAloneOnALineUnderAMidTermGoalLaidOutAsTextIsAStepOfItsSchedule() throws Exception {
        // a borderless schedule read row by row: each step, then the year printed beside it
        GoalDocument d = parse("令和4年度 市民部 組織目標", "4. 中期目標(概ね今後4年間)", "1 緑の拠点づくり",
                "(1) 拠点を三か所に増やします。", "①用地の選定", "令和4年度(2022年度)", "②拠点の開設", "令和5年度(2023年度)~",
                "2 花壇の整備", "令和6年度から市民と手入れします。", "①花壇の手入れ", "毎月");
        assertEquals(List.of(2022, 2023), d.midTermGoals().get(0).schedule().stream().map(s -> s.year()).toList());
        assertEquals("令和5年度(2023年度)~", d.midTermGoals().get(0).schedule().get(1).text());
        // a sentence that opens with a year is the goal's text, not a step
        assertEquals(List.of(), d.midTermGoals().get(1).schedule());
    }
}
