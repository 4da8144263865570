package org.goalparse.provenance;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.goalparse.GoalParser;
import org.goalparse.layout.BBox;
import org.goalparse.layout.Layout;
import org.goalparse.layout.LayoutText;
import org.goalparse.layout.Line;
import org.goalparse.layout.Page;
import org.goalparse.layout.Provenance;
import org.goalparse.layout.TextBlock;
import org.goalparse.model.GoalDocument;
import org.goalparse.model.GoalJson;
import org.goalparse.model.Origin;
import org.goalparse.source.Source;
import org.junit.jupiter.api.Test;

/** Provenance on invented documents: spans into {@code goalparse text}, a number cut out of its line, off by default. */
class ValueLocatorTest {
    private static final String DOC = String.join("\n",
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

    private static final GoalParser PARSER = GoalParser.builder().build();

    private static Source source() {
        return Source.of("kodomo.txt", DOC.getBytes(StandardCharsets.UTF_8));
    }

    /** The text at a span of {@code goalparse text}. */
    private static String at(String text, Origin o) {
        int[] cps = text.codePoints().toArray();
        return new String(cps, o.span().get(0), o.span().get(1) - o.span().get(0));
    }

    @Test
    void eachValueOfATextHasTheSpanOfItsWordsInGoalparseTextAndNoPageOrBox() throws Exception {
        GoalDocument d = PARSER.withProvenance(true).parse(source());
        String text = LayoutText.render(PARSER.text(source()));
        Map<String, Origin> p = d.provenance();
        assertEquals("こども未来部", at(text, p.get("/department")));
        assertEquals("子育て支援課", at(text, p.get("/goals/0/division")));
        assertEquals("子育て相談体制の充実", at(text, p.get("/goals/0/title")));
        // the same title again under 実績: the goal's is the first, below its division
        assertTrue(p.get("/goals/0/title").span().get(0) < text.indexOf("【実績】"));
        // a number cut out of its line: the span of its characters (12回), not of the line
        assertEquals("12回", at(text, p.get("/goals/0/targets/0/value")));
        assertEquals("14回", at(text, p.get("/goals/0/achievement/results/0/value")));
        assertEquals("98人", at(text, p.get("/goals/1/achievement/results/0/value")));
        for (Origin o : p.values()) {
            assertNull(o.page(), "a text file has no pages");
            assertNull(o.bbox(), "nor boxes");
            assertNull(o.sheet());
        }
        // pointers in document order
        List<String> keys = List.copyOf(p.keySet());
        assertTrue(keys.indexOf("/department") < keys.indexOf("/goals/0/title"));
        assertTrue(keys.indexOf("/goals/0/title") < keys.indexOf("/goals/1/title"));
    }

    @Test
    void provenanceIsOffUnlessAskedFor() throws Exception {
        GoalDocument d = PARSER.parse(source());
        assertNull(d.provenance());
        assertEquals(d, PARSER.withProvenance(true).parse(source()).withProvenance(null),
                "provenance changes no other field");
        assertFalse(GoalJson.compact(d).contains("\"provenance\""));
        assertTrue(GoalJson.compact(PARSER.withProvenance(true).parse(source())).contains("\"provenance\":{"));
    }

    @Test
    void aShortValueWrittenTwiceAwayFromItsObjectHasNoProvenanceAndALineGivesItsPageAndBox() throws Exception {
        GoalDocument d = PARSER.parse(source());
        assertEquals("部長", d.head().title());
        assertEquals("山田 太郎", d.head().name());
        // 部長 stands twice, neither beside the head's name: which one the title came from is unknown
        Layout layout = layout("市民部長メッセージ", "部長会議の報告", "山田 太郎");
        Map<String, Origin> p = ValueLocator.locate(d, layout);
        assertFalse(p.containsKey("/head/title"));
        Origin name = p.get("/head/name");
        assertEquals(1, name.page());
        assertEquals(List.of(10.0, 34.0, 200.0, 44.0), name.bbox());
        assertEquals("山田 太郎", at(LayoutText.render(layout), name));
        assertFalse(p.containsKey("/department"), "a value the layout does not hold has no entry");
    }

    @Test
    void aTitleEndingTheLineAboveTheNameIsTheTitleOfThatLine() throws Exception {
        GoalDocument d = PARSER.parse(source());
        // 市民生活部長 over 山田 太郎: the title is the 部長 of the line above, not the one of 部長会議
        Layout layout = layout("部長会議の報告", "市民生活部長", "山田 太郎");
        String text = LayoutText.render(layout);
        Origin title = ValueLocator.locate(d, layout).get("/head/title");
        assertEquals("部長", at(text, title));
        assertEquals(text.indexOf("市民生活部長") + 4, title.span().get(0));
        assertEquals(List.of(10.0, 22.0, 200.0, 32.0), title.bbox());
        // beside the name on its own line
        layout = layout("部長会議の報告", "市民生活部長 山田 太郎");
        text = LayoutText.render(layout);
        title = ValueLocator.locate(d, layout).get("/head/title");
        assertEquals(text.indexOf("市民生活部長") + 4, title.span().get(0));
    }

    private static Layout layout(String... lines) {
        List<Line> ls = new java.util.ArrayList<>();
        float y = 10;
        for (String s : lines) {
            ls.add(new Line(s, new Provenance(1, new BBox(10, y, 200, y + 10), -1, -1)));
            y += 12;
        }
        return LayoutText.stamped(new Layout("application/pdf", 1, "test",
                List.of(new Page(1, 595, 842, List.of(new TextBlock(ls, Provenance.ofPage(1))))), List.of()));
    }
}
