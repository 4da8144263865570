package org.goalparse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.charset.Charset;
import java.util.List;
import org.goalparse.model.Goal;
import org.goalparse.model.GoalDocument;
import org.goalparse.source.Source;
import org.junit.jupiter.api.Test;

/**
 * The whole pipeline on small documents written in the genre's other common shapes (not the samples' wording):
 * a department declaration in Shift_JIS with goals numbered 目標1, 目標2 and a separate achievement section.
 */
class GoalParserTest {
    private static final GoalParser PARSER = GoalParser.builder().build();

    private static GoalDocument parse(String name, String text, Charset charset) throws GoalParseException {
        return PARSER.parse(Source.of(name, text.getBytes(charset)));
    }

    @Test
    void labeledGoalsWithASeparateAchievementSection() throws Exception {
        String doc = String.join("\n",
                "令和６年度　こども未来部　組織目標",
                "こども未来部長　山田　太郎",
                "",
                "【部の基本方針】",
                "子どもが健やかに育つまちを目指します。",
                "",
                "【課の目標】",
                "【子育て支援課】",
                "目標１：子育て相談体制の充実",
                "相談窓口を拡充し、子育て講座を年１２回開催します。",
                "目標２：待機児童の解消",
                "保育定員を１２０人増やします。",
                "",
                "【実績】",
                "目標１：子育て相談体制の充実",
                "子育て講座を年１４回開催しました。",
                "目標２：待機児童の解消",
                "保育定員を９８人増やしました。");
        GoalDocument d = parse("kodomo.txt", doc, Charset.forName("windows-31j"));
        assertEquals("こども未来部", d.department());
        assertEquals(2024, d.fiscalYear().year());
        assertEquals("山田 太郎", d.head().name());
        assertNull(d.municipality());
        assertEquals(List.of("子どもが健やかに育つまちを目指します。"), d.basicDirection());
        assertEquals(List.of(1, 2), d.goals().stream().map(Goal::number).toList());
        Goal g1 = d.goals().get(0);
        assertEquals("子育て支援課", g1.division());
        assertEquals("子育て相談体制の充実", g1.title());
        assertEquals("12", g1.targets().get(0).value().toPlainString());
        assertEquals("14", g1.achievement().results().get(0).value().toPlainString());
        assertEquals("120", d.goals().get(1).targets().get(0).value().toPlainString());
        assertEquals("98", d.goals().get(1).achievement().results().get(0).value().toPlainString());
    }

    @Test
    void aGoalTableInHtmlWithNumberGoalResultAndRatingColumns() throws Exception {
        String html = "<html><body><h1>令和5年度 市民部の組織目標</h1>"
                + "<p>第3次さくら市総合計画に基づき、さくら市の市民サービスを向上します。</p>"
                + "<table><tr><th>No</th><th>目標</th><th>実績</th><th>評価</th></tr>"
                + "<tr><td>1</td><td><p>窓口の待ち時間短縮</p><p>平均待ち時間を15分以内にします。</p></td>"
                + "<td>平均待ち時間は12分でした。</td><td>A</td></tr>"
                + "<tr><td>2</td><td><p>マイナンバーカードの普及</p><p>交付率80%以上を目指します。</p></td>"
                + "<td>交付率は76.5%となりました。</td><td>B</td></tr></table></body></html>";
        GoalDocument d = parse("sakura.html", html, java.nio.charset.StandardCharsets.UTF_8);
        assertEquals("市民部", d.department());
        assertEquals("さくら市", d.municipality());
        assertEquals(2023, d.fiscalYear().year());
        assertEquals(List.of(1, 2), d.goals().stream().map(Goal::number).toList());
        Goal g2 = d.goals().get(1);
        assertEquals("マイナンバーカードの普及", g2.title());
        assertEquals(">=", g2.targets().get(0).comparator());
        assertEquals("76.5", g2.achievement().results().get(0).value().toPlainString());
        assertEquals("<=", d.goals().get(0).targets().get(0).comparator());
    }
}
