package org.goalparse.interpret;

import static org.goalparse.interpret.Fragments.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.goalparse.model.GoalDocument;
import org.junit.jupiter.api.Test;

/**
 * Precision guards on the document-level fields (municipality, department, fiscal year, head), on invented fragments
 * shaped like the real documents: a value the parser is not sure of stays null.
 */
class PrecisionRulesTest {
    @Test
    void aWardOfADesignatedCityIsNoMunicipalityButTheUnitOfItsOwnPage() throws Exception {
        GoalDocument d = parse("このページの先頭です", "令和5年度東区運営方針", "最終更新日 2023年5月10日", "基本目標",
                "川と緑がつなぐ、住みよいまち東区", "・防災訓練を各地区で開きます。");
        assertNull(d.municipality());
        assertEquals("東区", d.department());
        assertEquals(2023, d.fiscalYear().year());
    }

    @Test
    void aWardAfterItsCityLeavesTheCityAndASpecialWardIsAMunicipality() throws Exception {
        GoalDocument d = parse("令和5年度 東区運営方針", "青葉台市東区は、青葉台市の東の玄関口です。");
        assertEquals("青葉台市", d.municipality());
        GoalDocument s = parse("令和5年度 総務部 組織目標", "世田谷区の総務部は、区政の基盤を支えます。");
        assertEquals("世田谷区", s.municipality());
        assertEquals("総務部", s.department());
    }

    @Test
    void aWardOfficesLineStillNamesTheOfficeAndItsHead() throws Exception {
        GoalDocument d = parse("南区役所", "更新日:2024年6月1日", "南区長 川村 一郎", "このような考え方で組織を運営します",
                "区民に身近な窓口として、南区の暮らしを支えます。");
        assertNull(d.municipality());
        assertEquals("南区役所", d.department());
        assertEquals("川村 一郎", d.head().name());
    }

    @Test
    void aMarketIsNoCity() {
        // 新魚市場: the 市 of 市場 (a market) ends no city's name
        assertNull(new MunicipalityFinder().find(List.of("産業振興部のミッション",
                "新青果市場の完成に向けて、市場関係者と準備を進めます。")));
    }

    @Test
    void aLoneItemNumberedFarFromOneIsNoGoal() throws Exception {
        // a sheet's figures flattened into one line: 36 stood in a cell before 収入未済額, and no 35 or 37 is near
        GoalDocument d = parse("令和2年度 組織目標の年度末評価", "事務所名:北部税務事務所", "1 目標項目", "<ミッション>",
                "公平な課税", "◆ 滞納整理の推進", "7年度実績", "36 収入未済額 その他整理未済額 (説明) 未済額は縮減となりました。");
        assertTrue(d.goals().stream().noneMatch(g -> Integer.valueOf(36).equals(g.number())), d.goals().toString());
        assertTrue(d.warnings().stream().anyMatch(w -> w.contains("lone item numbered 36")), d.warnings().toString());
    }

    @Test
    void onlyTheFortySevenPrefecturesArePrefectures() {
        MunicipalityFinder f = new MunicipalityFinder();
        // a head's family name before 県民生活部長, a region's 県税事務所: no prefecture of those names exists
        assertNull(f.find(java.util.List.of("会議には、田辺県民生活部長、佐野総務部長が出席した。")));
        assertNull(f.find(java.util.List.of("北部県税事務所と連携し、滞納の整理を進める。")));
        assertEquals("岐阜県", f.find(java.util.List.of("岐阜県 県土整備部", "県民生活の安全を支える。")));
    }

    @Test
    void aTownsNameIsTheWholeKanjiRunBeforeItsSuffix() {
        assertEquals("愛荘町", new MunicipalityFinder().find(java.util.List.of("トップページ > 町政 > 愛荘町の組織目標",
                "愛荘町では毎年度、各課が目標を定めます。")));
        // a numeral opening the name (十|和田|市 to the dictionary) is part of it; after 第 it is a number
        assertEquals("十和田市", new MunicipalityFinder().find(java.util.List.of("市の重点目標", "第2次十和田市総合計画の策定",
                "各部が目標を定めます。")));
        assertEquals("八王子市", new MunicipalityFinder().find(java.util.List.of("八王子市 総務部の運営方針")));
    }

    @Test
    void theUnitTheTitleNamesOutranksEveryDepartmentInProse() throws Exception {
        GoalDocument d = parse("令和3年度(2021年度)観光部運営方針(年度評価)", "2022年7月1日", "組織の使命",
                "観光部は,庁内各部局と連携し,部局横断的なテーマに取り組みます。");
        assertEquals("観光部", d.department());
        GoalDocument index = parse("令和5年度 各部局の運営方針", "総務部運営方針", "企画部運営方針", "観光部運営方針");
        assertNull(index.department());
    }

    @Test
    void anOfficeEndingInShitsuIsTheUnitInItsTitleOrAboveItsHeadsLine() throws Exception {
        GoalDocument d = parse("平成29年度 子育て支援室長「政策宣言」達成状況報告", "子育て支援室長 川田 二郎");
        assertEquals("子育て支援室", d.department());
        assertEquals("川田 二郎", d.head().name());
        GoalDocument p = parse("このページの先頭です", "本文ここから", "広報戦略室", "更新日:2022年9月1日",
                "室長の写真広報戦略室長山田 一郎", "このような考え方で組織を運営します", "市政の情報を届けます。");
        assertEquals("広報戦略室", p.department());
        assertEquals("山田 一郎", p.head().name());
    }

    @Test
    void aUnitPrintedDownAColumnIsReadTopToBottom() throws Exception {
        GoalDocument d = parse("平成25年度 重点目標設定シート", "部の目標", "実施目標", "窓口の待ち時間を短くする。",
                "市", "民", "部", "安", "心", "な", "暮", "ら", "し");
        assertEquals("市民部", d.department());
    }

    @Test
    void aHeadsNameInsideALongLineEndsAtTheNextNumberedItem() throws Exception {
        GoalDocument d = parse("平成26年度 建設部長 マニフェスト達成状況 顔写真 建設部長 : 川上 三郎 1.自己点検 ○全体的な所感 道路の維持を進めた。");
        assertEquals("建設部", d.department());
        assertEquals("川上 三郎", d.head().name());
    }

    @Test
    void aTitleBeforeTheNameInANameCellIsNoPartOfTheName() throws Exception {
        GoalDocument d = parse("北部事務所 市民局 市民課の工程表", "部局名 | 部局長名 | 所属名 | 所属長名 | 職員数 |",
                "北部事務所市民局 | 所長 山本一夫、局長 川口花子 | 市民課 | 森田守 | 10 |");
        assertEquals("北部事務所市民局", d.department());
        assertEquals("川口花子", d.head().name());
        GoalDocument one = parse("未来推進局 企画課の工程表", "部局名 | 部局長名 | 所属名 | 所属長名 | 職員数 |",
                "未来推進局 | 局長 岡田隆 | 企画課 | 若林一 | 16 |");
        assertEquals("岡田隆", one.head().name());
    }

    @Test
    void aDeadlineAStartOrAnEditionIsNoFiscalYearButAYearGluedToADeclarationIs() throws Exception {
        GoalDocument d = parse("部長マニフェスト", "白浜市の福祉部長宣言2018には次の事業がある。",
                "・事業の目標→令和3年度までに相談窓口を全地区に置く。", "令和3年度版の手引を配る。");
        assertEquals(2018, d.fiscalYear().year());
        GoalDocument mission = parse("現在地 ホーム > 市民部 > ミッション2012", "ミッション2012", "本文",
                "部や課の目標を明らかにするミッションを公表します。");
        assertEquals(2012, mission.fiscalYear().year());
        GoalDocument n = parse("重点目標", "○消防団員数を令和8年度に5,000人にする。", "令和2年度より、準備を進めている。",
                "(令和元年度 120人)");
        assertNull(n.fiscalYear());
    }

    @Test
    void theYearUnderTheSheetsThisYearsTargetColumnIsTheFiscalYear() throws Exception {
        GoalDocument d = parse("北部事務所 市民局 市民課の工程表", "(3)今年度の目標", "○窓口の待ち時間を短くする。",
                "| 基準値 | 年度当初値 | 今年度目標値 | 今年度実績値 | 長期的目標値 |",
                "時点 | 平成23年度 | | 平成25年度 | | 平成27年度 |", "数値 | 30分 | | 20分 | | 10分 |");
        assertEquals(2013, d.fiscalYear().year());
    }

    @Test
    void aMonthInTheSheetsAsOfRowGivesTheFiscalYearItFallsIn() throws Exception {
        GoalDocument d = parse("総務部 管財課の工程表", "(2)今年度の目標", "・庁舎の省エネ化を進める",
                "| 基準値 | 年度当初値 | 今年度目標値 | 今年度実績値 | 長期的目標値 |",
                "数値 | 4 | 1 | 6 | 6 | ─ |", "時点 | R5.4 | R5.3 | R6.3 | R6.3 | |");
        assertEquals(2023, d.fiscalYear().year()); // March of 令和6 closes 令和5年度
        assertEquals(2019, FiscalYearFinder.fiscalYearOfMonth("令和元年5月").year());
        assertNull(FiscalYearFinder.fiscalYearOfMonth("R1.3"));
    }

    @Test
    void theYearAfterAnEvaluationSheetsYearLabelBeatsItsColumnsOfYears() throws Exception {
        GoalDocument d = parse("事業進行管理表", "評価年度:2019年度", "年度 2017年度 2018年度 2019年度",
                "事業目標 窓口の待ち時間を短くする 2017年度 2017年度 2017年度");
        assertEquals(2019, d.fiscalYear().year());
        GoalDocument target = parse("事業進行管理表", "目標年度:2025年度", "令和元年度 組織目標");
        assertEquals(2019, target.fiscalYear().year()); // a 目標年度 is a deadline, not the sheet's year
    }

    @Test
    void aGregorianYearWithItsEraInParenthesesIsTheFiscalYear() throws Exception {
        GoalDocument d = parse("2004(平成16)年度 当初予算 事業目的評価表", "事業名 窓口サービスの向上",
                "数値目標 窓口の待ち時間 目標 10分 実績 12分");
        assertEquals(2004, d.fiscalYear().year());
        assertEquals("平成", d.fiscalYear().era());
    }

    @Test
    void anArchiveOfSeveralYearsDeclarationsHasNoFiscalYear() throws Exception {
        GoalDocument d = parse("部長の目標宣言", "各部長が重点的に取り組む施策を公表しています。", "令和5年度部長目標宣言",
                "令和4年度部長目標宣言", "令和3年度部長目標宣言");
        assertNull(d.fiscalYear());
    }

    @Test
    void aHeadsTitleWithoutANameIsNoHead() throws Exception {
        GoalDocument d = parse("令和6年度 市民部の目標", "市民部長", "1 窓口の改善", "待ち時間を短くする。");
        assertNull(d.head());
    }

    @Test
    void theStartOfAPlanPeriodInTheTitleStaysTheYearAndAFiguresBracketedDateIsNone() throws Exception {
        GoalDocument d = parse("事業プラン(計画期間:令和3年度~令和4年度)の目標値",
                "事業 | 指標 | 現状値 | 目標値 |", "防犯 | 登録者数 | 14,989人 / (令和2年度) | 16,000人 |");
        assertEquals(2021, d.fiscalYear().year());
    }

    @Test
    void aMidTermPlansTermOfYearsGivesNoFiscalYear() throws Exception {
        GoalDocument d = parse("市立病院 中期経営計画", "令和4年度~令和8年度",
                "地域の急性期医療を担い続けるため、第2次計画(平成29年度~令和3年度)を見直しました。");
        assertNull(d.fiscalYear());
    }

    @Test
    void aTableOfContentsIsNoGoalList() throws Exception {
        GoalDocument d = parse("令和2年度 市立博物館 自己評価", "1 令和2年度 自己評価書……P1", "2 主要指標……P9",
                "展示の充実を図り、来館者に親しまれる館を目指します。");
        assertTrue(d.goals().isEmpty(), () -> d.goals().toString());
        GoalDocument dots = parse("令和2年度 市立博物館 自己評価", "1 自己評価書・・・・・1", "2 主要指標・・・・・9");
        assertTrue(dots.goals().isEmpty(), () -> dots.goals().toString());
    }

    @Test
    void goalsNumberedDownToOneAreAGradingScale() throws Exception {
        GoalDocument d = parse("事業進行管理表", "評価年度:2019年度", "3ヵ年の事業目標に対する達成状況",
                "5 大きく優る 0 0", "4 やや優る 1 0", "3 適正 3 0", "2 やや劣る 0 0", "1 劣る 0 0",
                "事務事業名 窓口の案内に関する事務所管課 市民部市民課");
        assertEquals(List.of("窓口の案内に関する事務"), d.goals().stream().map(g -> g.title()).toList());
        GoalDocument up = parse("令和元年度 市民部 組織目標", "重点目標", "1 窓口の改善", "2 待ち時間の短縮", "3 案内の充実");
        assertEquals(3, up.goals().size());
    }

    @Test
    void aFormsLabelAfterAGluedNameIsNoGivenName() {
        assertNull(PersonNames.name("田中一郎 達成度")); // a report's head line: 消防局長 田中一郎 達成度 - 5 3 1
        assertNull(PersonNames.name("田中一郎 実績"));
        assertEquals("田中 一郎", PersonNames.name("田中 一郎"));
    }

    @Test
    void aPipeRowWrappedInsideACellIsOneRow() throws Exception {
        GoalDocument d = parse("北部事務所 市民局 市民課の工程表", "部局名 | 部局長名 | 所属名 | 所属長名 | 職員数 |",
                "北部事務所市民局 | 所長 山本一夫", "局長 川口花子 | 市民課 | 森田守 | 10 |");
        assertEquals("北部事務所市民局", d.department());
        assertEquals("川口花子", d.head().name());
    }

    @Test
    void placesNamedOnceEachInPassingNameNoPublisher() throws Exception {
        GoalDocument passing = parse("令和4年度 副都心推進局 運営方針", "局の目標",
                "大阪府、大阪市及び堺市の関係部局と連携しながら、広域の取組を進める。", "1 広域連携の推進", "2 制度の研究");
        assertNull(passing.municipality());
        GoalDocument owner = parse("坂出市立病院 > 看護部長", "看護部長あいさつ", "丸亀市など近隣の病院とも連携しています。",
                "看護部の理念", "患者さんに寄り添う看護を届けます。");
        assertEquals("坂出市", owner.municipality(), "the one named as the owner of the page's body");
        GoalDocument titled = parse("坂出市 令和6年度 市民部 運営方針", "部の目標", "1 窓口の改善", "2 相談の充実",
                "近隣の丸亀市立図書館とも連携します。");
        assertEquals("坂出市", titled.municipality(), "the place the opening names, not one owning a body in passing");
        GoalDocument twice = parse("若葉台市 令和6年度 市民部 運営方針", "若葉台市民のくらしを守ります。", "隣の堺市とも協力します。");
        assertEquals("若葉台市", twice.municipality());
    }

    @Test
    void aSisterCityAbroadIsNoMunicipality() throws Exception {
        assertTrue(MunicipalityFinder.isForeignCity("ブルーミントン市"));
        assertFalse(MunicipalityFinder.isForeignCity("南アルプス市"), "a Japanese city has kanji in its name");
        assertFalse(MunicipalityFinder.isForeignCity("ニセコ町"), "a town may be named in katakana");
        GoalDocument speech = parse("令和7年度 施政方針", "重点的な取組", "姉妹都市であるアーメダバード市との交流を深めます。",
                "国際交流の推進に取り組みます。");
        assertNull(speech.municipality(), "the sister city abroad is not the publisher");
    }

    @Test
    void aLabelNamingAKindOfGoalsIsNoTextOfTheMission() throws Exception {
        // ◎組織目標 between the mission and the basic philosophy: a heading the lexicon does not give a section
        GoalDocument d = parse("令和6年度 消防局運営方針", "◎消防の使命", "「安心して暮らせるまちをつくる」", "◎組織目標",
                "「信頼される組織」", "◎基本理念", "消防局は、災害への備えを進めます。", "◎運営方針", "1.火災予防の推進");
        assertEquals(List.of("「安心して暮らせるまちをつくる」", "「信頼される組織」", "消防局は、災害への備えを進めます。"),
                d.basicDirection());
    }
}
