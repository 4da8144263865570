package org.goalparse.interpret;

import static org.goalparse.interpret.Fragments.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.goalparse.model.Goal;
import org.goalparse.model.GoalDocument;
import org.junit.jupiter.api.Test;

/** Which list of a document is its goal list, and what in it is a goal (fragments invented, shaped like the genre). */
class GoalListRulesTest {
    private static List<String> titles(GoalDocument d) {
        return d.goals().stream().map(Goal::title).toList();
    }

    @Test
    void unnumberedHeadlinesEachOverAParagraphUnderAMeansHeadingAreTheGoals() throws Exception {
        GoalDocument d = parse("令和7年度 梅園区運営方針", "基本目標", "みんなでつくる 住みよいまち",
                "目標達成に向けた施策", "三つの柱で取り組みます。",
                "防犯に強いまちづくり", "防犯灯の点検を続け、地域の見回り活動に参加する人を増やします。",
                "高齢の方の暮らしを支える取組", "見守りの担い手を育て、相談の窓口を地域ケアプラザに広げていきます。",
                "公園をいかしたにぎわいづくり", "公園での催しを年6回開き、区の内外から人が集まる場をつくります。",
                "組織運営", "1 丁寧な窓口", "2 働き方の見直し");
        assertEquals(List.of("防犯に強いまちづくり", "高齢の方の暮らしを支える取組", "公園をいかしたにぎわいづくり"), titles(d));
        assertEquals("6回", d.goals().get(2).targets().get(0).text().replaceAll(".*?(\\d)", "$1"));
    }

    @Test
    void headlinesOverParagraphsNeedAGoalHeadingAndThreeInARow() throws Exception {
        GoalDocument notices = parse("区からのお知らせ", "夏祭りの開催", "今年も川沿いの広場で夏祭りを開きます。ぜひお越しください。",
                "図書館の休館", "館内の工事のため、8月は休館します。ご迷惑をおかけします。",
                "健診のご案内", "今年度の健診は、区内の協力医療機関で受けられます。");
        assertTrue(notices.goals().isEmpty(), titles(notices).toString());
        GoalDocument two = parse("重点施策", "防犯に強いまちづくり", "防犯灯の点検を続け、地域の見回り活動に参加する人を増やします。",
                "公園をいかしたにぎわいづくり", "公園での催しを年6回開き、区の内外から人が集まる場をつくります。");
        assertTrue(two.goals().stream().noneMatch(g -> g.number() == null), titles(two).toString());
    }

    @Test
    void aGradingScaleOrAPageExplainingTheSystemHasNoGoals() throws Exception {
        GoalDocument scale = parse("市が各部の目標の達成度を公表", "評価は", "①計画以上", "②計画通り", "③計画未満",
                "④評価不能(災害などで実施できなかった場合)", "の4段階で、各部が自己評価した。");
        assertTrue(scale.goals().isEmpty(), titles(scale).toString());
        GoalDocument system = parse("組織目標について", "1 組織目標制度とは", "各部が年度の目標を定め、公表する仕組みです。",
                "2 制度の導入目的", "市民に成果を分かりやすく示すためです。");
        assertTrue(system.goals().isEmpty(), titles(system).toString());
    }

    @Test
    void aBudgetOrPopulationHeadingEndsTheLastGoal() throws Exception {
        GoalDocument d = parse("令和6年度 水道局経営方針", "1. 漏水の防止", "2. 料金収納の改善", "令和6年度予算及び給水人口",
                "給水人口", "215,400人", "213,900人", "水道事業会計予算 8,120百万円");
        assertEquals(List.of("漏水の防止", "料金収納の改善"), titles(d));
        assertTrue(d.goals().get(1).targets().isEmpty(), d.goals().get(1).targets().toString());
    }

    @Test
    void aPolicysNumberedPillarsWithMeasuresUnderThemArePoliciesAndTheMeasuresGoals() throws Exception {
        GoalDocument d = parse("令和6年度 水道局経営方針", "◎運営方針", "1.安定給水の確保", "(1)老朽管の更新",
                "・計画に沿って更新を進める", "(2)漏水調査の強化", "2.経営基盤の強化", "(1)料金収納率の向上",
                "・口座振替を勧める");
        assertEquals(List.of("安定給水の確保", "経営基盤の強化"),
                d.priorityPolicies().stream().map(org.goalparse.model.PriorityPolicy::title).toList());
        assertEquals(List.of("老朽管の更新", "漏水調査の強化", "料金収納率の向上"), titles(d));
        GoalDocument flat = parse("令和6年度 水道局経営方針", "◎運営方針", "1.安定給水の確保", "2.経営基盤の強化");
        assertTrue(flat.priorityPolicies().isEmpty(), flat.priorityPolicies().toString());
    }

    @Test
    void anSdgsGoalsNumberIsNoGoalOfTheUnit() throws Exception {
        GoalDocument d = parse("農林部 林務課の工程表", "1.政策内容と目標", "(1)政策内容", "県産材の利用拡大",
                "■SDGsのゴール", "15 陸の豊かさも守ろう", "(2)今年度の目標", "・公共建築物での県産材の利用を進める",
                "2.測定指標");
        assertEquals(List.of("県産材の利用拡大"), titles(d));
    }

    @Test
    void aDotlessNumberedRunAfterAPlainLabelInAFlattenedPageIsTheGoalList() throws Exception {
        GoalDocument d = parse("令和7年度 梅区運営方針 基本目標 みんなのまち 目標達成に向けた施策 ・催しの開催 1 地域のつながりづくり"
                + " 2 健やかに暮らせるまちづくり 3 にぎわいづくり 4 安全なまちづくり ・市の計画 組織運営 1 窓口の改善"
                + " 窓口では丁寧に説明します。");
        assertEquals(List.of("地域のつながりづくり", "健やかに暮らせるまちづくり", "にぎわいづくり", "安全なまちづくり"), titles(d));
        GoalDocument two = parse("令和7年度 梅区運営方針 目標達成に向けた施策 1 地域のつながりづくり 2 にぎわいづくり 組織運営");
        assertTrue(two.goals().isEmpty(), titles(two).toString());
    }

    @Test
    void aFormSectionHeadingIsNeverAGoal() throws Exception {
        GoalDocument d = parse("観光局 誘客推進課の工程表", "1.政策内容と目標", "(1)政策内容", "外国人観光客の誘致",
                "(2)長期的目標", "(3)今年度の目標", "○海外での商談会への出展", "○多言語案内板の更新",
                "2.測定指標", "指標1", "3.目標を実現するための主要事業・主要制度", "4.評価");
        assertTrue(titles(d).stream().noneMatch(t -> t != null && (t.contains("測定指標") || t.contains("評価"))),
                titles(d).toString());
    }

    @Test
    void bulletsUnderThisYearsGoalsAreGoalsEvenAsSentences() throws Exception {
        GoalDocument d = parse("観光局 誘客推進課の工程表", "1.政策内容と目標", "(1)政策内容", "外国人観光客の誘致",
                "(3)今年度の目標", "○海外の旅行会社との商談を重ね、誘客の取組を着実に進める。",
                "○案内板、パンフレットの多言語化", "2.測定指標", "指標1");
        // a goal's title ends without the sentence's stop, as one written as a numbered sentence does
        assertEquals(List.of("海外の旅行会社との商談を重ね、誘客の取組を着実に進める", "案内板、パンフレットの多言語化"),
                titles(d));
        assertNull(d.goals().get(0).number());
    }

    @Test
    void theLineUnderPolicyContentIsTheGoalWhenNoYearGoalsAreListed() throws Exception {
        GoalDocument d = parse("観光局 誘客推進課の工程表", "1.政策内容と目標", "(1)政策内容", "外国人観光客の誘致",
                "(2)長期的目標", "(3)今年度の目標", "・商談会への出展 ・関係団体と連携して、案内板の更新", "2.測定指標", "指標1");
        assertEquals(List.of("外国人観光客の誘致"), titles(d));
    }

    @Test
    void aCircledListUnderTheMissionIsNoGoalListWhenTheDocumentLabelsItsGoals() throws Exception {
        // a one-line transcript: the mission's ①② come first, the labelled goals (目標①) later in a flattened table
        GoalDocument d = parse("令和2年度 北川市 環境部の組織目標 1 組織使命 私たちは環境を守る。",
                "①職員は互いに協力し、業務にあたる。", "②技能の習得に努める。 3 重点業務 項目(何を) 行動 目標① 公園の再整備 【公園課】"
                        + " 計画の策定 目標② ごみの減量 【環境課】 説明会の開催");
        assertTrue(d.goals().stream().noneMatch(g -> g.title() == null || g.title().contains("協力")),
                titles(d).toString());
        assertEquals(List.of(1, 2), d.goals().stream().map(Goal::number).toList());
        assertEquals(List.of("公園の再整備", "ごみの減量"), titles(d));
        assertEquals(List.of("公園課", "環境課"), d.goals().stream().map(Goal::division).toList());
        GoalDocument steps = parse("令和2年度 組織目標表 広報課 課題 1 窓口の改善 達成水準 待ち時間が10分以内 課題 2 広報の充実"
                + " 達成水準 読者が増えている 課題達成の方策", "①受付手順の見直し", "②案内表示の更新", "③職員研修");
        assertEquals(List.of("窓口の改善", "広報の充実"), titles(steps));
    }

    @Test
    void aBareListStaysTheGoalListWhenNothingLabelsGoals() throws Exception {
        GoalDocument d = parse("令和2年度 北川市 環境部の組織目標", "①公園の再整備", "②ごみの減量");
        assertEquals(List.of("公園の再整備", "ごみの減量"), titles(d));
    }

    @Test
    void anInlineLabelWithNothingAfterItIsAnEmptyRowAndAnInterleavedTitleStaysNull() throws Exception {
        GoalDocument d = parse("令和2年度 組織目標表 広報課 課題 1 窓口の改善 達成水準 待ち時間が10分以内 課題 2 関係団体 各課と"
                + "連絡し、調整を行う。 広報の充実 達成水準 読者が増えている 課題 3 達成水準 各課 課題達成の方策", "①手順の見直し",
                "②表示の更新");
        assertEquals(List.of(1, 2), d.goals().stream().map(Goal::number).toList());
        assertEquals("窓口の改善", d.goals().get(0).title());
        assertNull(d.goals().get(1).title());
    }

    @Test
    void circledItemsEndingInACountAreTargetsNotGoals() throws Exception {
        GoalDocument d = parse("令和2年度 北川市 環境部 組織目標", "目標項目", "職員研修の充実", "次の研修を実施します。",
                "①新任職員研修の実施 1回", "②実務研修の実施 8回", "③接遇研修の実施");
        assertTrue(titles(d).stream().noneMatch(t -> t != null && t.contains("研修の実施")), titles(d).toString());
        GoalDocument sheet = parse("令和2年度 環境部 組織目標", "目標", "番号", "目標項目", "職員研修の充実",
                "次の研修を実施します。", "①新任職員研修の実施 1回", "②実務研修の実施 8回", "③接遇研修の実施");
        assertTrue(titles(sheet).stream().noneMatch(t -> t != null && t.contains("研修の実施")), titles(sheet).toString());
    }

    @Test
    void aListOfDutiesIsNoGoalList() throws Exception {
        GoalDocument d = parse("令和3年度 北川市 港湾局 運営方針", "<主な担当事務>", "(1)局の予算及び決算に関すること。",
                "(2)港湾施設の維持管理に関すること。", "(3)局の危機管理に関すること。");
        assertTrue(d.goals().isEmpty(), titles(d).toString());
    }

    @Test
    void anAreaIsATargetAndTheReviewColumnsCountsAreNot() throws Exception {
        GoalDocument d = parse("令和2年度 北川市 上下水道部 目標", "重点目標", "(1)下水道の普及", "・面整備を進め、15haを整備します。",
                "本年度は約12haの整備を実施しました。 説明会を年3回開催しました。");
        assertEquals(List.of("15ha"), d.goals().get(0).targets().stream().map(q -> q.text()).toList());
    }

    @Test
    void aNumberedListRunIntoOneLineAfterItsBracketedLabelIsSplit() throws Exception {
        GoalDocument d = parse("令和3年度 水道局長マニフェスト 【令和3年度における重点施策】 1.水道管の更新 2.漏水の防止"
                + " 3.料金収納の改善 様式2 重点施策1 水道管の更新 〈取組方針〉 老朽管を計画的に更新します。");
        assertEquals(List.of(1, 2, 3), d.goals().stream().map(Goal::number).toList());
        assertEquals(List.of("水道管の更新", "漏水の防止", "料金収納の改善"), titles(d));
    }

    @Test
    void aFirstItemGluedToAWrappedCellStartsTheList() throws Exception {
        GoalDocument d = parse("令和2年度 港湾局 組織目標設定シート", "A 組織の方針(使命)", "B 重点目標項目", "D 活動(手段)",
                "港湾の管理に関する規定に基づき、局長の 1.岸壁の計画的な補修", "命を受け施設を適正に管理する。", "・点検を行う。",
                "2.利用者への情報提供", "・案内を改める。", "3.職員研修の充実", "・研修を開く。");
        assertEquals(List.of(1, 2, 3), d.goals().stream().map(Goal::number).toList());
        assertEquals(List.of("岸壁の計画的な補修", "利用者への情報提供", "職員研修の充実"), titles(d));
    }

    @Test
    void aMeasureAndItsFigureBesideTheWordTargetInAFlattenedForm() throws Exception {
        GoalDocument d = parse("(様式1) 令和6年度の目標及び活動計画 県名: 山梨県 委員会名: 緑川町水利委員会 1 現状 水路の延長 120km"
                + " 2 令和6年度の目標 目標 水路の補修延長率 15% 目標の考え方: 古い水路から順に直す。 実施時期 5月~9月 調査員数 12人");
        assertEquals(1, d.goals().size(), () -> d.goals().toString());
        assertEquals("水路の補修延長率", d.goals().get(0).title());
        assertEquals(0, new java.math.BigDecimal("15").compareTo(d.goals().get(0).targets().get(0).value()));
        GoalDocument after = parse("令和6年度の目標 空き家の解消件数 8件 目標案 目標案の考え方: 所有者へ働きかける。"
                + " 最終の目標 目標案 空き家の解消件数 8件");
        assertEquals(1, after.goals().size(), () -> after.goals().toString());
        GoalDocument result = parse("令和6年度の実績 空き家の解消件数 8件 実績値 調査員数 12人");
        assertTrue(result.goals().isEmpty(), () -> result.goals().toString());
    }

    @Test
    void aSystemOfMeasuresNumberedByCodesGivesPoliciesAndGoals() throws Exception {
        GoalDocument d = parse("緑川町消防組合 行動計画", "【計画の構成】 施策体系 主要な施策 担当課 01 救急体制の充実 0101 救急隊の増隊 救急課"
                + " 0102 応急手当の普及 救急課・消防1課 02 火災予防の推進 0201 査察体制の強化 予防課 0202 住宅用警報器の普及予防課"
                + " 0203 防火講習の開催 予防課", "※ 評価は年度末に行います。");
        assertEquals(List.of("救急体制の充実", "火災予防の推進"),
                d.priorityPolicies().stream().map(p -> p.title()).toList());
        assertEquals(List.of("救急隊の増隊", "応急手当の普及", "査察体制の強化", "住宅用警報器の普及", "防火講習の開催"),
                d.goals().stream().map(Goal::title).toList());
        GoalDocument lone = parse("緑川町消防組合 行動計画", "01 救急体制の充実 0101 救急隊の増隊 0102 応急手当の普及");
        assertTrue(lone.priorityPolicies().isEmpty(), "one policy is no system of codes");
    }

    @Test
    void anEvaluationSheetOfOneMeasureHasThatMeasureAsItsGoal() throws Exception {
        GoalDocument d = parse("令和3年度 施策評価シート", "施策名", "31004 里山の保全", "担当課 農林課",
                "施策の目的", "荒れた山林を減らし、里山の景観を守る。");
        assertEquals(List.of("里山の保全"), d.goals().stream().map(Goal::title).toList());
        GoalDocument two = parse("令和3年度 施策評価シート", "施策名:里山の保全", "施策名:水源の保全", "施策の目的:山を守る。");
        assertTrue(two.goals().isEmpty(), "two measures: no one goal");
    }

    @Test
    void aRowOfMoneyIsNoGoalAndTheSheetsMeasureIsRead() throws Exception {
        GoalDocument d = parse("令和3年度 施策評価シート", "施策名", "31004 里山の保全", "施策の目的", "荒れた山林を減らす。",
                "施策の数値目標、コスト", "2020", "2021", "間伐面積(ha) [目標指標]", "目標", "30", "35", "実績", "28",
                "必要概算コスト(千円)", "1,200", "1,300", "予算額等(千円)", "1,000", "1,100");
        assertEquals(List.of("里山の保全"), d.goals().stream().map(Goal::title).toList());
    }

    private static final String[] SPORTS_HALL_ROWS = {
        "1.施設",
        "1-1 体育館数 2館 2館 100%",
        "1-2 送迎バス台数3台 2台 67%",
        "2.利用",
        "2-1 年間利用者数 120,000人 98,500人 82%",
        "(注:大会の観覧者を含む)",
        "2-2 教室開催数(内初心者向け) 40(10)回 36(8)回 90%",
        "2-3 貸出DVD数 300タイトル 280タイトル93%",
        "2-4 記事掲載新聞数4紙 3紙 75%",
        "2-5 利用者満足度 85% 88% 104%",
        "1.施設について開館から20年が経ち、空調や床の改修が必要であるが、予算が限られており、職員の工夫で維持している。"};

    private static String[] page(String... header) {
        List<String> lines = new java.util.ArrayList<>(List.of("> トップページ > 市民体育館について > 利用の目標と実績",
                "令和5年度実績"));
        lines.addAll(List.of(header));
        lines.addAll(List.of(SPORTS_HALL_ROWS));
        return lines.toArray(String[]::new);
    }

    @Test
    void anIndicatorTablePrintedAsTextLinesGivesOneGoalARow() throws Exception {
        GoalDocument d = parse(page("目標値 実績", "(令和5年度)", "達成率"));
        assertEquals(List.of("体育館数", "送迎バス台数", "年間利用者数", "教室開催数(内初心者向け)", "貸出DVD数", "記事掲載新聞数",
                "利用者満足度"), titles(d));
        Goal bus = d.goals().get(1);
        assertEquals(1, bus.targets().size(), () -> bus.targets().toString());
        assertEquals(0, new java.math.BigDecimal("3").compareTo(bus.targets().get(0).value()));
        assertEquals("台", bus.targets().get(0).unit());
        assertEquals(0, new java.math.BigDecimal("2").compareTo(bus.achievement().results().get(0).value()));
        assertEquals(0, new java.math.BigDecimal("120000").compareTo(d.goals().get(2).targets().get(0).value()));
        assertEquals(0, new java.math.BigDecimal("40").compareTo(d.goals().get(3).targets().get(0).value()));
        assertEquals("タイトル", d.goals().get(4).targets().get(0).unit());
        assertEquals("紙", d.goals().get(5).targets().get(0).unit());
        Goal satisfaction = d.goals().get(6); // 85% 88% 104%: the third figure is the rate
        assertEquals(0, new java.math.BigDecimal("85").compareTo(satisfaction.targets().get(0).value()));
        assertEquals(0, new java.math.BigDecimal("88").compareTo(satisfaction.achievement().results().get(0).value()));
    }

    @Test
    void textLinesOfTwoFiguresAreNoIndicatorTableWithoutATargetColumnBeforeTheResults() throws Exception {
        for (String[] header : List.of(new String[] {"実績", "(令和5年度)", "達成率"}, new String[] {"実績 目標値"},
                new String[] {"利用の状況"})) {
            GoalDocument d = parse(page(header));
            assertTrue(d.goals().stream().noneMatch(g -> g.title() != null && g.title().contains("年間利用者数")),
                    () -> String.join(" ", header) + ": " + titles(d));
        }
        assertEquals(7, parse(page("目標値 実績 達成率")).goals().size()); // the same rows under a target column: goals
    }

    @Test
    void aGoalColumnFlattenedOneCellPerLineUnderItsLabel() throws Exception {
        GoalDocument d = parse("■令和2年度", "市民部 市民課", "組織目標管理シート", "No", "1", "課", "名", "2", "課", "名",
                "3", "課", "名", "目標項目", "窓口の待ち時間の短縮", "申請書の様式の見直し", "案内表示の改善", "難易度", "(ABC)",
                "目標の内容", "・待ち時間を測り、結果を毎月公表する。");
        assertEquals(List.of("窓口の待ち時間の短縮", "申請書の様式の見直し", "案内表示の改善"),
                d.goals().stream().map(Goal::title).toList());
        GoalDocument cells = parse("■令和2年度", "市民部 市民課", "組織目標管理シート", "No", "1", "課", "2", "課", "3", "課");
        assertTrue(cells.goals().isEmpty(), () -> cells.goals().toString());
    }

    @Test
    void aRowLabelNumberedOneRightBeforeTheListsOwnOneIsNoGoal() throws Exception {
        GoalDocument d = parse("令和2年度 組織マネジメントシート", "部名:市民部", "■重点課題", "①総合計画",
                "①窓口の待ち時間の短縮 ②申請の電子化", "③案内表示の改善");
        assertEquals(List.of("窓口の待ち時間の短縮", "申請の電子化", "案内表示の改善"),
                d.goals().stream().map(Goal::title).toList());
    }

    @Test
    void anUnnumberedGoalUnderItsHeadingKeptOnlyWithAnExplanationBelow() throws Exception {
        GoalDocument d = parse("令和2年度 監査委員事務局の組織目標", "■使命", "監査委員事務局は、監査を行います。", "■目標",
                "工事監査の充実と視点の拡大", "○工事の品質と費用の両面から監査を実践します。", "■目標設定の理由", "○理由を書きます。");
        assertEquals(List.of("工事監査の充実と視点の拡大"), d.goals().stream().map(Goal::title).toList());
        GoalDocument label = parse("令和2年度 監査委員事務局の組織目標", "■目標", "工事監査の充実と視点の拡大", "■目標設定の理由",
                "○理由を書きます。");
        assertTrue(label.goals().isEmpty(), () -> label.goals().toString());
        GoalDocument wrapped = parse("各部局の重点目標", "■目標", "下の見出しを押して表示す", "○押すと一覧が開きます。");
        assertTrue(wrapped.goals().isEmpty(), () -> wrapped.goals().toString());
    }

    private static final String[] POOL_CELLS = {"令和5年度 市民プール 目標と実績の評価", "(1)", "1-1", "年間利用者数", "120,000人", "98,400人", "82%",
        "夏の利用は伸びたが、冬の利用が減った。", "評価", "1-2", "水泳教室の", "開催回数", "40回", "44回", "110%",
        "初心者向けの教室が好評であった。", "評価", "1-3", "プールの", "水質検査", "12回", "12回", "100%", "評価"};

    @Test
    void anIndicatorTableOneCellPerLineGivesOneGoalARowWhenItsRatesCheckItsFigures() throws Exception {
        GoalDocument d = parse(POOL_CELLS);
        assertEquals(List.of("年間利用者数", "水泳教室の開催回数", "プールの水質検査"), titles(d));
        assertEquals(0, new java.math.BigDecimal("120000").compareTo(d.goals().get(0).targets().get(0).value()));
        assertEquals(0, new java.math.BigDecimal("98400").compareTo(d.goals().get(0).achievement().results().get(0).value()));
        assertEquals("回", d.goals().get(1).targets().get(0).unit());
    }

    @Test
    void figuresOneCellPerLineWhoseRatesDoNotCheckThemAreNoIndicatorTable() throws Exception {
        String[] wrong = POOL_CELLS.clone();
        wrong[6] = "60%"; // 98,400 of 120,000 is 82%, not 60%: the lines are no target, result and rate
        wrong[14] = "75%";
        wrong[22] = "50%";
        GoalDocument d = parse(wrong);
        assertTrue(d.goals().stream().noneMatch(g -> "年間利用者数".equals(g.title())), () -> titles(d).toString());
        assertTrue(CellIndicatorRows.isRate(new java.math.BigDecimal("90"), new java.math.BigDecimal("350000"),
                new java.math.BigDecimal("313607")));
        assertTrue(CellIndicatorRows.isRate(new java.math.BigDecimal("125"), new java.math.BigDecimal("10"),
                new java.math.BigDecimal("8")), "less is better: the target over the result");
    }

    @Test
    void figuresAgainstLastYearOneCellPerLineAreNoIndicatorTable() throws Exception {
        GoalDocument d = parse("市民プール 利用の状況", "1-1", "年間利用者数", "120,000人", "98,400人", "82%", "1-2", "教室の開催回数",
                "40回", "44回", "110%", "1-3", "水質検査の回数", "12回", "12回", "100%");
        assertTrue(d.goals().isEmpty(), () -> titles(d).toString());
    }

    @Test
    void aListNumberedOneWayInsideGoalsNumberedTheOtherWayIsTheirText() throws Exception {
        GoalDocument d = parse("東台公民館の運営方針", "運営方針", "地域の学びを支える公民館を目指します。", "努力目標",
                "1 学びの場の充実", "1. 講座の内容を見直し、参加しやすい時間に開く。", "2. サークルの自主運営を支える。",
                "2 地域行事の支援", "1. 祭りの準備に場所を貸す。", "3 広報の充実", "1. 館報を毎月出す。");
        assertEquals(List.of("学びの場の充実", "地域行事の支援", "広報の充実"), titles(d));
        assertTrue(d.goals().get(0).text().contains("サークルの自主運営"), d.goals().get(0).text());
        GoalDocument printedOtherwise = parse("令和6年度 市民部 運営方針", "部の目標", "1 総合計画", "1. 窓口の改善",
                "2. 相談の充実");
        assertEquals(List.of("窓口の改善", "相談の充実"), titles(printedOtherwise),
                "a list of titles right under a label numbered 1 restarts the goals, however the 1s are printed");
        GoalDocument restart = parse("令和6年度 市民部 運営方針", "部の目標", "1 総合計画", "1 窓口の改善", "2 相談の充実");
        assertEquals(List.of("窓口の改善", "相談の充実"), titles(restart), "a label numbered as the list's 1 in the same way");
    }

    @Test
    void aNumberedGoalOfOneSentenceIsNamedByItUpToSixtyCharacters() throws Exception {
        String sentence = "収蔵品の台帳を見直し、これまでに集めた資料の整理と登録を三年のうちに終えるよう努めます。";
        String longer = "展示室の照明と空調を改め、季節ごとの企画展を開くとともに、学校や地域の団体と組んで出前の講座を"
                + "年に何度も開き、資料を見る機会を広げます。";
        GoalDocument d = parse("令和6年度緑町立博物館運営方針", "1." + sentence, "2." + longer);
        assertEquals(sentence.substring(0, sentence.length() - 1), d.goals().get(0).title());
        assertNull(d.goals().get(1).title(), "a longer sentence is the goal's text, not its name");
    }

    @Test
    void aReportsAccountOfItselfIsNoGoalList() throws Exception {
        GoalDocument d = parse("令和6年度 教育委員会の点検・評価について", "法の定めにより、毎年点検と評価を行い公表します。",
                "1 点検・評価の対象", "前年度に行った事業とします。", "2 点検・評価の構成", "(1)委員会の活動",
                "会議の運営など3項目を評価しました。", "(2)事務局の事務", "学校の整備など12項目を評価しました。",
                "3 点検・評価の方法", "外部の委員の意見を聴きました。");
        assertTrue(d.goals().isEmpty(), titles(d).toString());
        GoalDocument goals = parse("令和6年度 教育委員会の目標", "1 読書活動の推進", "2 授業の進め方", "3 体力の向上");
        assertEquals(List.of("読書活動の推進", "授業の進め方", "体力の向上"), titles(goals),
                "one heading of the kind among goals leaves the list");
    }

    @Test
    void bulletedGoalsEndAtTheNextNumberOfTheDocumentsOwnOutline() throws Exception {
        GoalDocument d = parse("令和6年 若葉県警察業務運営指針", "1 令和6年若葉県警察業務運営指針", "重点目標",
                "○ 身近な犯罪の抑止", "○ 交通事故防止対策の推進", "○ 県民のための強く、やさしく、開かれた組織づくり",
                "2 情勢認識", "県内の交通事故は増えています。", "3 推進上の留意事項", "職員の健康に努めること。");
        assertEquals(List.of("身近な犯罪の抑止", "交通事故防止対策の推進", "県民のための強く、やさしく、開かれた組織づくり"),
                titles(d));
        GoalDocument planNumbers = parse("令和6年度 福祉部 運営方針", "重点目標", "○ 基本政策2 健康福祉",
                "3 地域包括ケアの推進", "4 介護予防の充実");
        assertEquals(List.of("地域包括ケアの推進", "介護予防の充実"), titles(planNumbers),
                "numbers no outline before the section used are the goals' own");
        GoalDocument first = parse("令和6年度 環境部 運営方針", "重点目標", "○ ごみを減らし、資源を活かす", "○ 緑の保全");
        assertTrue(titles(first).stream().noneMatch("ごみを減らし、資源を活かす"::equals),
                "a clause opens no bulleted list: only a later bullet of a list a plain title opened may hold 、");
    }

    @Test
    void aPagesDownloadsAndAReportsAccountOfItsPastAreNoGoals() throws Exception {
        GoalDocument links = parse("令和6年度 支所のあり方検討報告書", "検討の経過をまとめました。",
                "1 検討報告書[PDFファイル/2.1MB]", "2 検討報告書(概要版)[PDFファイル/512KB]");
        assertTrue(links.goals().isEmpty(), titles(links).toString());
        GoalDocument past = parse("令和6年度 主要施策の成果", "事業名 保育園運営事業", "1 目的", "子どもを預かり、育ちを支える。",
                "2 令和5年度までの経過又は課題", "(1) 園舎の建替えが始まり、限られた場所で保育を続けた。",
                "(2) 保育士の採用が難しく、募集の回数を増やした。");
        assertTrue(past.goals().isEmpty(), titles(past).toString());
        // a plan's page on itself, its outline headings ending in 等 (策定の趣旨等), citing a ministry's bureau
        GoalDocument plan = parse("市立病院中期経営計画", "- 国の指針(令和4年3月29日付け総財準第72号総務省自治財政局長通知)に沿って策定しました。",
                "1 策定の趣旨等", "病院を取り巻く環境は厳しさを増しています。", "2 計画期間", "令和6年度から令和9年度まで",
                "3 計画の主な内容", "経営の健全化を進めます。");
        assertTrue(plan.goals().isEmpty(), titles(plan).toString());
        assertNull(plan.department(), "a ministry's bureau is no department of the city");
    }

    @Test
    void aBasicAimStatedAsANumericTargetHeadsTheYearsGoals() throws Exception {
        GoalDocument d = parse("令和4年山梨県警察運営指針", "安全で安心なまちの実現", "基本目標", "• 空き巣の抑止",
                " 空き巣の件数「120件以下」を目標にする。", "• 交通事故死者数の抑止", " 交通事故死者数「30人以下」を目標にする。");
        assertEquals(List.of("空き巣の抑止", "交通事故死者数の抑止"), titles(d));
        GoalDocument both = parse("令和6年度 健康部 運営方針", "基本目標", "○ 誰もが健康に暮らせるまち",
                "・健診の受診率60%以上を目標とする。", "重点目標", "1 健診の受診勧奨", "2 食育の推進");
        assertEquals(List.of("健診の受診勧奨", "食育の推進"), titles(both), "where a heading names the goals, 基本目標 is the vision");
        assertTrue(d.basicDirection().stream().noneMatch(b -> b.contains("120件")), d.basicDirection().toString());
        GoalDocument vision = parse("令和6年度 中区運営方針", "基本目標", "誰もが安心して暮らせるまち", "重点目標",
                "1 防災の強化", "2 子育ての支援");
        assertEquals(List.of("誰もが安心して暮らせるまち"), vision.basicDirection(), "a vision stays the direction");
    }

    @Test
    void aPledgeTitlePromisesTheFigureItNames() throws Exception {
        GoalDocument d = parse("自然展示館中期経営目標(平成30年度~令和4年度)", "中期経営目標(平成30年度~令和4年度)",
                "1 利用者数を5年間で5%増加させます。", "2 アンケートによる満足度は、95%以上を維持します。",
                "3 展示の案内を充実させる", "解説板を10か所新しくする。");
        assertEquals("5%", d.goals().get(0).targets().get(0).text());
        assertEquals("95%以上", d.goals().get(1).targets().get(0).text());
        assertEquals(List.of("10か所"), d.goals().get(2).targets().stream().map(q -> q.text()).toList(),
                "a title that is no pledge gives nothing of its own");
    }

    @Test
    void pledgeBulletsWithTheirStopsAreTheGoalsUntilALineParts() throws Exception {
        GoalDocument d = parse("自然展示館中期経営目標(平成30年度~令和4年度)", "平成29年度に開いた講座も続けます。",
                "中期経営目標(平成30年度~令和4年度)", "- 利用者数を5年間で5%増加させます。",
                "- アンケートによる満足度は、引き続き95%以上を維持します 。", "- 一人あたりの経費を5年間で5%削減します。",
                "目標に向けた主な取組内容", "施設の利用促進に向けた取り組み", "- 四季の自然を楽しむ催しを開き、利用者の拡大を図ります。",
                "- 案内を充実させます。");
        assertEquals(List.of("利用者数を5年間で5%増加させます", "アンケートによる満足度は、引き続き95%以上を維持します",
                "一人あたりの経費を5年間で5%削減します"), d.goals().stream().map(g -> g.title()).toList());
        assertEquals(null, d.fiscalYear(), "a plan of five years: no year its prose names is its own");
        assertTrue(d.warnings().stream().anyMatch(w -> w.contains("plan of several years")), d.warnings().toString());
    }
}
