package org.goalparse.interpret;

import static org.goalparse.interpret.Fragments.parse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.goalparse.model.Division;
import org.goalparse.model.GoalDocument;
import org.junit.jupiter.api.Test;

/** Rules on a unit's organisation, its head and its goal lists, on invented fragments shaped like real pages. */
class OrganisationRulesTest {
    private static List<String> divisions(GoalDocument d) {
        return d.divisions().stream().map(Division::name).toList();
    }

    @Test
    void aListUnderAnOrganisationHeadingNamesTheDivisions() throws Exception {
        GoalDocument comma = parse("令和6年度 産業部 運営方針", "部の基本方針", "地域の産業を育てます。", "部局を構成する課",
                "商工課、観光課、農政課", "重点的に取り組む目標", "1 創業の支援", "創業件数を20件とする。");
        assertEquals(List.of("商工課", "観光課", "農政課"), divisions(comma));
        assertEquals(List.of("地域の産業を育てます。"), comma.basicDirection());
        GoalDocument spaced = parse("令和6年度 環境部の運営方針", "■ 部の構成", " 環境政策課 清掃課 環境センター");
        assertEquals(List.of("環境政策課", "清掃課", "環境センター"), divisions(spaced));
        GoalDocument ward = parse("東区役所", "令和6年度 東区運営方針", "区役所の組織", "総務課 / 地域振興課");
        assertEquals(List.of("総務課", "地域振興課"), divisions(ward));
    }

    @Test
    void aBulletNamingADivisionAloneHeadsItsPartAndTheHeadMayFollowAMiddleDot() throws Exception {
        // a mission page: 作成者 / 産業部部長・(name), then one bullet per division with its year's work in prose
        GoalDocument d = parse("令和3年度 産業部のミッション", "作成者", "産業部部長・北村和弘", "今年度のミッション概要",
                "・農林課", "農地の集積を進め、担い手の育成に取り組みます。", "・商工観光課",
                "創業を支え、観光客の誘致に努めます。");
        assertEquals(List.of("農林課", "商工観光課"), divisions(d));
        assertEquals("北村和弘", d.head().name());
        assertEquals("部長", d.head().title());
        // a bullet list of facilities is no organisation of divisions
        GoalDocument f = parse("令和3年度 福祉部 運営方針", "所管施設", "・地域福祉センター", "・こども発達センター");
        assertTrue(divisions(f).isEmpty(), divisions(f).toString());
    }

    @Test
    void aWardNamedBeforeTheYearOfItsPolicyOrSayingItSetThePolicyIsTheDepartment() throws Exception {
        // the fiscal year between the ward and the genre's word; the office as the lead sentence prints it
        GoalDocument titled = parse("北区 令和6年度運営方針", "北区役所では、令和6年度の運営方針を定めました。", "1 区の目標",
                "誰もが暮らしやすいまち");
        assertEquals("北区役所", titled.department());
        GoalDocument ward = parse("北区 令和6年度運営方針", "区の目標を定めました。", "1 区の目標", "誰もが暮らしやすいまち");
        assertEquals("北区", ward.department());
        // no title: the unit that says it set the policy
        GoalDocument declared = parse("更新日:2024年5月1日", "南区役所では、令和4年度の「運営方針」を定めました。",
                "安全で安心なまち");
        assertEquals("南区役所", declared.department());
    }

    @Test
    void aWardsAdministrationPolicyTitledWithItsNameGivesTheWardNotTheMunicipality() throws Exception {
        // 区政運営方針: the ward's administration between its name and the genre's word; 北区 is also one of Tokyo's
        // special wards, but here it is the page's own unit, printed as its office under the title
        GoalDocument d = parse("平成 28 年度 北区区政運営方針 【事業シート集】 北区役所 平成 28 年 5 月",
                "Ⅰ 災害に備えたまちづくり", "1 地域防災力の強化");
        assertEquals("北区役所", d.department());
        assertEquals(null, d.municipality());
    }

    @Test
    void aSentenceUnderAnOrganisationHeadingNamesNoDivision() throws Exception {
        GoalDocument d = parse("令和6年度 環境部の運営方針", "部の構成", "窓口の案内は環境政策課", "清掃課が収集を担います");
        assertEquals(List.of(), divisions(d));
    }

    @Test
    void aDivisionsOwnSheetNamesItAfterItsDepartment() throws Exception {
        GoalDocument field = parse("令和6年度 組織目標管理シート", "所属:建設部 道路維持課", "課長:山田 太郎",
                "1 課の使命", "道路を守る。");
        assertEquals("建設部", field.department());
        assertEquals(List.of("道路維持課"), divisions(field));
        GoalDocument title = parse("建設部 道路維持課の工程表", "基本的事項", "組織目標", "道路を守る。");
        assertEquals(List.of("道路維持課"), divisions(title));
        // a contact line names who answers, not whose sheet it is
        GoalDocument contact = parse("令和6年度 建設部 運営方針", "問合せ 建設部 道路維持課", "部の使命", "道路を守る。");
        assertEquals(List.of(), divisions(contact));
    }

    @Test
    void labelledGoalsEndAtTheNextSectionsNumber() throws Exception {
        GoalDocument d = parse("令和6年度 組織目標管理シート(建設部 道路維持課)", "1 課の使命", "道路を守る。",
                "2 今年度の目標", "目標1 舗装の補修", "目標値:20路線", "目標2 点検の徹底", "目標値:40施設", "3 中間確認(9月)",
                "(記入欄)");
        assertEquals(List.of(1, 2), d.goals().stream().map(g -> g.number()).toList());
        assertEquals("目標値:40施設", d.goals().get(1).text());
    }

    @Test
    void aYearWordInsideTheNameStaysInTheName() throws Exception {
        // 青少年 holds a 年 after no numeral: no year glued before the name
        assertEquals("こども青少年局", parse("令和5年度 こども青少年局運営方針", "【目標】", "次代を担う子どもを育てます。").department());
        assertEquals("水道局", parse("令和3年度水道局 経営目標", "【目標】", "安全な水を届けます。").department());
        // a head's declaration: 部長 then 宣言
        assertEquals("環境部", parse("環境部長 宣言", "部の使命", "緑を守ります。").department());
    }

    @Test
    void aWardOfficeNamedAboveItsTitleIsHeadedByItsWardHead() throws Exception {
        GoalDocument d = parse("本文ここから", "東区役所", "令和6年度 東区運営方針", "更新日:2024年4月26日", "東区長 山田 太郎",
                "区の使命", "区民の暮らしを支えます。");
        assertEquals("東区役所", d.department());
        assertEquals("山田 太郎", d.head().name());
        assertEquals("区長", d.head().title());
        // a 区長 heads no department but a ward office: on a department's page he is somebody else
        GoalDocument dept = parse("令和6年度 市民部 運営方針", "北区長 鈴木 一郎", "部の使命", "暮らしを支えます。");
        assertEquals("市民部", dept.department());
        assertEquals(null, dept.head());
        // a ward office named further down is no department
        GoalDocument later = parse("令和6年度 市民部 運営方針", "部の使命", "暮らしを支えます。", "窓口", "北区役所");
        assertEquals("市民部", later.department());
    }

    @Test
    void aTitleInBracketsAfterTheGoalsNumberIsTheTitle() throws Exception {
        GoalDocument d = parse("令和6年度 東区運営方針", "重点的に取り組む主な経営課題", "経営課題1【防災力の向上】",
                "訓練を各校区で開きます。", "経営課題2 【窓口の改善】 予約の仕組みを導入します。");
        assertEquals(List.of("防災力の向上", "窓口の改善"), d.goals().stream().map(g -> g.title()).toList());
        assertEquals("予約の仕組みを導入します。", d.goals().get(1).text());
        // a form label in the brackets is no title
        assertEquals("【実績】 20件", Texts.bracketTitled("【実績】 20件"));
    }

    @Test
    void aFigureLabelledWithAnotherYearBesideATargetIsNoTarget() throws Exception {
        GoalDocument d = parse("【重点目標】", "(1)子育ての支援", "指標:子育てしやすいと答えた割合 60%以上(令和5年度:52%)",
                "(2)相談の充実", "相談件数 300件(2023年度実績:250件)");
        assertEquals(List.of("60%"), d.goals().get(0).targets().stream().map(q -> q.value().toPlainString() + q.unit()).toList());
        assertEquals(List.of("300件"), d.goals().get(1).targets().stream().map(q -> q.value().toPlainString() + q.unit()).toList());
    }

    @Test
    void theTemplatesAimWhatToStriveForIsTheBasicDirection() throws Exception {
        GoalDocument d = parse("令和6年度 健康局運営方針", "【局の目標(何をめざすのか)】", "誰もが健やかに暮らせるまち",
                "【局の使命(どのような役割を担うのか)】", "市民の健康を守ります。");
        assertEquals(List.of("誰もが健やかに暮らせるまち", "市民の健康を守ります。"), d.basicDirection());
    }

    @Test
    void aWardsStandingAimAboveTheYearsPolicyIsTheBasicDirection() throws Exception {
        GoalDocument ward = parse("東区 令和6年度運営方針", "東区役所では、令和6年度の運営方針を定めました。",
                "1 東区のまちづくりの目標", "緑と水に親しめるまち・東区", "2 取組の方向性", "・水辺を生かしたまち",
                "3 令和6年度の運営方針", "目標1 見守りの充実");
        assertTrue(ward.basicDirection().contains("緑と水に親しめるまち・東区"), ward.basicDirection()::toString);
    }

    private static List<String> titles(GoalDocument d) {
        return d.goals().stream().map(g -> g.title()).toList();
    }

    @Test
    void bulletsRightUnderAGoalHeadingAreUnnumberedGoals() throws Exception {
        GoalDocument d = parse("令和6年度 こども部の運営方針", "■ 重点目標", "○ 待機児童の解消", "  保育定員を60人増やします。",
                "  ・ 小規模保育の開設", "○ 虐待の防止", "  全戸訪問の実施率100%を目指します。", "■ 部の構成", " 保育課 こども家庭課");
        assertEquals(List.of("待機児童の解消", "虐待の防止"), titles(d));
        assertEquals(java.util.Arrays.asList(null, null), d.goals().stream().map(g -> g.number()).toList());
        assertEquals("保育定員を60人増やします。\n・小規模保育の開設", d.goals().get(0).text());
        assertEquals(List.of("100%"), d.goals().get(1).targets().stream().map(q -> q.value().toPlainString() + q.unit()).toList());
        assertEquals(List.of("保育課", "こども家庭課"), divisions(d));
    }

    @Test
    void bulletsElsewhereAreNoGoals() throws Exception {
        // after a line of text, not right under the heading
        GoalDocument after = parse("■ 重点目標", "今年度は次の点に取り組みます", "○ 待機児童の解消", "○ 虐待の防止");
        assertEquals(List.of(), titles(after));
        // above numbered goals: a preface
        GoalDocument numbered = parse("■ 重点目標", "○ 子育て分野", "(1)待機児童の解消", "定員を増やす。", "(2)虐待の防止",
                "訪問を徹底する。");
        assertEquals(List.of("待機児童の解消", "虐待の防止"), titles(numbered));
        // sentences, not titles: the section's text
        GoalDocument sentences = parse("(2)今年度の目標", "・業界の意見を聞きながら働き方改革を推進する", "・施設を活用して魅力を発信する");
        assertEquals(List.of(), titles(sentences));
        // under a mission: the mission's points
        GoalDocument mission = parse("■ 部の使命", "○ 子どもの声を聞く", "○ 家庭を支える");
        assertEquals(List.of(), titles(mission));
    }

    @Test
    void aRemarkOnAllTheGoalsClosesTheList() throws Exception {
        GoalDocument d = parse("令和7年度 健康部 運営方針", "部の基本方針", "健康を守ります。", "重点的に取り組む目標",
                "1 健診の受診促進", "受診率60%をめざします。", "2 介護予防", "教室を20回開きます。",
                "年度末には各目標の達成状況を取りまとめ、公表します。");
        assertEquals("教室を20回開きます。", d.goals().get(1).text());
    }

    @Test
    void aHeadsNameInBracketsAfterTheTitleOrBeforeTheDivisionsHeLeads() throws Exception {
        GoalDocument bracketed = parse("令和5年度 部長の抱負", "更新日:2023年5月1日", "環境部長(川村 健一)",
                "本年度はごみの減量に取り組みます。");
        assertEquals("川村 健一", bracketed.head().name());
        assertEquals("環境部", bracketed.department());
        GoalDocument divisions = parse("令和5年度 環境部 運営方針", "環境部長 川村 健一(環境政策課、清掃課)", "基本目標",
                "ごみを減らします。");
        assertEquals("川村 健一", divisions.head().name());
        GoalDocument reading = parse("令和5年度 環境部 運営方針", "環境部長 川村 健一(かわむら けんいち)");
        assertEquals("川村 健一", reading.head().name());
        assertEquals("かわむら けんいち", reading.head().reading());
    }

    @Test
    void aPageOfEveryDepartmentPrintingOneHeadIsThatDepartments() throws Exception {
        String intro = "市では、各部長が部内で取り組む事業の目標を定め、「政策宣言」として公表しています。";
        GoalDocument one = parse("令和5年度 部長の政策宣言 " + intro + " ▼環境部長▼建設部長▼消防長 環境部長 川村 健一"
                + "(環境政策課、清掃課) 基本目標 ごみの減量と資源の循環を進め、きれいなまちを次の世代に引き継ぎます。");
        assertEquals("環境部", one.department());
        assertEquals("川村 健一", one.head().name());
        GoalDocument two = parse("令和5年度 部長の政策宣言", intro, "環境部長 川村 健一", "ごみを減らします。", "建設部長 森田 浩",
                "道路を直します。");
        assertEquals(null, two.department());
        assertEquals(null, two.head(), "several departments' heads: none is the page's");
    }

    @Test
    void aNameGluedToTheDepartmentsOwnHeadsTitleInALongLine() throws Exception {
        GoalDocument d = parse("令和5年度 部長の政策宣言 市では、各部長が部内で取り組む事業の目標を定め、公表しています。"
                + "この宣言は、各部の重要施策を示すものです。 市長公室長森田 浩(秘書課、広報課) 基本目標 市の魅力を広く発信し、"
                + "市民に開かれた市政を進めます。");
        assertEquals("市長公室", d.department());
        assertEquals("森田 浩", d.head().name());
        assertEquals("室長", d.head().title());
    }

    @Test
    void aHeadIntroducingHimselfAndAPublicCorporationsPresidentAreHeads() throws Exception {
        GoalDocument intro = parse("水道事業管理者のページ", "更新日:2024年4月1日", "メッセージ",
                "水道事業管理者の森田浩(もりたひろし)です。", "令和6年度の主要な事業", "1 老朽管の更新", "管路を年2キロ更新します。");
        assertEquals("森田浩", intro.head().name());
        assertEquals("もりたひろし", intro.head().reading());
        assertEquals("管理者", intro.head().title());
        GoalDocument president = parse("理事長あいさつ", "県立病院機構", "理事長 森田 浩 (Morita Hiroshi)",
                "令和6年度は救急医療の充実に取り組みます。");
        assertEquals("森田 浩", president.head().name());
        GoalDocument vice = parse("理事長あいさつ", "県立病院機構", "副理事長 森田 浩", "令和6年度は救急医療の充実に取り組みます。");
        assertEquals(null, vice.head());
    }

    @Test
    void aUnitNamedBeforeItsMissionOrPolicyOutnumbersOneJoinedToItsHospital() throws Exception {
        GoalDocument d = parse("看護部理念", "温かな看護を届けます。", "看護部方針", "安全を第一にします。", "教育理念",
                "病院・看護部の理念に基づき、自ら学ぶ看護師を育てる", "令和6年度 看護部目標", "1 転倒事故の防止");
        assertEquals("看護部", d.department());
    }

    @Test
    void aQualifiedTitleOrAnotherKindOfHeadGivesNoHead() throws Exception {
        GoalDocument deputy = parse("令和5年度 部長の政策宣言 市では、各部長が部内で取り組む事業の目標を定め、公表しています。"
                + "この宣言は、各部の重要施策を示すものです。 環境部長代理 川村 健一 基本目標 ごみの減量と資源の循環を進め、"
                + "きれいなまちを次の世代に引き継ぎます。");
        assertEquals(null, deputy.head());
        GoalDocument concurrent = parse("令和5年度 環境部 運営方針", "環境部長(兼 清掃事務所長)", "ごみを減らします。");
        assertEquals(null, concurrent.head());
        GoalDocument fire = parse("令和5年度 部長の政策宣言", "市では、各部長が部内で取り組む事業の目標を定め、公表しています。",
                "消防長 森田 浩", "火災を減らします。", "環境部長 川村 健一", "ごみを減らします。");
        assertEquals(null, fire.department(), "two heads named, one of them a fire chief");
        assertEquals(null, fire.head());
        GoalDocument warden = parse("令和5年度 環境部 運営方針", "防火管理者の森田浩です。", "ごみを減らします。");
        assertEquals(null, warden.head(), "a building's fire warden heads no department");
    }

    @Test
    void aFacilitysTitleNamesItsUnit() throws Exception {
        assertEquals("東台公民館", parse("本文へ", "東台公民館の運営方針", "更新日:2024年5月1日", "1 学びの場をつくる")
                .department());
        assertEquals("緑町立博物館", parse("令和5年度緑町立博物館運営方針", "資料を集め、伝えます。").department());
        assertEquals("学校給食センター", parse("本文にジャンプします", "学校給食センターの方針と重点", "更新日:2024年7月5日",
                "安全な給食を届けます。").department());
        assertEquals("郷土資料館", parse("若葉市郷土資料館の基本的運営方針について", "資料を守ります。").department());
        assertEquals("若葉県立図書館", parse("• 若葉県立図書館中期サービス目標", "1 貸出の拡大").department());
        assertEquals("郷土資料保管庫", parse("みどり町郷土資料保管庫運営方針", "資料を守ります。").department());
        assertEquals("自然展示館", parse("自然展示館中期経営目標(平成30年度~令和4年度)", "利用者数を5年間で5%増やします。")
                .department());
        assertEquals("東台公民館", parse("平成27年度東台公民館組織目標", "1.地域の学び").department());
        // a page flattened into one line: its first words are its title
        assertEquals("海辺科学館", parse("海辺科学館 中期経営目標 取組状況(平成25年度) 中期経営目標(実施期間 H24~H26) "
                + "① 入館者数を3年間で10%増やします。 ② 満足度は90%以上を保ちます。 ③ 一人あたりの経費を10%減らします。 "
                + "1 中期経営目標の進捗状況 測定指標").department());
        assertEquals(null, parse("令和6年度 組織目標", "保健センターの運営方針に沿って事業を進めます。").department(),
                "a facility named inside a sentence is no title");
        assertEquals(null, parse("東台公民館の運営方針", "西台公民館の運営方針").department(), "two facilities: an index");
        assertTrue(parse("令和7年度若葉医療センター看護部目標", "1 安全な看護").department().endsWith("看護部"),
                "a unit inside the facility names the page");
        assertEquals(null, parse("中央図書館再整備基本方針", "1 建物の更新").department(), "a plan about the facility");
        assertEquals(null, parse("各地区公民館の運営方針", "1 学びの場").department(), "every facility's");
        assertEquals("市民生活部", parse("令和6年度 市民生活部 運営方針", "市民センターの運営方針").department(),
                "the department's own title comes first");
    }

    @Test
    void aPolicePlansTitleNamesThePoliceAndItsCalendarYear() throws Exception {
        GoalDocument d = parse("令和4年山梨県警察運営指針", "安全で安心なまち", "重点目標", "○ 身近な犯罪の抑止",
                "○ 交通事故の防止");
        assertEquals("山梨県警察", d.department());
        assertEquals(2022, d.fiscalYear().year());
        assertEquals("令和4年", d.fiscalYear().text(), "the text shows a calendar year, not a fiscal one");
        GoalDocument notice = parse("○令和6年山梨県警察業務運営指針について(通達)", "令和5年11月22日", "重点目標",
                "○ 身近な犯罪の抑止", "○ 交通事故の防止");
        assertEquals("山梨県警察", notice.department());
        assertEquals(2024, notice.fiscalYear().year());
        GoalDocument rule = parse("令和5年山梨県警察運営重点", "山梨県公安委員会運営規則に基づき定めました。", "重点目標",
                "○ 身近な犯罪の抑止", "○ 交通事故の防止");
        assertEquals("山梨県警察", rule.department(), "the police's plan, not the commission whose rule it follows");
        GoalDocument prose = parse("令和6年度 くらし安全部 運営方針", "山梨県警察運営重点と連携し、交通安全を進めます。", "部の目標",
                "1 交通事故の防止", "2 防犯灯の整備");
        assertEquals("くらし安全部", prose.department(), "a plan cited in prose names no unit");
        assertEquals(null, parse("平成30年改定 若葉市消防団運営指針", "団の目標", "1 訓練の充実", "2 団員の確保")
                .fiscalYear(), "a revision's year is no police plan's");
        assertEquals(null, parse("令和4年4月1日 市民部運営方針", "部の目標", "1 窓口の改善", "2 相談の充実")
                .fiscalYear(), "a date is no plan's calendar year");
    }

    @Test
    void aTitleAndNameInBracketsAfterTheReportsTitleGiveTheHead() throws Exception {
        GoalDocument line = parse("令和6年度 部局行動宣言 達成状況報告書(水道部長 北川 直人) ■取組項目 1 管路の更新",
                "老朽管を10km更新します。");
        assertEquals("北川 直人", line.head().name());
        assertEquals("部長", line.head().title());
        GoalDocument alone = parse("令和6年度 部局行動宣言", "(水道部長 北川 直人)", "■取組項目", "1 管路の更新");
        assertEquals("北川 直人", alone.head().name());
        // a bracket that closes an aside after the name is still no part of it
        assertEquals("北川 直人", parse("令和6年度 部局行動宣言", "水道部長 北川 直人(水道総務課、工務課)", "1 管路の更新")
                .head().name());
    }

    @Test
    void divisionNamesUnderTheRolesLabelBesideTheOrganisationsAreTheDivisions() throws Exception {
        // a borderless form: the two labels on one row, the names wrapped in a narrow column, each role a bullet
        GoalDocument d = parse("令和5年度 環境部長の目標宣言", "部等を構成する課等", "部等の主な役割", "環境政策課",
                "ごみ減量推進担当自然保", "護課", "・環境施策の総合調整", "・ごみの減量と資源化", "・自然の保護");
        assertEquals(List.of("環境政策課", "ごみ減量推進担当", "自然保護課"),
                d.divisions().stream().map(Division::name).toList());
        // a name that reads as two run together (a piece of the column lost to the roles) where the names are not as
        // many as the roles: none is read, and a warning says so
        GoalDocument lost = parse("令和5年度 環境部長の目標宣言", "部等を構成する課等", "部等の主な役割", "環境政策課",
                "・環境施策の総合調整", "・ごみの減量と資源化 ごみ減量推進担当自然保", "保護課公園緑地課", "・自然の保護");
        assertEquals(List.of(), lost.divisions().stream().map(Division::name).toList());
        assertTrue(lost.warnings().stream().anyMatch(w -> w.startsWith("division names beside their roles")),
                () -> "warnings: " + lost.warnings());
    }
}
