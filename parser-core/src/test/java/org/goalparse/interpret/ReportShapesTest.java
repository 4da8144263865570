package org.goalparse.interpret;

import static org.goalparse.interpret.Fragments.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.goalparse.model.Goal;
import org.goalparse.model.GoalDocument;
import org.junit.jupiter.api.Test;

/** Year-end reports and flattened goal tables, on invented fragments shaped like the real documents. */
class ReportShapesTest {
    private static Goal goal(GoalDocument d, int number) {
        return d.goals().stream().filter(g -> g.number() == number).findFirst().orElseThrow();
    }

    private static List<String> targets(GoalDocument d, int number) {
        return goal(d, number).targets().stream().map(q -> q.value().toPlainString() + q.unit()).toList();
    }

    @Test
    void aTitleKuromojiReadsAsAQuantityIsTheNextItemOfItsList() throws Exception {
        GoalDocument d = parse("令和6年度 総務部 組織目標", "【重点目標】", "1 窓口の改善", "待ち時間を10分以内とする。", "",
                "2 本庁舎の改修", "耐震工事を完了する。");
        assertEquals(List.of(1, 2), d.goals().stream().map(Goal::number).toList());
        assertEquals("本庁舎の改修", goal(d, 2).title());
        // not the number the list expects, or a counter of the fixed list: a wrapped sentence, no item
        GoalDocument skipped = parse("【重点目標】", "1 窓口の改善", "3 本庁舎の改修");
        assertEquals(List.of(1), skipped.goals().stream().map(Goal::number).toList());
        GoalDocument wrapped = parse("【重点目標】", "1 研修の充実", "職員向けの研修を年に", "2 回開催する。");
        assertEquals(List.of(1), wrapped.goals().stream().map(Goal::number).toList());
    }

    @Test
    void aNumberFarPastTheGoalsOfATableIsNoGoal() throws Exception {
        // goal 1 read from its table; a plan reference printed below the row as text (基本政策 / 45 …) is no 45th goal,
        // while the next goal's number in the text still opens a goal
        GoalDocument d = parse("令和4年度 市民部 組織目標", "3. 当年度目標と目標設定に対する振り返り", "No\t当年度目標(当初設定)\t実績",
                "1\t図書館の利用促進\t○貸出冊数は増えました。", "基本政策", "45 新たなコミュニティとつながりの創出",
                "2 公園の美化", "清掃の回数を増やします。");
        assertEquals(List.of(1, 2), d.goals().stream().map(Goal::number).sorted().toList());
        assertEquals("公園の美化", goal(d, 2).title());
    }

    @Test
    void aQuantityThatDefinesWhatIsCountedIsNoTarget() throws Exception {
        GoalDocument d = parse("【重点目標】", "(1)働き方の改革", "月45時間を超える時間外勤務の職員の割合を5%以下とする。",
                "(2)在校時間の縮減", "在校時間が80時間超の教員の割合を10%以下にする。", "(3)集客",
                "5万人を超える来場者を目指す。");
        assertEquals(List.of("5%"), targets(d, 1));
        assertEquals(List.of("10%"), targets(d, 2));
        assertEquals(List.of("5万人"), targets(d, 3)); // nothing else promised: the figure stays
    }

    @Test
    void aGradeKeyIsNoPartOfTheSectionBeforeIt() throws Exception {
        GoalDocument d = parse("令和6年度 市民部 組織目標 達成状況報告書", "■部の方針", "市民に寄り添う窓口をつくります。",
                "■評価区分", "A:目標を達成した B:おおむね達成した C:達成できなかった", "1 窓口の改善", "目標:待ち時間 10分以内",
                "実績:待ち時間は平均8分となった。", "達成状況:A", "2 相談の充実", "目標:相談件数 300件", "実績:相談件数は320件。",
                "達成状況:A");
        assertEquals(List.of("市民に寄り添う窓口をつくります。"), d.basicDirection());
        assertEquals(List.of(1, 2), d.goals().stream().map(Goal::number).toList());
        assertEquals(List.of("10分"), targets(d, 1));
    }

    @Test
    void aGoalTablePrintedOneCellPerLineIsReadByColumn() throws Exception {
        GoalDocument d = parse("令和6年度 市民部 組織目標", "番号", "目標", "目標値", "実績", "1", "窓口の改善", "1件当たり",
                "10分", "8分", "2", "講座の開催", "12回", "10回", "作成日 令和7年4月1日");
        assertEquals(List.of("10分"), targets(d, 1));
        assertEquals("8分", goal(d, 1).achievement().text());
        assertEquals(List.of("12回"), targets(d, 2));
        assertEquals("10回", goal(d, 2).achievement().text());
        assertEquals("講座の開催", goal(d, 2).title());
    }

    @Test
    void aSentenceReportingWhatWasDoneGivesNoTarget() throws Exception {
        GoalDocument d = parse("【重点目標】", "(1)残業の縮減", "時間外勤務の多い職員の割合を本庁10%以下、出先15%以下とする。",
                "会議の見直しにより割合が減少した。(本庁12%・出先18%)今後も取組を続ける。", "(2)相談の充実",
                "相談件数は前年度に300件を目標とした。");
        assertEquals(List.of("10%", "15%"), targets(d, 1));
        assertEquals(List.of("300件"), targets(d, 2)); // nothing else promised: the reported figure stays
    }

    @Test
    void besideAFigureLabelledTheTargetTheSentencesOtherFiguresAreNone() throws Exception {
        GoalDocument d = parse("【重点目標】", "(1)指摘の削減",
                "指摘率は上期8.1%(前年度9.9%)、下期7.2%で、目標の9%以下を維持する。", "(2)管路の管理",
                "管理延長:令和4年度 3,100メートル、令和5年度 3,300メートル、目標年度3,500メートル", "(3)講座",
                "講座を年6回、参加者を300人とする。");
        assertEquals(List.of("9%"), targets(d, 1));
        assertEquals(List.of("3500メートル"), targets(d, 2));
        assertEquals(List.of("6回", "300人"), targets(d, 3)); // no label: every figure stays
    }

    @Test
    void aFamilyNameOpeningALineIsNoVillage() throws Exception {
        assertEquals(null, parse("令和6年度 教育部 組織目標", "中村 和夫 (なかむら かずお)", "1 学力の向上").municipality());
        assertEquals("紅葉村", parse("紅葉村 総務課", "令和6年度 課の目標", "1 窓口の改善").municipality());
    }
}
