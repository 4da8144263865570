package org.goalparse.normalize;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.goalparse.layout.Block;
import org.goalparse.layout.Cell;
import org.goalparse.layout.Layout;
import org.goalparse.layout.Line;
import org.goalparse.layout.Page;
import org.goalparse.layout.Provenance;
import org.goalparse.layout.Row;
import org.goalparse.layout.Table;
import org.goalparse.layout.TextBlock;
import org.junit.jupiter.api.Test;

class TextNormalizerTest {
    private static final TextNormalizer NORMALIZER = new TextNormalizer();

    private static Line line(String text, int page) {
        return new Line(text, Provenance.ofPage(page));
    }

    private static Cell cell(int column, String... lines) {
        return new Cell(List.of(lines).stream().map(t -> line(t, 1)).toList(), column, Provenance.ofPage(1));
    }

    @Test
    void tableCellWithParagraphMarkupSplitsIntoLines() {
        Table table = new Table(List.of(
                new Row(List.of(cell(0, "部 局"), cell(1, "市民協働部"), cell(2, "氏 名"), cell(3, "宮城 節子"))),
                new Row(List.of(cell(0, "-----"), cell(1, "-------"), cell(2, "-----"), cell(3, "-------"))),
                new Row(List.of(cell(0, "1"), cell(1, "<p>地域自治・市民協働の推進</p> <p>(1) 地域自治組織の形成・活動を支援します。 "
                        + "①未設置の小学校区において、地域諸団体や公民分館等団体の長等への働きかけを地域連携センターと共同で実施(4校区以上)</p>"),
                        cell(2, ""), cell(3, "<p>総合計画</p> <p>5-1-③ 地域課題の共有を図り、協働によるまちづくりを推進します。</p>")))),
                Provenance.ofPage(1));
        Layout in = new Layout("text/plain", null, "test", List.of(new Page(1, 0, 0, List.of(table))), List.of("w"));

        Layout out = NORMALIZER.normalize(in);

        assertEquals(List.of("w"), out.warnings());
        assertEquals("test", out.extractor());
        Table t = assertInstanceOf(Table.class, out.pages().get(0).blocks().get(0));
        assertEquals(2, t.rows().size(), "the markdown separator row is gone");
        assertEquals(List.of("部局", "市民協働部", "氏名", "宮城 節子"),
                t.rows().get(0).cells().stream().map(Cell::text).toList());
        Row goal = t.rows().get(1);
        assertEquals(4, goal.cells().size(), "cells are never dropped");
        assertEquals(List.of("地域自治・市民協働の推進", "(1) 地域自治組織の形成・活動を支援します。 "
                        + "①未設置の小学校区において、地域諸団体や公民分館等団体の長等への働きかけを地域連携センターと共同で実施(4校区以上)"),
                goal.cells().get(1).lines().stream().map(Line::text).toList());
        assertTrue(goal.cells().get(2).isBlank());
        assertEquals("総合計画\n5-1-③ 地域課題の共有を図り、協働によるまちづくりを推進します。", goal.cells().get(3).text());
        assertEquals(3, goal.cells().get(3).column());
    }

    @Test
    void pagesAndBlocksKeepTheirOrderAndMarkupOnlyBlocksGo() {
        TextBlock heading = new TextBlock(List.of(line("# 市民生活部", 1), line("## 組織目標", 1)), Provenance.ofPage(1));
        TextBlock markupOnly = new TextBlock(List.of(line("<div data-bbox=\"399 1344 774 1422\"></div>", 1)), Provenance.ofPage(1));
        TextBlock items = new TextBlock(List.of(line("- 1 すべての個人が、性別に縛られず、互いに社会のあらゆる場面で個性や能力を十分に発揮し活躍 できる社会づくりを進めます。", 2),
                line("- ·自治会加入世帯数: 40,070 世帯(令和4年10月1日現在)", 2), line("", 2)), Provenance.ofPage(2));
        Layout in = new Layout("application/pdf", 2, "test", List.of(new Page(1, 595, 842, List.of(heading, markupOnly)),
                new Page(2, 595, 842, List.of(items))), List.of());

        Layout out = NORMALIZER.normalize(in);

        assertEquals(2, out.pages().size());
        assertEquals(2, out.pageCount());
        Page p1 = out.pages().get(0);
        assertEquals(595f, p1.width());
        assertEquals(1, p1.blocks().size());
        assertEquals(List.of("市民生活部", "組織目標"), texts(p1.blocks().get(0)));
        Page p2 = out.pages().get(1);
        assertEquals(2, p2.number());
        assertEquals(List.of("1 すべての個人が、性別に縛られず、互いに社会のあらゆる場面で個性や能力を十分に発揮し活躍できる社会づくりを進めます。",
                "・自治会加入世帯数:40,070世帯(令和4年10月1日現在)"), texts(p2.blocks().get(0)));
        assertEquals(2, p2.blocks().get(0).provenance().page());
        assertEquals(2, ((TextBlock) p2.blocks().get(0)).lines().get(1).provenance().page());
    }

    @Test
    void aPrintedPageNumberIsDroppedNotReadAsAListMark() {
        assertEquals(List.of(), NORMALIZER.normalize(line("                - 1 -", 1)));
        assertEquals(List.of(), NORMALIZER.normalize(line("−12−", 1)));
        assertEquals(List.of("・市民の参加"), NORMALIZER.normalize(line("- ・市民の参加", 1)).stream().map(Line::text).toList());
        assertEquals(List.of("1-2 地域の課題"), NORMALIZER.normalize(line("1-2 地域の課題", 1)).stream().map(Line::text).toList());
    }

    @Test
    void aLineSplitByMarkupGoesThroughEveryRule() {
        List<Line> lines = NORMALIZER.normalize(new Line("<p><b>【目標の達成度合】</b></p> <ol style=\"list-style-type: none\"><li>１ コミュニティ活動の"
                + "活発なまちづくりの促進 地域住民が主体となり、まちづくりに参画できるような参加者の意識高揚を目指すため</li></ol>", Provenance.ofPage(1)));
        assertEquals(List.of("【目標の達成度合】", "1 コミュニティ活動の活発なまちづくりの促進 地域住民が主体となり、まちづくりに参画できるような参加者の意識高揚を目指すため"),
                lines.stream().map(Line::text).toList());
        assertTrue(lines.get(0).bold());
    }

    @Test
    void noMarkupEntityOrLostCircledNumberInAnySample() {
        Pattern markup = Pattern.compile("</?(p|li|ol|ul|div|b|br)\\b|&(amp|lt|gt|nbsp);|^#+ |^- ");
        for (var p : Samples.texts()) {
            int circledIn = 0;
            int circledOut = 0;
            for (String raw : Samples.lines(p)) {
                for (String cell : raw.split("\t")) {
                    circledIn += circled(cell);
                    for (Line l : NORMALIZER.normalize(new Line(cell, Provenance.UNKNOWN))) {
                        assertFalse(markup.matcher(l.text()).find(), p.getFileName() + ": " + l.text());
                        assertFalse(l.text().isBlank());
                        assertFalse(l.text().contains("  "));
                        circledOut += circled(l.text());
                    }
                }
            }
            assertEquals(circledIn, circledOut, p.getFileName().toString());
        }
    }

    @Test
    void iruma2022HasNoSpuriousSpaceLeftInTheWordsItSplit() {
        List<String> all = new ArrayList<>();
        for (String raw : Samples.read("iruma-2022-shiminseikatsubu.txt").split("\n")) {
            NORMALIZER.normalize(new Line(raw, Provenance.UNKNOWN)).forEach(l -> all.add(l.text()));
        }
        String text = String.join("\n", all);
        for (String word : List.of("市民課", "地区センター", "40,070世帯", "12種類", "努めます", "との連携", "意思疎通", "参加者数の割合:70%以上",
                "第11次", "割合は61.7%でした", "223回、11,342人", "年間343回、", "防犯対策", "小学校", "開催", "サービス", "末日現在")) {
            assertTrue(text.contains(word), word);
        }
        for (String kept : List.of("市民生活部長 関谷 佳代子", "1 コミュニティ活動の活発なまちづくりの促進 地域コミュニティの中核を担う")) {
            assertTrue(text.contains(kept), kept);
        }
    }

    private static int circled(String s) {
        return (int) s.codePoints().filter(UnicodeFolding::isProtected).count();
    }

    private static List<String> texts(Block b) {
        return ((TextBlock) b).lines().stream().map(Line::text).toList();
    }
}
