package org.goalparse.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.goalparse.layout.BBox;
import org.goalparse.layout.Line;
import org.goalparse.layout.Provenance;
import org.junit.jupiter.api.Test;

class MarkupSplitterTest {
    private final MarkupSplitter splitter = new MarkupSplitter();

    private List<String> texts(String s) {
        return splitter.apply(new Line(s, Provenance.UNKNOWN)).stream().map(Line::text).toList();
    }

    @Test
    void paragraphsBecomeLinesAndBoldIsKept() {
        List<Line> lines = splitter.apply(new Line("<p><b>【部の基本方向】</b></p> <p>市民一人ひとりが互いを尊重し合い、つながりを大切にしたいまちを創造します。</p> "
                + "<p>9地区の地区センターを拠点とし、少子高齢社会の多岐に渡る課題に対応しながら、地域住民の利便性向上や地域福祉の発展を目指します。</p>",
                Provenance.ofPage(1)));
        assertEquals(List.of("【部の基本方向】", "市民一人ひとりが互いを尊重し合い、つながりを大切にしたいまちを創造します。",
                "9地区の地区センターを拠点とし、少子高齢社会の多岐に渡る課題に対応しながら、地域住民の利便性向上や地域福祉の発展を目指します。"),
                lines.stream().map(Line::text).toList());
        assertTrue(lines.get(0).bold());
        assertFalse(lines.get(1).bold());
    }

    @Test
    void listItemsBecomeLinesAndEmptyDivsVanish() {
        assertEquals(List.of("【課の目標(達成すべき目標)】", "【地域振興課】", "1 コミュニティ活動の活発なまちづくりの促進 魅力と活気に満ちたまちづくりを推進するため",
                        "2 多文化共生社会のまちづくり"),
                texts("<p><b>【課の目標(達成すべき目標)】</b></p> <div data-bbox=\"399 1344 774 1422\"></div> <p><b>【地域振興課】</b></p> "
                        + "<ol style=\"list-style-type: none\"><li>1 コミュニティ活動の活発なまちづくりの促進 魅力と活気に満ちたまちづくりを推進するため</li>"
                        + "<li>2 多文化共生社会のまちづくり</li></ol>"));
    }

    @Test
    void bulletListFromIsehara() {
        assertEquals(List.of("・ 地域コミュニティ活動の支援", "・ 交通安全対策及び地域防犯活動の推進"),
                texts("<ul style=\"list-style-type: none\"> <li>・ 地域コミュニティ活動の支援</li> <li>・ 交通安全対策及び地域防犯活動の推進</li> </ul>"));
    }

    @Test
    void breaksAndNewlinesSplit() {
        assertEquals(List.of("定員:各15名", "参加者47名"), texts("定員:各15名<br>参加者47名"));
        assertEquals(List.of("定員:各15名", "参加者47名"), texts("定員:各15名<br/>参加者47名"));
        assertEquals(List.of("a", "b"), texts("a\nb"));
    }

    @Test
    void inlineTagsVanishWithoutSplitting() {
        assertEquals(List.of("令和5年度の目標"), texts("令和5年度の<span class=\"x\">目標</span>"));
    }

    @Test
    void textThatOnlyLooksLikeMarkupStays() {
        assertEquals(List.of("1<2 かつ 3>2"), texts("1<2 かつ 3>2"));
    }

    @Test
    void onlyMarkupGivesNoLine() {
        assertEquals(List.of(), texts("<div data-bbox=\"399 1344 774 1422\"></div>"));
    }

    @Test
    void lineWithoutMarkupIsReturnedAsIs() {
        Line line = new Line("市民生活部の目標(令和4年度)", Provenance.ofPage(2));
        assertSame(line, splitter.apply(line).get(0));
    }

    @Test
    void piecesKeepProvenanceNarrowedToTheirOffsets() {
        String text = "<p>せ、「行かなくても済む市役所」</p> <p>の実現</p>";
        BBox box = new BBox(10, 20, 300, 40);
        List<Line> lines = splitter.apply(new Line(text, new Provenance(3, box, 100, 100 + text.length()), 10.5f, false));
        assertEquals(2, lines.size());
        assertEquals(new Provenance(3, box, 103, 103 + "せ、「行かなくても済む市役所」".length()), lines.get(0).provenance());
        assertEquals(text.indexOf("の実現") + 100, lines.get(1).provenance().start());
        assertEquals(10.5f, lines.get(1).fontSize());
    }

    @Test
    void provenanceWithoutMatchingOffsetsIsKeptWhole() {
        Provenance p = new Provenance(1, null, 5, 7);
        for (Line l : splitter.apply(new Line("<p>a</p><p>b</p>", p))) {
            assertEquals(p, l.provenance());
        }
    }
}
