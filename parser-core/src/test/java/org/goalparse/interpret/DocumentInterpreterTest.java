package org.goalparse.interpret;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import org.goalparse.model.Goal;
import org.goalparse.model.GoalDocument;
import org.goalparse.model.Quantity;
import org.goalparse.model.SourceInfo;
import org.goalparse.outline.Heading;
import org.goalparse.outline.HeadingStyle;
import org.goalparse.outline.Item;
import org.goalparse.outline.Loc;
import org.goalparse.outline.Marker;
import org.goalparse.outline.Node;
import org.goalparse.outline.NumberStyle;
import org.goalparse.outline.Outline;
import org.goalparse.outline.Paragraph;
import org.junit.jupiter.api.Test;

/** The interpreter on outlines built by hand from fragments of the samples. */
class DocumentInterpreterTest {
    private static final SourceInfo SOURCE = new SourceInfo("t.txt", "0".repeat(64), "text/plain", null, "text");
    private final List<Node> nodes = new ArrayList<>();

    private DocumentInterpreterTest h(String text) {
        nodes.add(new Heading(text, HeadingStyle.BRACKET, 2, Loc.START));
        return this;
    }

    private DocumentInterpreterTest n(int number, String text) {
        nodes.add(new Item(new Marker(NumberStyle.ARABIC, number, String.valueOf(number)), text, Loc.START));
        return this;
    }

    private DocumentInterpreterTest b(String text) {
        nodes.add(new Item(new Marker(NumberStyle.BULLET, 0, "・"), text, Loc.START));
        return this;
    }

    private DocumentInterpreterTest p(String text) {
        nodes.add(new Paragraph(text, Loc.START));
        return this;
    }

    private GoalDocument interpret() {
        return new DocumentInterpreter().interpret(new Outline(nodes, List.of()), SOURCE, null);
    }

    private static Goal goal(GoalDocument d, int n) {
        return d.goals().stream().filter(g -> g.number() == n).findFirst().orElseThrow();
    }

    private static List<String> values(List<Quantity> qs) {
        return qs.stream().map(q -> q.value().stripTrailingZeros().toPlainString() + q.unit()).toList();
    }

    @Test
    void goalsAndAchievementsInterleavedPageByPage() {
        // iruma 2022: goals 1-2, achievements 1-2, goal 3 (next page, left), goal 4, then the rest of achievement 2
        // (right column of that page), then achievements 3 and 4.
        p("市民生活部は、地域振興課・人権推進課・市民課で構成し、事務事業を行っています。")
                .h("課の目標(達成すべき目標)").h("地域振興課")
                .n(1, "コミュニティ活動の活発なまちづくりの促進 自治会加入促進の充実に努めます。")
                .n(2, "多文化共生社会のまちづくり").p("市国際交流協会と連携し、「やさしい日本語」の普及を図ります。")
                .b("市民、職員向けに研修や講座の実施")
                .h("目標の達成度合")
                .n(1, "コミュニティ活動の活発なまちづくりの促進").p("地域課題解決の支援に取り組みました。")
                .b("自治会加入世帯数:40,070世帯")
                .n(2, "多文化共生社会のまちづくり").p("市国際交流協会と連携し「やさしい日本語」の普及に努めました。")
                .n(3, "地区センター開設準備").p("地区センター開設に向けての準備に取り組みます。")
                .h("人権推進課")
                .n(4, "男女共同参画社会の実現").p("誰もが自分らしく輝く入間の実現を目指します。")
                .b("講座、講演会の定員数に対する参加者数の割合:70%以上")
                .b("子育て支援関連施設従事者向け講座、市職員向け講座(2回)の実施")
                .b("広報いるまをはじめとする市刊行物等での「やさしい日本語」の活用")
                .n(3, "地区センター開設準備").p("施設のハード面を整備しました。")
                .n(4, "男女共同参画社会の実現").p("参加者数の割合は61.7%でした。");
        GoalDocument d = interpret();
        assertEquals(List.of(1, 2, 3, 4), d.goals().stream().map(Goal::number).toList());
        assertEquals("地域振興課", goal(d, 2).division());
        assertEquals("人権推進課", goal(d, 4).division());
        assertEquals("コミュニティ活動の活発なまちづくりの促進", goal(d, 1).title());
        assertEquals("自治会加入促進の充実に努めます。", goal(d, 1).text());
        assertEquals(List.of("40070世帯"), values(goal(d, 1).achievement().results()));
        assertEquals(List.of("70%"), values(goal(d, 4).targets()));
        assertEquals(">=", goal(d, 4).targets().get(0).comparator());
        assertEquals(List.of("2回"), values(goal(d, 2).achievement().results()));
        assertEquals(List.of(), goal(d, 2).targets());
        assertEquals(List.of("61.7%"), values(goal(d, 4).achievement().results()));
        assertEquals("施設のハード面を整備しました。", goal(d, 3).achievement().text());
        assertEquals(List.of("地域振興課", "人権推進課", "市民課"), d.divisions().stream().map(x -> x.name()).toList());
    }

    @Test
    void aTargetStatedTwiceIsOneTarget() {
        h("課の目標").n(6, "サービスの充実").p("対人口比交付率80%を目指します。").b("マイナンバーカード交付率:80%(対人口比)");
        assertEquals(List.of("80%"), values(goal(interpret(), 6).targets()));
    }

    @Test
    void documentFacts() {
        p("令和3年度 市民生活部長の目標宣言").p("市民生活部長").p("大津 隆治")
                .p("「第11次伊勢原市交通安全計画」を策定するとともに、自転車の交通安全対策の強化を図ります。");
        GoalDocument d = interpret();
        assertEquals("市民生活部", d.department());
        assertEquals("伊勢原市", d.municipality());
        assertEquals(2021, d.fiscalYear().year());
        assertEquals("令和", d.fiscalYear().era());
        assertEquals("大津 隆治", d.head().name());
    }

    @Test
    void aCityNamedNowhereIsNull() {
        p("市民生活部の目標(令和7年度)").p("市国際交流協会と共に普及を図ります。").p("市区町村へ提出する必要があります。");
        GoalDocument d = interpret();
        assertNull(d.municipality());
        assertEquals(2025, d.fiscalYear().year());
    }

    @Test
    void labelledFormFields() {
        p("部局名 市民部").p("部長名 後藤 信幸");
        GoalDocument d = interpret();
        assertEquals("市民部", d.department());
        assertEquals("後藤 信幸", d.head().name());
    }

    @Test
    void readingBeforeANameIsTheReading() {
        String[] rn = PersonNames.spacedWithReading("うちだ とおる 内田 徹");
        assertEquals("うちだ とおる", rn[0]);
        assertEquals("内田 徹", rn[1]);
        assertNull(PersonNames.spacedWithReading("市民協働課 交通防犯対策担当 市民文化会館担当"));
    }

    @Test
    void aNameWithoutItsSpaceUnderItsReadingIsAName() {
        String[] rn = PersonNames.spacedWithReading("やまね かずお 山根和夫");
        assertEquals("やまね かずお", rn[0]);
        assertEquals("山根和夫", rn[1]);
        assertEquals("きたのはるこ", PersonNames.spacedWithReading("きたのはるこ 北野春子")[0]);
        // a scan read the ruby's characters apart and out of order: the name stands, the reading is not given
        rn = PersonNames.spacedWithReading("やまね かず お 山根和夫");
        assertNull(rn[0]);
        assertEquals("山根和夫", rn[1]);
        assertNull(PersonNames.spacedWithReading("山根和夫"), "a glued name alone is no staff table's name");
        assertNull(PersonNames.spacedWithReading("の 市民課"), "one kana is no reading");
    }

    @Test
    void quantityValuesArePlainNumbers() {
        h("目標の達成度合");
        h("課の目標").n(1, "交通安全対策の推進").p("交通安全教室を実施します。").h("目標の達成度合")
                .n(1, "交通安全対策の推進").p("実施回数及び参加人員:223回、11,342人");
        Goal g = goal(interpret(), 1);
        assertEquals(new BigDecimal("11342"), g.achievement().results().get(1).value());
    }

    @Test
    void hiraganaDepartmentsWardsAndColonLabels() {
        p("令和6年度 こども未来部の運営方針").p("部長名:山田 太郎").p("世田谷区子ども計画に基づき、世田谷区の子育て支援を進めます。");
        GoalDocument d = interpret();
        assertEquals("こども未来部", d.department());
        assertEquals("山田 太郎", d.head().name());
        assertEquals("世田谷区", d.municipality());
        assertEquals(2024, d.fiscalYear().year());
    }

    @Test
    void aCityIsPreferredToAWardOfIt() {
        p("新潟市東区の地域づくりを支援します。").p("東区役所と連携します。").p("東区の自治会を支援します。");
        assertEquals("新潟市", interpret().municipality());
    }

    @Test
    void goalsNumberedInParenthesesAreGoalsToo() {
        h("課の目標").p("(1) 窓口サービスの向上 待ち時間を短縮します。").h("目標の達成度合")
                .p("(1) 窓口サービスの向上 待ち時間を3分短縮しました。");
        nodes.replaceAll(n -> n instanceof Paragraph p && p.text().startsWith("(1)")
                ? new Item(new Marker(NumberStyle.PAREN, 1, "(1)"), p.text().substring(4), Loc.START) : n);
        Goal g = goal(interpret(), 1);
        assertEquals("窓口サービスの向上", g.title());
        assertEquals("待ち時間を3分短縮しました。", g.achievement().text());
    }
}
