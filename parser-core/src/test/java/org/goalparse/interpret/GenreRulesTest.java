package org.goalparse.interpret;

import static org.goalparse.interpret.Fragments.parse;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.goalparse.ja.DepartmentNames;
import org.goalparse.model.GoalDocument;
import org.junit.jupiter.api.Test;

/** The genre's rules on fragments shaped like the real documents (content invented). */
class GenreRulesTest {
    @Test
    void aPolicyThemeNumberedWithItsLabelIsTitledByItsShortLine() throws Exception {
        GoalDocument d = parse("令和6年度 農林水産部 部局運営方針", "3 重点政策推進方針",
                "テーマ1:担い手の確保と育成", "研修から就業後の経営までを一貫して支えます。",
                "テーマ2:販路の拡大", "県産品の価値を高めます。");
        assertEquals(List.of(1, 2), d.priorityPolicies().stream().map(p -> p.number()).toList());
        assertEquals(List.of("担い手の確保と育成", "販路の拡大"), d.priorityPolicies().stream().map(p -> p.title()).toList());
        assertEquals("研修から就業後の経営までを一貫して支えます。", d.priorityPolicies().get(0).text());
    }

    @Test
    void theNumberAfterASectionsOwnOpensTheNextSectionWhateverItsName() throws Exception {
        GoalDocument d = parse("令和6年度 農林水産部 部局運営方針", "1 部局の使命", "食を支えます。",
                "2 施策推進に臨む姿勢", "現場の声を聞きます。", "3 今年度の重点目標", "①新規就農者の確保",
                "研修の受入れ枠を広げる。", "②農地の集積", "集積率を70%に高める。", "4 その他",
                "本方針は年度末に結果を公表する。");
        assertEquals(List.of("食を支えます。"), d.basicDirection());
        assertEquals("集積率を70%に高める。", d.goals().get(1).text());
        // a section numbered like its own items keeps them all: 2 重点目標, then 1, 2, 3
        GoalDocument flat = parse("令和6年度 市民部 組織目標", "1 基本方針", "暮らしを守ります。", "2 重点目標",
                "1 窓口の改善", "2 相談の充実", "3 防災の強化");
        assertEquals(List.of(1, 2, 3), flat.goals().stream().map(g -> g.number()).toList());
    }

    @Test
    void aMunicipalityGluedBeforeTheDepartmentIsNoPartOfItsName() throws Exception {
        assertEquals("上下水道局", DepartmentFinder.clean("白浜台市上下水道局"));
        assertEquals("都市整備局", DepartmentFinder.clean("東京都都市整備局"));
        assertEquals("府民文化部", DepartmentFinder.clean("大阪府府民文化部"));
        assertEquals("都市整備局", DepartmentFinder.clean("都市整備局"));
        assertEquals("市民生活部", DepartmentFinder.clean("市民生活部"));
        assertEquals("県土整備部", DepartmentFinder.clean("県土整備部"));
        assertEquals("町民生活部", DepartmentFinder.clean("町民生活部"));
        // 県水道局の長期見通し: the owner's bare suffix before its body is no part of the body's name
        assertEquals("水道局", DepartmentFinder.clean("県水道局"));
        assertEquals("消防本部", DepartmentFinder.clean("市消防本部"));
        GoalDocument d = parse("白浜台市上下水道局", "令和7年度 局運営方針", "上下水道局長 川端 誠");
        assertEquals("上下水道局", d.department());
        assertEquals("白浜台市", d.municipality());
    }

    @Test
    void aCitysNameBeforeItsHeadsTitleIsNoDepartmentAndAYearBeforeABodyNoPartOfItsPlace() throws Exception {
        // every department head of the city (若葉台市部長マニフェスト): no department; 都市部 is one
        assertNull(DepartmentFinder.clean("若葉台市部"));
        assertEquals("都市部", DepartmentFinder.clean("都市部"));
        GoalDocument index = parse("HOME > 市政情報 > 部長マニフェスト", "1若葉台市部長マニフェスト",
                "若葉台市各部重点目標「部長マニフェスト」は、部長が一年の取組を市民に約束するものです。");
        assertNull(index.department());
        // a fiscal year glued before the city and its body
        GoalDocument body = parse("平成27年度鷺宮市農業委員会重点活動事業 農地の利用を進めます。");
        assertEquals("鷺宮市", body.municipality());
    }

    @Test
    void divisionsListedUnderAnOrganisationHeading() throws Exception {
        GoalDocument d = parse("白浜台市上下水道局", "令和7年度 局運営方針", "【組織】", "総務課 / 営業課 / 浄水課");
        assertEquals(List.of("総務課", "営業課", "浄水課"), d.divisions().stream().map(x -> x.name()).toList());
        GoalDocument k = parse("山梨県 県土整備部", "令和5年度 部局運営方針", "2 重点目標", "ア. 道路の強化",
                "3 主な担当課", "道路建設課、河川砂防課");
        assertEquals(List.of("道路建設課", "河川砂防課"), k.divisions().stream().map(x -> x.name()).toList());
    }

    @Test
    void aBaselineAsideWithItsOwnFigureLeavesTheTargetBeforeIt() throws Exception {
        GoalDocument d = parse("令和7年度 水道局 運営方針", "【重点目標】", "I 施設の耐震化",
                "・基幹管路の耐震化率 62%(令和6年度末見込み 58%)", "II 事業所の支援",
                "・62事業所(令和6年3月31日現在)を、70事業所に増やす");
        assertEquals(List.of("62"), d.goals().get(0).targets().stream().map(q -> q.value().toPlainString()).toList());
        assertEquals(List.of("70"), d.goals().get(1).targets().stream().map(q -> q.value().toPlainString()).toList());
    }

    @Test
    void eachWorkplaceOfAUnitIsNoListOfDepartments() throws Exception {
        GoalDocument d = parse("令和6年度看護部目標", "患者に寄り添う看護を目指す", "1. 退院支援の充実", "2. 新人教育の充実",
                "(1) 各部署の業務改善を進める");
        assertEquals("看護部", d.department());
    }

    @Test
    void aDepartmentGluedToItsHeadsTitleAndNameInAFormCell() throws Exception {
        GoalDocument d = parse("組織目標シート", "| 部局名 | 教育委員会事務局局長大川一郎 |", "1 学力の向上");
        assertEquals("教育委員会事務局", d.department());
        GoalDocument p = parse("組織目標シート", "| 部局名 | 市民部長西田恵子 |", "1 窓口の改善");
        assertEquals("市民部", p.department());
    }

    @Test
    void aVisionLineUnderTheTitleIsTheBasicDirection() throws Exception {
        GoalDocument d = parse("令和6年度看護部目標", "患者に寄り添う病院を目指す", "1. 退院支援の充実", "2. 新人教育の充実");
        assertEquals(List.of("患者に寄り添う病院を目指す"), d.basicDirection());
        GoalDocument later = parse("令和6年度看護部目標", "1. 退院支援の充実", "2. 新人教育の充実", "地域に開かれた病院を目指す");
        assertTrue(later.basicDirection().isEmpty(), () -> later.basicDirection().toString());
    }

    @Test
    void aCityTheDictionaryDoesNotKnowIsNamedByItsBodyBeforeItsPrefecture() throws Exception {
        GoalDocument d = parse("(様式2) 令和6年度の目標及び活動計画 県名: 山梨県 委員会名: 鳴渡沢市農業委員会 1 現状 農地面積 300ha");
        assertEquals("鳴渡沢市", d.municipality());
        GoalDocument two = parse("令和6年度 活動計画 県名: 山梨県 鳴渡沢市農業委員会 鷺ノ沼町農業委員会 合同");
        assertFalse(two.municipality() != null && List.of("鳴渡沢市", "鷺ノ沼町").contains(two.municipality()),
                "two bodies' cities: neither is named by it");
    }

    @Test
    void aVerticalTitlesCellsBetweenALabelAndItsValueArePassedOver() throws Exception {
        GoalDocument d = parse("平成24年度", "部局名", "観光振興部", "部局長名", "局", "経", "営", "方", "針", "北野 一樹",
                "観光振興部は、まちの魅力を発信します。");
        assertEquals("北野 一樹", d.head().name());
    }

    @Test
    void twoPlaceNamesBeforeTheSuffixMakeOneCityButAPrefectureStaysApart() throws Exception {
        assertEquals("薩摩川内市", parse("薩摩川内市 商工観光部 令和5年度 組織目標", "1. 窓口の改善").municipality());
        assertEquals("札幌市", parse("北海道札幌市 総務部 令和5年度 組織目標", "1. 窓口の改善").municipality());
    }

    @Test
    void aFormLabelIsNeverTheDepartment() throws Exception {
        GoalDocument d = parse("令和6年度 組織目標", "部局名:環境部", "部長名:北村 一郎", "1 部局の基本方針", "ごみを減らします。");
        assertEquals("環境部", d.department());
        assertEquals("北村 一郎", d.head().name());
        assertEquals("部長", d.head().title());
    }

    @Test
    void labelLineThenValueLine() throws Exception {
        GoalDocument d = parse("部局名", "都市整備部", "部長名", "西田 恵子", "年度", "令和5年度");
        assertEquals("都市整備部", d.department());
        assertEquals("西田 恵子", d.head().name());
    }

    @Test
    void pipeRowsAreTablesAndARowOfLabelsNamesTheRowBelow() throws Exception {
        GoalDocument d = parse("工程表", "| 部局名 | 部局長名 | 所属名 | 所属長名 | 職員数 |",
                "| 農林局 | 東 正和 | 森林課 | 西 一 | 21 |");
        assertEquals("農林局", d.department());
        assertEquals("東 正和", d.head().name());
        assertEquals(List.of("森林課"), d.divisions().stream().map(x -> x.name()).toList());
    }

    @Test
    void aBreadcrumbNamesTheSiteNotTheDocument() throws Exception {
        GoalDocument d = parse("現在地 トップ > 組織でさがす > 総務部 > 行政課 > 目標管理制度",
                "目標管理制度について", "各部局の重点目標を毎年度設定し、公表しています。");
        assertNull(d.department());
    }

    @Test
    void aSectionNamedForTheDepartmentIsNoIndexOfEveryDepartment() throws Exception {
        GoalDocument d = parse("山梨県 県土整備部", "令和5年度 部局運営方針", "1 部局の使命", "社会基盤を守り続ける。");
        assertEquals("県土整備部", d.department());
        assertNull(parse("令和5年度 部(局)の重点課題", "総務部", "市民部", "建設部").department());
    }

    @Test
    void aPageOfEveryDepartmentHasNoDepartment() throws Exception {
        GoalDocument d = parse("令和6年度 各部の運営方針", "総務部", "市民部", "健康福祉部", "建設部");
        assertNull(d.department());
    }

    @Test
    void aYearGluedBeforeTheNameIsCutOff() {
        assertEquals("水道局", DepartmentFinder.clean("年度水道局"));
        assertEquals("教育委員会", DepartmentFinder.clean("教育委員会教育委員会"));
        assertNull(DepartmentFinder.clean("部局"));
        assertNull(DepartmentFinder.clean("各部局"));
    }

    @Test
    void theMayorAndADivisionHeadAreNotTheHead() throws Exception {
        assertNull(parse("市長あいさつ", "緑ヶ丘市長 山本 一郎", "各部の目標を公表します。").head());
        assertNull(parse("令和6年度 市民課 組織目標", "市民課長 川上 二郎").head());
        assertFalse(HeadFinder.isHeadTitle("担当部長", null));
        assertTrue(HeadFinder.isHeadTitle("危機管理室長", "危機管理室"));
        assertFalse(HeadFinder.isHeadTitle("危機管理室長", "総務部"));
    }

    @Test
    void namesGluedSpacedOrWithAReading() {
        assertArrayEquals(new String[] {null, "山田 太郎"}, PersonNames.parse("山田 太郎"));
        assertArrayEquals(new String[] {"やまだ たろう", "山田 太郎"}, PersonNames.parse("山田 太郎(やまだ たろう)"));
        assertArrayEquals(new String[] {null, "田中太郎"}, PersonNames.parse("田中太郎"));
        assertNull(PersonNames.parse("基本方針"));
        assertNull(PersonNames.parse("就任挨拶"));
    }

    @Test
    void goalsFromTheFirstNumberedListWhenNoSectionAnnouncesThem() throws Exception {
        GoalDocument d = parse("令和6年度 観光部 組織目標", "部の使命", "まちのにぎわいをつくります。",
                "(1)観光客の誘致", "旅行会社への働きかけにより入込客数を年間30万人とする。",
                "(2)案内所の充実", "案内所の開所日を年300日とする。");
        assertEquals(List.of(1, 2), d.goals().stream().map(g -> g.number()).toList());
        assertEquals("観光客の誘致", d.goals().get(0).title());
        assertEquals("300", d.goals().get(1).targets().get(0).value().toPlainString());
        assertEquals(List.of("まちのにぎわいをつくります。"), d.basicDirection());
    }

    @Test
    void aPolicyNumberFarPastTheGoalsIsNoGoal() throws Exception {
        GoalDocument d = parse("令和6年度 観光部 組織目標", "当年度目標",
                "1 観光客の誘致", "旅行会社への働きかけにより入込客数を年間30万人とする。", "基本政策",
                "38 にぎわいのあるまちの創出",
                "2 案内所の充実", "案内所の開所日を年300日とする。");
        assertEquals(List.of(1, 2), d.goals().stream().map(g -> g.number()).toList());
        // under its plan's label the number is the goal's plan reference (read as text before the rendition rules)
        assertEquals("38", d.goals().get(0).planRefs().get(0).code());
        assertEquals("基本政策", d.goals().get(0).planRefs().get(0).plan());
        assertTrue(d.warnings().stream().anyMatch(w -> w.startsWith("number 38 after goal 1")), d.warnings()::toString);
    }

    @Test
    void resultsBaselinesAndBudgetsAreNotTargets() throws Exception {
        GoalDocument d = parse("【重点目標】", "(1)相談体制の充実", "予算額 12,000千円", "相談件数 300件→400件",
                "実績:相談件数は410件となった。", "(2)講座の開催", "講座を年6回開催する。");
        assertEquals(List.of("400"), d.goals().get(0).targets().stream().map(q -> q.value().toPlainString()).toList());
        assertTrue(d.goals().get(0).achievement().text().contains("410件"));
    }

    @Test
    void labeledNumbersWithoutASpaceAndCircled() throws Exception {
        GoalDocument d = parse("【目標】", "目標1創業支援の強化", "創業件数を年間25件とする。", "目標②観光の振興",
                "入込客数を年間40万人とする。");
        assertEquals(List.of(1, 2), d.goals().stream().map(g -> g.number()).toList());
        assertEquals("創業支援の強化", d.goals().get(0).title());
    }

    private static List<String> targets(GoalDocument d, int goal) {
        return d.goals().stream().filter(g -> g.number() == goal).findFirst().orElseThrow().targets().stream()
                .map(q -> q.value().toPlainString() + q.unit()).toList();
    }

    @Test
    void baselinesDenominatorsAndLaterDeadlinesAreNoTargets() throws Exception {
        GoalDocument d = parse("【重点目標】", "(1)見守りの強化", "協定先 40社(令和6年3月31日現在)を、55社に広げる。",
                "(2)地区の組織づくり", "令和9年度までに全12地区で組織を作ることを目指し、今年度は4地区で作る。",
                "(3)ごみの減量", "1人1日当たりの排出量を前年度比で3%減らす。", "(令和5年度の実績 2%)");
        assertEquals(List.of("55社"), targets(d, 1));
        assertEquals(List.of("4地区"), targets(d, 2));
        assertEquals(List.of("3%"), targets(d, 3));
    }

    @Test
    void aSingleMultiplierStaysWithTheUnitAsWritten() throws Exception {
        GoalDocument d = parse("【重点目標】", "(1)誘客", "入込客数を年間35万人とする。", "(2)販路", "輸出額を8億円とする。");
        assertEquals(List.of("35万人"), targets(d, 1));
        assertEquals(List.of("8億円"), targets(d, 2));
    }

    @Test
    void anIndicatorTableGivesTheFiscalYearsColumn() throws Exception {
        GoalDocument d = parse("令和6年度 組織目標", "【重点目標】", "目標1 歩道の整備",
                "指標\t令和5年度(実績)\t令和6年度(目標)\t令和7年度(目標)", "整備延長\t2km\t3km\t5km",
                "目標2 相談の充実", "単位:件", "成果指標\t現状値\t目標値", "解決件数\t30\t36",
                "目標3 登録の促進", "成果指標\t現状値(%)\t目標値(%)", "登録率\t41.5\t45.0");
        assertEquals(List.of("3km"), targets(d, 1));
        assertEquals(List.of("36件"), targets(d, 2));
        assertEquals(List.of("45%"), targets(d, 3));
        assertTrue(d.goals().get(0).text().contains("整備延長\t2km\t3km\t5km"));
    }

    @Test
    void aMarkerAloneOnItsLineNumbersTheNextLine() throws Exception {
        GoalDocument d = parse("【重点目標】", "目標1", "窓口の改善", "待ち時間を10分以内とする。", "目標2", "申請の電子化",
                "電子申請できる手続を20手続とする。");
        assertEquals(List.of("窓口の改善", "申請の電子化"), d.goals().stream().map(g -> g.title()).toList());
        assertEquals(List.of("20手続"), targets(d, 2));
    }

    @Test
    void aPrefectureNamedAloneInTheOpeningIsThePublisher() throws Exception {
        GoalDocument pref = parse("東京都 産業労働局", "令和6年度 運営方針", "1 使命", "八王子市や立川市と連携し、産業を育てます。");
        assertEquals("東京都", pref.municipality());
        GoalDocument city = parse("神奈川県横浜市 市民局", "令和6年度 運営方針", "1 使命", "市民の暮らしを支えます。");
        assertEquals("横浜市", city.municipality());
    }

    @Test
    void theSectionEndsAtThePageFooter() throws Exception {
        GoalDocument d = parse("【重点目標】", "(1)講座の開催", "講座を年6回開催する。", "このページに関するお問い合わせ",
                "市民部 市民課 電話 0123-45-6789");
        assertEquals("講座を年6回開催する。", d.goals().get(0).text());
    }

    @Test
    void contactLinesAndGradeLegendsAreFurniture() {
        assertTrue(PageFurniture.isFurniture("南町役場 総務部 総務課 TEL 0123-45-6789"));
        assertTrue(PageFurniture.isFurniture("※評価 A:達成 B:概ね達成 C:未達成"));
        assertFalse(PageFurniture.isFurniture("※A地区とB地区で先行して実施する。"));
        assertFalse(PageFurniture.isFurniture("電話相談を年300件受け付ける。"));
    }

    @Test
    void aNumberedSectionTitleWithAnAsideIsAHeading() throws Exception {
        GoalDocument d = parse("令和6年度 組織目標", "1 部の使命(部が果たす役割)", "まちの安全を守る。",
                "2 重点業務(優先度の高いもの)", "(1)防犯の強化", "防犯灯を40基設置する。", "(2)啓発", "講習会を年4回開く。");
        assertEquals(List.of("まちの安全を守る。"), d.basicDirection());
        assertEquals(List.of(1, 2), d.goals().stream().map(g -> g.number()).toList());
    }

    @Test
    void numberedTitleLinesWithNoGoalSectionAreTheGoals() throws Exception {
        GoalDocument d = parse("令和6年度 市民部 組織目標", "基本方針", "暮らしの安心を支えます。",
                "1.窓口サービスの向上", "手続の待ち時間を短くします。", "2.防災意識の向上", "出前講座の開催:12回",
                "このページに関するお問い合わせ");
        assertEquals(List.of("暮らしの安心を支えます。"), d.basicDirection());
        assertEquals(List.of(1, 2), d.goals().stream().map(g -> g.number()).toList());
        assertEquals(List.of("窓口サービスの向上", "防災意識の向上"), d.goals().stream().map(g -> g.title()).toList());
        assertEquals(List.of("12回"), d.goals().get(1).targets().stream().map(q -> q.value().toPlainString() + q.unit()).toList());
    }

    @Test
    void tagsAfterAGoalTitleAndABoldNameBeforeAColon() {
        GoalTitles.Split tagged = GoalTitles.of("災害に強い基盤づくり【No.13:気候変動対策】【No.11:まちづくり】");
        assertEquals("災害に強い基盤づくり", tagged.title());
        assertEquals("【No.13:気候変動対策】【No.11:まちづくり】", tagged.body());
        GoalTitles.Split colon = GoalTitles.of("読書活動の推進:図書の貸出冊数 20,000冊");
        assertEquals("読書活動の推進", colon.title());
        assertEquals("図書の貸出冊数 20,000冊", colon.body());
        // a labelled target is no title before a colon, and a sentence is no title at all
        assertEquals("目標値:参加者数 500人", GoalTitles.of("目標値:参加者数 500人").title());
        assertNull(GoalTitles.of("地域の見守り活動を広げ、孤立を防ぎます。相談窓口を週5日開きます。").title());
    }

    @Test
    void aSubsectionOfPolicyContentIsNoGoal() throws Exception {
        GoalDocument d = parse("令和6年度 福祉部 工程表", "1.政策内容と目標", "(1)政策内容", "地域生活への移行の促進",
                "(2)今年度の目標", "①相談窓口の拡充", "窓口を2か所増やす。", "②研修の開催", "研修を年3回開く。");
        assertEquals(List.of(1, 2), d.goals().stream().map(g -> g.number()).toList());
        assertEquals(List.of("相談窓口の拡充", "研修の開催"), d.goals().stream().map(g -> g.title()).toList());
    }

    @Test
    void goalsNumberedWithTheFigureGluedToTheTitleWhenTheyCountOneTwoThree() throws Exception {
        GoalDocument d = parse("令和6年度 部局経営目標【環境部】", "部局の役割・使命", "1ごみの減量と資源化【No.12:つくる責任】",
                "分別の講習会を開きます。", "2「水辺のまち」の保全", "河川の清掃活動を広げます。", "3脱炭素の推進",
                "公共施設の照明をLEDにします。");
        assertEquals(List.of(1, 2, 3), d.goals().stream().map(g -> g.number()).toList());
        assertEquals(List.of("ごみの減量と資源化", "「水辺のまち」の保全", "脱炭素の推進"),
                d.goals().stream().map(g -> g.title()).toList());
        // one glued figure alone, a counter or an ordinal after the figure: no list
        GoalDocument none = parse("令和6年度 環境部 組織目標", "基本方針", "1点目として、ごみを減らします。", "2点目として、水辺を守ります。",
                "3日間の講習会を開きます。");
        assertEquals(List.of(), none.goals());
    }

    @Test
    void aBulletedGoalsTagAfterItsTitleStaysText() throws Exception {
        GoalDocument d = parse("令和6年度 教育部 運営方針", "重点目標", "○人権学習の推進【再掲1-(3)】", "学校で人権学習を進めます。",
                "○読書活動の充実", "学校図書館を開きます。");
        assertEquals(List.of("人権学習の推進", "読書活動の充実"), d.goals().stream().map(g -> g.title()).toList());
        assertTrue(d.goals().get(0).text().contains("【再掲1-(3)】"));
    }

    @Test
    void aDistrictBeforeShiminIsNoCity() throws Exception {
        GoalDocument none = parse("令和6年度 地域振興部 運営方針", "・ 若葉台市民センターの改修", "・ 駅前市政情報コーナーの設置");
        assertNull(none.municipality());
        GoalDocument city = parse("令和6年度 青葉市 地域振興部 運営方針", "青葉市民の交流を広げます。");
        assertEquals("青葉市", city.municipality());
    }

    @Test
    void aLabelAndItsValueInBracketsInsideTheTitleGiveTheUnit() throws Exception {
        GoalDocument d = parse("【様式1】 令和5年度組織目標(組織名:北山環境事務所)", "目標1 工場の環境管理の推進");
        assertEquals("北山環境事務所", d.department());
        // brackets without a label, or a label without its colon, say nothing of the unit
        assertNull(parse("令和5年度組織目標(北山環境事務所)", "目標1 工場の環境管理の推進").department());
        assertNull(parse("令和5年度 組織目標(事務所ごとに作成)").department());
    }

    @Test
    void oneItemNumberedWithAGoalsLabelIsAGoalABareNumberIsNot() throws Exception {
        GoalDocument d = parse("令和4年度 健康局運営方針", "重点的に取り組む主な経営課題", "経営課題1 感染症予防対策の充実",
                "検査の体制を整える。");
        assertEquals(List.of("感染症予防対策の充実"), d.goals().stream().map(g -> g.title()).toList());
        GoalDocument bare = parse("令和4年度 健康局運営方針", "1 感染症予防対策の充実", "検査の体制を整える。");
        assertTrue(bare.goals().isEmpty());
    }

    @Test
    void aColumnLabelReadBesideANumberIsNoGoalTitle() throws Exception {
        GoalDocument d = parse("令和5年度 組織目標", "目標", "番号", "1", "2", "目標項目", "目標の内容");
        assertTrue(d.goals().stream().noneMatch(g -> "目標項目".equals(g.title())));
    }

    @Test
    void aGluedNameStandsWhereTheFormsLabelSaysANameStands() throws Exception {
        assertEquals("城平守朗", PersonNames.labelledName("城平守朗"));
        assertNull(PersonNames.labelledName("部長兼務"));
        assertNull(PersonNames.labelledName("欠員"));
        GoalDocument d = parse("令和5年度 工程表", "部局名 | 部局長名 | 所属名 | 職員数", "危機管理局 | 城平守朗 | 危機対策課 | 23");
        assertEquals("城平守朗", d.head().name());
        GoalDocument glued = parse("令和5年度 市民生活部 組織目標", "市民生活部長大浦満", "1 基本方針");
        assertEquals("大浦満", glued.head().name());
        assertEquals("部長", glued.head().title());
    }

    @Test
    void divisionsNamedWithANakaguroAndListedBeforeTheirCount() throws Exception {
        DivisionLists lists = new DivisionLists();
        assertEquals(List.of("防災・情報課"), lists.fromField("防災・情報課"));
        assertEquals(List.of("建設課", "上下水道課"), lists.fromField("建設課・上下水道課"));
        assertEquals(List.of("健康課", "福祉課", "長寿課"),
                lists.fromSentence("こんにちは、福祉部長です。福祉部には健康課、福祉課、長寿課の3課があります。"));
        assertEquals(List.of(), lists.fromSentence("福祉部には三つの係があります。"));
    }

    @Test
    void theLeadOfAPolicyTitleIsTheDirectionWhereNoHeadingGivesOne() throws Exception {
        GoalDocument d = parse("福祉部の運営方針(令和5年度)", "誰もが支え合える地域をつくります。", "所管組織", "福祉課、介護課");
        assertEquals(List.of("誰もが支え合える地域をつくります。"), d.basicDirection());
        // a heading that names the direction wins over the lead
        GoalDocument headed = parse("福祉部の運営方針(令和5年度)", "本方針は年度末に評価します。", "基本方針",
                "誰もが支え合える地域をつくります。");
        assertEquals(List.of("誰もが支え合える地域をつくります。"), headed.basicDirection());
        // a goal sheet's title names no policy: its first prose is no direction
        GoalDocument sheet = parse("福祉部の組織目標(令和5年度)", "本目標は年度末に評価します。", "所管組織", "福祉課");
        assertEquals(List.of(), sheet.basicDirection());
    }

    @Test
    void aDateStandingAloneIsNoPartOfTheDirection() throws Exception {
        assertTrue(Texts.isBareDate("2024年6月10日"));
        assertTrue(Texts.isBareDate("(令和6年7月1日現在)"));
        assertFalse(Texts.isBareDate("令和6年7月1日に窓口を開設します。"));
        GoalDocument d = parse("令和6年度 企画部運営方針", "2024年6月10日", "基本目標", "未来につなぐまち");
        assertEquals(List.of("未来につなぐまち"), d.basicDirection());
    }

    @Test
    void aOneSentencePolicyIsItsOwnTitle() throws Exception {
        GoalDocument d = parse("福祉部のミッション", "取り組み方針", "1. 子育ての支えを広げます。", "2. 高齢の方の暮らしを守ります。",
                "取り組み内容と達成度", "1.子育て支援の拡充", "相談を年300件受けます。");
        assertEquals(java.util.List.of("子育ての支えを広げます", "高齢の方の暮らしを守ります"),
                d.priorityPolicies().stream().map(org.goalparse.model.PriorityPolicy::title).toList());
        assertEquals("子育ての支えを広げます。", d.priorityPolicies().get(0).text());
    }

    @Test
    void aGoalWrittenAsOneShortSentenceIsTitledByIt() throws Exception {
        GoalDocument d = parse("令和6年度 企画部 組織目標", "重点目標", "1 路線バスの利便性を高めます。",
                "2 市民アンケートで満足度を測り、施策に生かします。",
                "3 情報発信を強めます。広報紙を見直し、動画での発信も始めます。");
        assertEquals(java.util.Arrays.asList("路線バスの利便性を高めます", "市民アンケートで満足度を測り、施策に生かします", null),
                d.goals().stream().map(g -> g.title()).toList());
        // two sentences are the goal's text, not its name
        assertEquals("情報発信を強めます。広報紙を見直し、動画での発信も始めます。", d.goals().get(2).text());
    }

    @Test
    void aFormsNumberedAttitudeAndSloganAreItsBasicDirectionNotGoals() throws Exception {
        GoalDocument d = parse("建設部長実行宣言", "1 スローガン", "速く、確かに、やり抜きます。", "2 基本姿勢(基本方針)",
                "建設部長", "(かわかみ しんご)", "川上 慎吾", "道路と橋を長く使えるよう守り育てます。", "3 重点課題",
                "1 道路の点検を計画どおり進めます。", "2 通学路の安全対策を急ぎます。");
        assertEquals(List.of("速く、確かに、やり抜きます。", "道路と橋を長く使えるよう守り育てます。"), d.basicDirection());
        assertEquals(List.of(1, 2), d.goals().stream().map(g -> g.number()).toList());
        // the head's title, reading and name on three lines: the head, and no part of the basic direction
        assertEquals("川上 慎吾", d.head().name());
        assertEquals("かわかみしんご", d.head().reading().replace(" ", ""));
    }

    @Test
    void aNameSpreadOneKanjiApartIsTheHeadsName() throws Exception {
        GoalDocument d = parse("環境部長の仕事宣言", "環境部長 権 藤 之 守", "1 基本姿勢", "水と緑を守ります。");
        assertEquals("権藤之守", d.head().name());
        assertEquals(List.of("水と緑を守ります。"), d.basicDirection());
    }

    @Test
    void aUnitsSectionsUnderItsOwnNameAreSectionsNotItsTitle() throws Exception {
        GoalDocument d = parse("看護部理念・目標", "看護部 理念", "患者さんの暮らしに寄り添う看護を実践します", "令和7年度 看護部目標",
                "1. 退院後の暮らしを見すえ 切れ目のない療養支援を地域の事業所とともに形にする",
                "・退院支援の手順を見直す", "2. 専門資格の取得を支援する");
        assertEquals(List.of("患者さんの暮らしに寄り添う看護を実践します"), d.basicDirection());
        // a long goal wrapped once inside its sentence is titled whole; a part ending on a verb is no title
        assertEquals(List.of("退院後の暮らしを見すえ 切れ目のない療養支援を地域の事業所とともに形にする", "専門資格の取得を支援する"),
                d.goals().stream().map(g -> g.title()).toList());
    }

    @Test
    void theTitlePrintedTwiceKeepsItsLead() throws Exception {
        GoalDocument d = parse("令和2年度看護部目標", "令和2年度看護部目標", "誰もが頼れる病院を目指す",
                "1. 退院支援の充実", "2. 感染対策の徹底");
        assertEquals(List.of("誰もが頼れる病院を目指す"), d.basicDirection());
        assertEquals(2, d.goals().size());
    }

    @Test
    void theHeadsMessageIsTheUnitsBasicDirection() throws Exception {
        GoalDocument d = parse("令和5年度 議会事務局運営方針", "議会事務局長からのメッセージ", "議会事務局長 森川 一郎",
                "「開かれた議会」を合言葉に、議員の活動を支えます。");
        assertEquals(List.of("「開かれた議会」を合言葉に、議員の活動を支えます。"), d.basicDirection());
        assertEquals("森川 一郎", d.head().name());
    }

    @Test
    void aWardsWordsOnRunningTheYearAreItsBasicDirection() throws Exception {
        GoalDocument d = parse("ホーム", "くらし", "まちづくり", "区役所案内", "ここから本文です。", "北区の行政運営",
                "北区では、令和5年度の北区運営方針を策定しました。", "北区の運営にあたって",
                "自然を生かし、誰もが住み続けたいと思える北区を目指します。");
        assertEquals("北区", d.department());
        assertEquals(List.of("自然を生かし、誰もが住み続けたいと思える北区を目指します。"), d.basicDirection());
    }

    @Test
    void aSitesNoticeListIsNoGoalList() throws Exception {
        GoalDocument d = parse("本ページは過去の記録です。ご利用の際は次の点にご注意ください。",
                "1. 内容は掲載時点のものです。", "2. 担当課は変わっている場合があります。", "環境部の事後検証結果",
                "今年度の取り組みは順調に進んだ。");
        assertEquals(List.of(), d.goals());
    }

    @Test
    void aCityWrittenInKanaIsNamedByItsBody() throws Exception {
        GoalDocument d = parse("令和4年度の目標及びその達成に向けた活動計画", "都道府県名: 山梨県", "農業委員会名: みどりの市農業委員会",
                "1 担い手の育成及び確保");
        assertEquals("みどりの市", d.municipality());
        assertEquals("農業委員会", d.department());
    }

    @Test
    void aPolicysSubItemsNumberedOtherwiseStayInsideIt() throws Exception {
        GoalDocument d = parse("令和5年度 選挙管理委員会事務局運営方針", "主要施策・事務事業", "1 選挙事務の適正な執行",
                "(1) 統一選挙の準備", "投票所の確保を進めます。", "(2) 投票区の見直し", "学校の再編に合わせます。", "2 啓発の推進",
                "(1) 若い世代への啓発", "出前授業を行います。");
        assertEquals(List.of("選挙事務の適正な執行", "啓発の推進"),
                d.priorityPolicies().stream().map(p -> p.title()).toList());
        assertTrue(d.priorityPolicies().get(0).text().contains("(2) 投票区の見直し"));
    }

    @Test
    void aPageRunIntoOneLineKeepsItsTitlesUnitAndSpreadLabel() throws Exception {
        String line = "令和5年4月1日 令和5年度環境部の運営方針・組織目標 環境部長 川田一郎 標記について、市長から示された基本方針に基づき、"
                + "下記のとおり部の運営方針を示しますので、各課において組織目標を設定すること。 市政運営の基本方針 ① 令和5年度の各部の運営"
                + "方針を定めること。 【 部 の 方 針 】 *ごみの減量と資源の循環を進め、次の世代に良い環境を引き継ぐことを基本とする。";
        GoalDocument d = parse(line);
        // 各部の運営方針 far into the line is prose, not an index's title
        assertEquals("環境部", d.department());
        assertTrue(d.basicDirection().stream().anyMatch(t -> t.contains("ごみの減量と資源の循環を進め")), d.basicDirection()::toString);
    }

    @Test
    void priorityMeasuresLabelledInCirclesAreTheGoalsOfAFlattenedDeck() throws Exception {
        String line = "環境部の経営方針 部長 山川 花子 部長のマネジメント目標 丁寧な説明 取組み① 朝礼での共有 取組み② 研修の実施 "
                + "令和6年度 重点施策一覧 施策名重点施策① 窓口の待ち時間の短縮 重点施策② 資源回収の拡大 重点施策③ 公園の安全点検 "
                + "戦略体系図 上位目的 まちが清潔に保たれている 01 市民が分別を理解している 0101 新しい分別が知られている "
                + "0102 回収日が知られている 02 事業所が適正に処理している";
        GoalDocument d = parse(line);
        assertEquals(List.of("窓口の待ち時間の短縮", "資源回収の拡大", "公園の安全点検"),
                d.goals().stream().map(g -> g.title()).toList());
    }

    @Test
    void theYearsImportantUndertakingsOfAHeadsDeclarationAreItsGoals() throws Exception {
        GoalDocument d = parse("令和5年度 部長の政策宣言 市では、各部長が部内で取り組む事業の目標を定め、公表しています。 環境部長 川村 健一"
                + "(環境政策課、清掃課) 基本目標 ごみの減量と資源の循環を進め、きれいなまちを次の世代に引き継ぎます。 令和5年度重要事業 "
                + "1 分別ルールの見直し 市民の声を聞きながら、分かりやすい分別ルールに改めます。2 清掃工場の改修 老朽化した設備を"
                + "計画的に改修し、安定した処理を続けます。");
        assertEquals(List.of("分別ルールの見直し", "清掃工場の改修"), d.goals().stream().map(g -> g.title()).toList());
        assertEquals("環境部", d.department());
    }

    @Test
    void aBulletGoalTitledWithItsSchemesNameInQuotesIsStillAGoal() throws Exception {
        GoalDocument d = parse("令和5年度 北部振興局 運営目標", "主な運営目標", "○地域の特色を生かした農業の振興",
                "・新しい品種の試験栽培", "○自然を生かした観光の振興「海と山の観光構想」", "・観光ガイドの養成 30人",
                "○地域産業の振興", "・創業の相談会 12回");
        assertEquals(List.of("地域の特色を生かした農業の振興", "自然を生かした観光の振興「海と山の観光構想」", "地域産業の振興"),
                d.goals().stream().map(g -> g.title()).toList());
        assertEquals(0, new java.math.BigDecimal("30").compareTo(d.goals().get(1).targets().get(0).value()));
    }

    @Test
    void aPageOpeningOnOneOfTheUnitsSectionsReadsItAsThatSection() throws Exception {
        GoalDocument d = parse("看護部の理念", "患者に寄り添い、安全で温かな看護を届けます。", "看護部の基本方針",
                "一人ひとりの思いを尊重します", "地域の医療機関と連携します");
        assertEquals("看護部", d.department());
        assertEquals("患者に寄り添い、安全で温かな看護を届けます。", d.basicDirection().get(0));
        GoalDocument titled = parse("看護部の基本方針", "(令和6年4月1日現在)", "部署名 看護部", "基本方針",
                "一人ひとりの思いを尊重します。");
        assertEquals(List.of("一人ひとりの思いを尊重します。"), titled.basicDirection(), "the page's title, its section below");
    }

    @Test
    void theBasicStanceUnderItsOwnLineIsTheBasicDirection() throws Exception {
        GoalDocument d = parse("令和6年4月1日", "北山町農業委員会", "基本的な考え方", "担い手への農地の集積を進め、遊休農地の発生を防ぎます。",
                "活動の目標", "1 遊休農地の解消", "解消面積を年5ヘクタールとする。");
        assertEquals(List.of("担い手への農地の集積を進め、遊休農地の発生を防ぎます。"), d.basicDirection());
    }

    @Test
    void theHeadsWordsRightAfterHisNameAreHisMessageWhenNoSectionGivesTheDirection() throws Exception {
        String message = "当院は地域で唯一の救急病院です。住み慣れた場所で暮らし続けられるよう、看護部は地域とともに支えていきます。";
        GoalDocument d = parse("看護部長 森田 花子", message, "令和6年度 看護部目標", "1.看護の質の向上", "2.働きやすい職場づくり");
        assertEquals(List.of(message), d.basicDirection());
        GoalDocument directed = parse("看護部長 森田 花子", "当院は地域で唯一の救急病院です。", "看護部の理念",
                "温かな看護を届けます。", "令和6年度 看護部目標", "1.看護の質の向上");
        assertEquals(List.of("温かな看護を届けます。"), directed.basicDirection(), "a section of the direction comes first");
    }

    @Test
    void guardsOfTheSessionsRules() throws Exception {
        GoalDocument profile = parse("看護部長 森田 花子", "昭和45年生まれ。", "令和6年度 看護部目標", "1.看護の質の向上",
                "2.働きやすい職場づくり");
        assertEquals(List.of(), profile.basicDirection(), "a short line after the head's name is his profile");
        GoalDocument bracketed = parse("【看護部の理念】", "患者に寄り添い、温かな看護を届けます。", "看護部の基本方針",
                "一人ひとりの思いを尊重します");
        assertEquals("患者に寄り添い、温かな看護を届けます。", bracketed.basicDirection().get(0));
        GoalDocument slogan = parse("令和6年度 環境部 運営方針", "重点目標", "○スローガン「みんなで創るきれいなまち」",
                "○ごみの減量の推進", "○資源回収の拡大");
        assertTrue(slogan.goals().stream().noneMatch(g -> g.title() != null && g.title().startsWith("スローガン")),
                () -> slogan.goals().toString());
        GoalDocument method = parse("令和6年度 環境部 事務事業評価", "評価の基本的な考え方", "評価は三段階で行います。");
        assertTrue(method.basicDirection().isEmpty(), () -> method.basicDirection().toString());
    }

    @Test
    void aFarmCommitteesSelfCheckFormNamesItsBodyAndCityAndHasNoGoals() throws Exception {
        // a city the dictionary cuts apart (北|筑|市) before its body: the body is the unit, the place its city
        assertEquals("農業委員会", DepartmentFinder.clean("北筑市農業委員会"));
        assertArrayEquals(new String[] {"北筑市", "農業委員会"}, DepartmentNames.placeAndBody("北筑市 農業委員会"));
        assertNull(DepartmentNames.placeAndBody("北筑市の農業委員会"), "a line that is more than place and body");
        assertNull(DepartmentNames.placeAndBody("市民生活部"));
        GoalDocument form = parse("令和5年度の目標及びその達成に向けた活動の点検・評価", "(別紙 様式1)", "栃木県",
                "北筑市農業委員会", "Ⅰ 法令事務に関する点検", "1 総会等の開催", "(1) 開催日の周知", "ア 周知している",
                "イ 周知していない又は周知していなかった", "(2) 議事録の作製", "ア 作製している", "イ 作製していない",
                "2 農地法第3条に基づく許可事務", "(1) 事実関係の確認", "申請の内容を現地で確かめている。");
        assertEquals("北筑市", form.municipality(), "the city of the body, not the prefecture above it");
        assertEquals("農業委員会", form.department());
        assertEquals(List.of(), form.goals(), "the points checked and the answers to tick are no goals");
        // a checklist's answers alone are no goal list either
        GoalDocument answers = parse("令和5年度 農業委員会 点検表", "ア 公表している", "イ 公表していない",
                "ウ 公表していなかった");
        assertEquals(List.of(), answers.goals());
    }

    @Test
    void aHeadsNameSpreadToItsFieldAndWrappedIsOneName() throws Exception {
        // 上下水道部長 山 﨑 / 武 司: the family name ends the title's line, the given name fills the next
        GoalDocument d = parse("平成26年度 上下水道部長「政策宣言」達成状況報告", "上下水道部長 川 﨑", "健 司", "〇 平成26年度重要事業");
        assertEquals("川﨑 健司", d.head().name());
        assertEquals("部長", d.head().title());
        assertNull(HeadFinder.spreadOverTwoLines("川﨑", "事業名"), "a form's label under the title is no given name");
        assertNull(HeadFinder.spreadOverTwoLines("川﨑", "1 窓口の改善"));
        assertNull(HeadFinder.spreadOverTwoLines("川", "健"), "two kanji are too few to be sure");
    }

    @Test
    void theHeadsAimsAreTheBasicDirection() throws Exception {
        GoalDocument d = parse("ホーム > 組織 > 部局からのメッセージ > 環境部長メッセージ", "環境部長 森 一郎",
                "◇環境部長の抱負", "豊かな森と川を次の世代に引き継ぎます。", "◇環境部の仕事への基本姿勢",
                "現場に足を運び、地域の声から仕事を始めます。");
        assertEquals(List.of("豊かな森と川を次の世代に引き継ぎます。", "現場に足を運び、地域の声から仕事を始めます。"),
                d.basicDirection());
    }

    @Test
    void aTitlesSpaceAfterAnAdjectiveIsNoEndOfTheTitle() throws Exception {
        GoalDocument d = parse("令和6年度 部局経営目標【福祉部】", "部局の経営方針",
                "1途切れのない 高齢者の見守り体制の充実", "地域の見守り員と連携し、訪問を続けます。",
                "2大きな 災害への備え", "避難所の運営訓練を行います。");
        assertEquals(List.of("途切れのない 高齢者の見守り体制の充実", "大きな 災害への備え"),
                d.goals().stream().map(g -> g.title()).toList());
    }

    @Test
    void aGoalAboutResultsOrInTwoPhrasesIsStillAGoal() throws Exception {
        // 成果の可視化: a goal about making results visible opens no section of results; a headline in two parts
        // with a stop between them is one title
        GoalDocument d = parse("看護部の目標", "", "1.看護の質を高める", "", "2.患者サービスの実践。地域との関係作り", "",
                "3.成果の可視化、専門性の発揮");
        assertEquals(List.of("看護の質を高める", "患者サービスの実践。地域との関係作り", "成果の可視化、専門性の発揮"),
                d.goals().stream().map(g -> g.title()).toList());
        assertEquals(org.goalparse.lexicon.Lexicon.Section.ACHIEVEMENT, org.goalparse.lexicon.Lexicon.Section.of("取組の成果"),
                "取組の成果 still names the results");
        assertEquals(org.goalparse.lexicon.Lexicon.Section.ACHIEVEMENT, org.goalparse.lexicon.Lexicon.Section.of("成果と課題"));
    }

    @Test
    void aBranchOfficeIsNamedByItsHead() throws Exception {
        // a prefecture's branch office prints no 部 or 局: its head's line names it
        GoalDocument d = parse("今年度の重点", "", "北浜土木事務所長 森川 一郎", "", "1 橋の点検を終える", "2 河川の護岸を直す",
                "道路と河川の維持管理を進め、今年度の目標を達成します。");
        assertEquals("北浜土木事務所", d.department());
        assertEquals("所長", d.head().title());
        assertEquals("森川 一郎", d.head().name());
    }

    @Test
    void aBodyQuotedInASentenceIsNotTheUnit() throws Exception {
        GoalDocument d = parse("令和6年度 重点取組の達成状況",
                "評価は、委員で構成される「サービス評価小委員会」の意見を聞いてまとめています。",
                "重点目標1 資料の収集と保存の充実", "重点取組1-1 多様な資料の収集", "重点取組1-2 保存環境の改善");
        assertNull(d.department());
        // 重点取組1-1 is no item 1 with the text "-1 …"; the policy's one phrase is its title
        assertEquals(List.of("資料の収集と保存の充実"), d.priorityPolicies().stream().map(p -> p.title()).toList());
        assertTrue(d.priorityPolicies().stream().noneMatch(p -> p.text().startsWith("-")));
    }

    @Test
    void aBodyOfThePrefectureAndItsCityTogetherIsNoPublisher() throws Exception {
        GoalDocument osaka = parse("令和6年度 消防局運営方針", "", "大阪府市統合本部で検討されている制度に即して消防力を強化する。",
                "", "1 火災の予防", "2 救命率の向上");
        assertNull(osaka.municipality());
        GoalDocument division = parse("令和6年度 県民生活部運営方針", "", "岡山県市町村課と連携して進める。", "",
                "1 相談窓口の充実", "2 広報の強化");
        assertEquals("岡山県", division.municipality(), "県市町村課 is a prefecture's division: it still names it");
    }

    @Test
    void aWardsTemplateGivesItsIssuesAndPillarsNotItsMission() throws Exception {
        // the mission's numbered sentences are what the bureau is for; the issue under 経営課題1 is a goal
        GoalDocument bureau = parse("令和6年度 水道局運営方針", "", "【局の目標(何をめざすのか)】", "", "安全な水を届け続ける。", "",
                "【局の使命(どのような役割を担うのか)】", "", "1.水質の検査を徹底し、安全な水を届ける。", "",
                "2.管路を計画的に更新し、漏水を減らす。", "", "重点的に取り組む主な経営課題", "", "経営課題1", "",
                "■管路の更新と漏水の削減", "", "老朽管の更新を進める。");
        assertEquals(List.of("管路の更新と漏水の削減"), bureau.goals().stream().map(g -> g.title()).toList());
        // a ward's pillars with the fields each covers: the note in brackets is no part of the title
        GoalDocument ward = parse("令和6年度 東浜区運営方針", "", "区運営の基本的な考え方(区長の方針)", "",
                "上記の使命を踏まえ次の3つの柱を立てる。", "", "1 健やかに暮らせるまち(主に福祉、健康)", "",
                "2 災害に強いまち(主に防災、防犯)", "", "3 こどもが育つまち(主に子育て)");
        assertEquals(List.of("健やかに暮らせるまち", "災害に強いまち", "こどもが育つまち"),
                ward.goals().stream().map(g -> g.title()).toList());
    }

    @Test
    void whoWritesTheGoalsIsNoGoalList() throws Exception {
        GoalDocument d = parse("部長目標宣言", "部長目標宣言とは", "各部長が重点的に取り組む施策の目標を公表しています。",
                "作成する人", "1.各部長", "2.教育次長・主幹", "公表の時期", "毎年5月に公表します。");
        assertTrue(d.goals().isEmpty(), () -> "goals: " + d.goals());
    }

    @Test
    void goalsAnnouncedAloudInATranscriptAreRead() throws Exception {
        GoalDocument d = parse("令和元年度 環境部長マニフェスト", "",
                "皆さん、こんにちは。環境部長の森でございます。今年度のマニフェストを2つ紹介します。", "",
                "まず、1番目、ごみ減量運動の推進でございます。昨年は目標の30パーセントに届きませんでした。", "",
                "続きまして2点目が、公園を広く知ってもらうため、利用者数を年間12万人以上にすることを目指します。", "",
                "以上でございます。");
        assertEquals(2, d.goals().size(), () -> "goals: " + d.goals());
        assertEquals("ごみ減量運動の推進", d.goals().get(0).title());
        assertTrue(d.goals().get(0).targets().isEmpty(), "the talk around a titled goal gives no target");
        assertNull(d.goals().get(1).title(), "a sentence too long for a title stays the goal's text");
        assertEquals(1, d.goals().get(1).targets().size());
    }

    @Test
    void aFlattenedListOfOneWordTitlesAfterABracketedLabelIsTheGoalList() throws Exception {
        // a PDF flattened to one line: each item cut at its number, the last one's word ended before a page number
        GoalDocument d = parse("様式1 令和2年度 水道局長マニフェスト 水道局長 北山 進 ■ 経営方針(基本姿勢など) "
                + "水道の任務は、安全な水を休まず届けることにあります。施設の更新を計画的に進め、災害に備えます。"
                + "職員の技術を次の世代に引き継ぎ、お客さまの信頼に応えます。【令和2年度における重点施策】 "
                + "1.管路の更新 2.浄水場の耐震化 3.技術の継承 12 様式2 重点施策1 管路の更新 〈取組方針〉 古い管を順に替えます。");
        assertEquals(List.of("管路の更新", "浄水場の耐震化", "技術の継承"),
                d.goals().stream().map(g -> g.title()).toList());
    }

    @Test
    void shortSentencesBulletedRightUnderAGoalHeadingAreTheGoals() throws Exception {
        GoalDocument d = parse("看護部の紹介", "理念", "地域に信頼される看護を届けます", "基本方針",
                "1. 安全な看護を提供します", "2. 学び続ける職場をつくります", "令和6年度看護部目標",
                "・退院後の暮らしを見すえた看護を提供します", "・専門職として学び合い、看護の質を高めます", "・病院の運営に参画します");
        assertEquals(List.of("退院後の暮らしを見すえた看護を提供します", "専門職として学び合い、看護の質を高めます",
                "病院の運営に参画します"), d.goals().stream().map(g -> g.title()).toList());
        // stated issues (sentences with a stop) under 重点課題 are no goals
        GoalDocument issues = parse("令和3年度 総務部 運営目標シート", "【重点課題】", "・税収が伸び悩んでいる。",
                "・職員が減っている。", "【運営目標】", "(1) 収納率の向上", "(2) 研修の充実");
        assertEquals(List.of("収納率の向上", "研修の充実"), issues.goals().stream().map(g -> g.title()).toList());
    }

    @Test
    void anOfficesNameFieldInAFlattenedLineNamesTheUnit() throws Exception {
        GoalDocument d = parse("令和元年度組織目標の年度末評価 事務所名:東部土木事務所 1 目標項目 ◆ 道路の維持管理の徹底 "
                + "・パトロールを毎週行い、危ない箇所を早く見つけます。・舗装の補修を早め、通る人の安全を守ります。 ◆ 河川の改修 "
                + "・護岸を整え、大雨に備えます。工事の遅れはなく、予定の区間を年度内に終えることができました。");
        assertEquals("東部土木事務所", d.department());
    }

    @Test
    void aTitlesYearWithoutItsEraIsAHeiseiYearOnlyWhereNoReiwaYearCouldBe() throws Exception {
        GoalDocument d = parse("部局運営方針 26年度の部局運営にあたって", "■部の使命", "○ 暮らしの安全を守ります");
        assertEquals(2014, d.fiscalYear().year());
        assertTrue(d.warnings().stream().anyMatch(w -> w.contains("平成26年度")), () -> "warnings: " + d.warnings());
        // 5年度 could be 平成5年度 or 令和5年度: unread
        GoalDocument low = parse("部局運営方針 5年度の部局運営にあたって", "■部の使命", "○ 暮らしの安全を守ります");
        assertNull(low.fiscalYear());
    }

    @Test
    void theCityPlansGoalsListedUnderItsNameAreNoUnitsGoals() throws Exception {
        GoalDocument d = parse("評価結果のお知らせ", "町では、事務事業の評価を行っています。", "令和5年度 施策評価の結果",
                "〈第8次総合計画 基本目標〉", "(1)みんなでつくるまち", "(2)学び育つまち", "(3)にぎわうまち");
        assertTrue(d.goals().isEmpty(), () -> "goals: " + d.goals());
        // the same list under a heading of the unit's own is its goals
        GoalDocument own = parse("令和5年度 企画部 運営方針", "〈部の目標〉", "(1)みんなでつくるまち", "(2)学び育つまち");
        assertEquals(2, own.goals().size());
    }

    @Test
    void itemsLabelledRunningPolicyAndNumberedAreTheBureausPoints() throws Exception {
        GoalDocument d = parse("令和2年度 水道局の取組について", "本年度の方針を定めましたのでお知らせします。",
                "運営方針1 管路更新計画の推進", "・「老朽管の計画的な更新」 など", "運営方針2 災害に強い水道の構築",
                "・「応急給水体制の強化」 など", "運営方針3 お客さまサービスの向上", "・「窓口手続きの簡素化」 など");
        assertEquals(List.of("管路更新計画の推進", "災害に強い水道の構築", "お客さまサービスの向上"),
                d.goals().stream().map(g -> g.title()).toList());
    }
}
