package org.goalparse.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.Test;

class TextMarkupTest {
    private static Evidence span(String pointer, int start, int end) {
        return new Evidence(pointer, Kind.of(pointer), List.of(), new int[] {start, end}, null, null);
    }

    private static Element pre(String html) {
        return Jsoup.parse("<pre>" + html + "</pre>").selectFirst("pre");
    }

    @Test
    void nestedSpansNestAndTheTextIsKeptWhole() {
        // code points: a surrogate pair before the spans shifts UTF-16 offsets but not code points
        String text = "𠮷目標1 市民の参加を広げる\n指標: 50 <件> & more\n";
        TextMarkup.Result r = TextMarkup.mark(text, List.of(span("/goals/0", 1, 25), span("/goals/0/title", 5, 14),
                span("/goals/0/targets/0", 15, 25)));
        Element pre = pre(r.html());
        assertEquals(text, pre.wholeText(), "every character once, escaped and unescaped back");
        assertEquals("市民の参加を広げる", pre.selectFirst("[data-pointer=\"/goals/0/title\"]").text());
        assertEquals("指標: 50 <件>", pre.selectFirst("[data-pointer=\"/goals/0/targets/0\"]").text());
        Element goal = pre.selectFirst("[data-pointer=\"/goals/0\"]");
        assertEquals(2, goal.select(".box").size() - 1, "title and target inside the goal's box");
        assertTrue(goal.hasClass("k-goal") && pre.selectFirst(".k-target") != null, "coloured by kind");
        assertEquals(0, r.outside());
    }

    @Test
    void aSpanCrossingAnothersEndGoesOnInASecondElement() {
        String text = "abcdefghij";
        TextMarkup.Result r = TextMarkup.mark(text, List.of(span("/a", 0, 6), span("/b", 3, 9),
                span("/c", 20, 25), span("/d", 4, 4)));
        Element pre = pre(r.html());
        assertEquals(text, pre.wholeText());
        assertEquals("abcdef", pre.selectFirst("[data-pointer=/a]").text());
        Elements b = pre.select("[data-pointer=/b]");
        assertEquals(List.of("def", "ghi"), b.eachText());
        assertTrue(b.get(1).hasClass("cont"));
        assertEquals(2, r.outside(), "past the end, and empty");
    }
}
