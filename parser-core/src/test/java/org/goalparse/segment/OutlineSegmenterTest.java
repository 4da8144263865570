package org.goalparse.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import org.goalparse.layout.BBox;
import org.goalparse.layout.Block;
import org.goalparse.layout.Cell;
import org.goalparse.layout.Layout;
import org.goalparse.layout.Line;
import org.goalparse.layout.Page;
import org.goalparse.layout.Provenance;
import org.goalparse.layout.Row;
import org.goalparse.layout.Table;
import org.goalparse.layout.TextBlock;
import org.goalparse.outline.Node;
import org.goalparse.outline.Outline;
import org.goalparse.outline.TableKind;
import org.goalparse.outline.TableNode;
import org.junit.jupiter.api.Test;

/** Layout tables into outline order; data tables classified; positioned lines joined only where they wrap. */
class OutlineSegmenterTest {
    private static Cell cell(int col, String... lines) {
        List<Line> ls = new ArrayList<>();
        for (String l : lines) {
            ls.add(new Line(l, Provenance.UNKNOWN));
        }
        return new Cell(ls, col, Provenance.UNKNOWN);
    }

    private static Outline segment(Block... blocks) {
        return new OutlineSegmenter().segment(new Layout("text/plain", null, "test",
                List.of(new Page(1, 0, 0, List.of(blocks))), List.of()));
    }

    private static List<String> texts(Outline o) {
        return o.nodes().stream().map(Node::text).toList();
    }

    @Test
    void sideBySideColumnsUnderALabelRowAreReadColumnByColumn() {
        // iruma 2025: the goal column and the achievement column printed side by side under a title row
        Table t = new Table(List.of(
                new Row(List.of(cell(0, "市民生活部の目標(令和7年度)"), cell(1, "市民生活部長"))),
                new Row(List.of(cell(0, "【課の目標(達成すべき目標)】", "1 コミュニティ活動の活発なまちづくりの促進"),
                        cell(1, "【目標の達成度合】", "1 コミュニティ活動の活発なまちづくりの促進")))),
                Provenance.UNKNOWN);
        assertEquals(List.of("市民生活部の目標(令和7年度)", "課の目標(達成すべき目標)", "コミュニティ活動の活発なまちづくりの促進",
                "市民生活部長", "目標の達成度合", "コミュニティ活動の活発なまちづくりの促進"), texts(segment(t)));
    }

    /** A cell from x 40 to 140 whose lines end where given (10 pt type, 14 pt apart). */
    private static Cell placed(int col, float cellX0, float cellX1, String[] lines, float[] ends) {
        List<Line> ls = new ArrayList<>();
        for (int k = 0; k < lines.length; k++) {
            ls.add(new Line(lines[k], new Provenance(1, new BBox(cellX0 + 3, 100 + 14 * k, ends[k], 110 + 14 * k), -1, -1),
                    10, false));
        }
        return new Cell(ls, col, new Provenance(1, new BBox(cellX0, 97, cellX1, 100 + 14 * lines.length), -1, -1));
    }

    @Test
    void aLabelWrappedInItsNarrowCellIsOneHeading() {
        // 部等を構成する課 / 等: the label ran to the cell's edge and wrapped one character
        Table wrapped = new Table(List.of(
                new Row(List.of(placed(0, 40, 126, new String[] {"部等を構成する課", "等"}, new float[] {123, 53}),
                        placed(1, 126, 400, new String[] {"部等の主な役割"}, new float[] {199}))),
                new Row(List.of(placed(0, 40, 126, new String[] {"市民協働課", "戸籍住民課"}, new float[] {93, 93}),
                        placed(1, 126, 400, new String[] {"・地域活動の支援"}, new float[] {209})))), Provenance.UNKNOWN);
        assertEquals(List.of("部等を構成する課等", "市民協働課", "戸籍住民課", "部等の主な役割", "地域活動の支援"),
                texts(segment(wrapped)));
        // names stacked in a wide cell end far from its edge: each stays its own line
        Table stacked = new Table(List.of(new Row(List.of(
                placed(0, 40, 300, new String[] {"部等を構成する課", "等"}, new float[] {123, 53})))), Provenance.UNKNOWN);
        assertEquals(List.of("部等を構成する課", "等"), texts(segment(stacked)));
    }

    @Test
    void aTitleWrappedMidWordInItsCellIsJoinedNamesAtTheEdgeAreNot() {
        Table t = new Table(List.of(new Row(List.of(
                placed(0, 40, 160, new String[] {"地域自治・市民協働の推", "進"}, new float[] {158, 53}),
                placed(1, 160, 230, new String[] {"市民協働課", "戸籍住民課"}, new float[] {228, 228})))),
                Provenance.UNKNOWN);
        assertEquals(List.of("地域自治・市民協働の推進", "市民協働課", "戸籍住民課"), texts(segment(t)));
    }

    @Test
    void aWholeTitleThatFillsItsLineStaysATitle() {
        // every line runs to the column's right edge (x 300): the title ends in …の推進, the body opens with a noun
        String[] lines = {"1 観光案内所の運営体制の推進", "駅前の案内所と連携して観光客の受け入れを", "進めます。",
                "2 地域自治・市民協働の推", "進", "3 高齢者の見守り活動の推進", "と地域共生社会の実現に向けた連携の強化"};
        float[] ends = {300, 300, 120, 300, 110, 300, 290};
        List<Line> ls = new ArrayList<>();
        for (int k = 0; k < lines.length; k++) {
            ls.add(new Line(lines[k], new Provenance(1, new BBox(100, 100 + 14 * k, ends[k], 110 + 14 * k), -1, -1), 10,
                    false));
        }
        assertEquals(List.of("観光案内所の運営体制の推進", "駅前の案内所と連携して観光客の受け入れを進めます。", "地域自治・市民協働の推進",
                "高齢者の見守り活動の推進と地域共生社会の実現に向けた連携の強化"), texts(segment(new TextBlock(ls, Provenance.UNKNOWN))));
    }

    @Test
    void aNumberedLineTheCellBesideItOpensWithWordForWordIsAWholeLineInANarrowColumn() {
        // a narrow goal column: the goal's name runs to the cell's edge as far as the body lines do, but the result
        // cell beside it opens with the same numbered line, so it is whole; a name only this cell has still joins
        Table t = new Table(List.of(
                new Row(List.of(placed(0, 40, 180, new String[] {"2 多言語での案内と交流の場づくり", "外国人市民への案内を広げる",
                        "ため講座を開きます。"}, new float[] {176, 177, 140}),
                        placed(1, 180, 460, new String[] {"2 多言語での案内と交流の場づくり", "案内の冊子を作りました。"},
                                new float[] {316, 330}))),
                new Row(List.of(placed(0, 40, 180, new String[] {"3 防犯パトロールの支援と", "地域の見守り活動を広げる",
                        "ため講座を開きます。"}, new float[] {176, 177, 140}),
                        placed(1, 180, 460, new String[] {"3 防犯の取組", "見守りを広げました。"},
                                new float[] {250, 290})))), Provenance.UNKNOWN);
        List<String> texts = texts(segment(t));
        assertTrue(texts.contains("多言語での案内と交流の場づくり"), texts.toString());
        assertTrue(texts.contains("外国人市民への案内を広げるため講座を開きます。"), texts.toString());
        assertTrue(texts.contains("防犯パトロールの支援と地域の見守り活動を広げるため講座を開きます。"), texts.toString());
    }

    @Test
    void aNumberCellNumbersTheCellAfterIt() {
        // isehara: 部等の取組方針 | 1 | 【交通安全対策の強化に努めます】 …
        Table t = new Table(List.of(
                new Row(List.of(cell(0, "部等の取組方針"), cell(1, "1"), cell(2, "【交通安全対策の強化に努めます】", "交通安全計画を策定します。"))),
                new Row(List.of(cell(0, ""), cell(1, "2"), cell(2, "【意識啓発に努めます】")))), Provenance.UNKNOWN);
        Outline o = segment(t);
        assertEquals(List.of("部等の取組方針", "【交通安全対策の強化に努めます】", "交通安全計画を策定します。", "【意識啓発に努めます】"),
                texts(o));
        assertEquals(2, ((org.goalparse.outline.Item) o.nodes().get(3)).marker().value());
    }

    @Test
    void dataTablesKeepTheirKind() {
        Table kpi = new Table(List.of(
                new Row(List.of(cell(0, "事業番号"), cell(1, "主な事業"), cell(2, "事業指標"), cell(3, "現状値"))),
                new Row(List.of(cell(0, "17-101"), cell(1, "地域防犯活動推進事業"), cell(2, "くらし安心メール登録者数"),
                        cell(3, "14,989人 (令和2年度)")))), Provenance.UNKNOWN);
        Table staff = new Table(List.of(new Row(List.of(cell(0, "課名"), cell(1, "課長名"), cell(2, "職員数")))),
                Provenance.UNKNOWN);
        Outline o = segment(kpi, staff);
        assertEquals(TableKind.KPI, ((TableNode) o.nodes().get(0)).kind());
        assertEquals(TableKind.STAFF, ((TableNode) o.nodes().get(1)).kind());
    }

    @Test
    void positionedLinesJoinOnlyWhenTheyRunToTheRightEdge() {
        Line title = new Line("コミュニティ活動の活発なまちづくりの促進", new Provenance(1, new BBox(50, 100, 250, 110), -1, -1), 10, false);
        Line wrapped = new Line("地域コミュニティの中核を担う区・自治会との", new Provenance(1, new BBox(50, 112, 400, 122), -1, -1), 10, false);
        Line rest = new Line("連携により、支援に努めます。", new Provenance(1, new BBox(50, 124, 200, 134), -1, -1), 10, false);
        Outline o = segment(new TextBlock(List.of(title, wrapped, rest), Provenance.UNKNOWN));
        assertEquals(List.of("コミュニティ活動の活発なまちづくりの促進", "地域コミュニティの中核を担う区・自治会との連携により、支援に努めます。"),
                texts(o));
    }

    private static Line at(String text, float x0, float y0, float x1) {
        return new Line(text, new Provenance(1, new BBox(x0, y0, x1, y0 + 10), -1, -1), 10, false);
    }

    @Test
    void aWrappedLineThatOpensWithAMiddleDotContinuesTheWordBeforeIt() {
        // iruma 2022 PDF: "…市民生活の安定" runs to the right edge, the next line begins "・向上に努めました。"
        Line first = at("また、各種相談事業に取り組み、市民生活の安定", 312, 100, 532);
        Line dot = at("・向上に努めました。", 302, 110, 402);
        Line bullet = at("・人権啓発パンフレットの配布", 302, 122, 442);
        Outline o = segment(new TextBlock(List.of(first, dot, bullet), Provenance.UNKNOWN));
        assertEquals(List.of("また、各種相談事業に取り組み、市民生活の安定・向上に努めました。", "人権啓発パンフレットの配布"), texts(o));
    }

    @Test
    void aMiddleDotAfterAnotherBulletsWrappedLineContinuesIt() {
        // toyonaka 2022 PDF: "○…として吹田市" runs to the right edge, then "・豊中市合同で…"; no hanging indent
        Line first = at("○千里ニュータウンまちびらき60周年事業として吹田市", 348, 100, 579);
        Line dot = at("・豊中市合同で巡回写真展を開催しました。", 348, 110, 528);
        Line other = at("○とよなか地域創生塾の都市経営部からの移管に向けた課", 348, 120, 582);
        Outline o = segment(new TextBlock(List.of(first, dot, other), Provenance.UNKNOWN));
        assertEquals("千里ニュータウンまちびらき60周年事業として吹田市・豊中市合同で巡回写真展を開催しました。", texts(o).get(0));
        assertEquals(2, o.nodes().size());
    }

    @Test
    void aMiddleDotLineStartsANewBulletWhereTheLineBeforeEndedOrTheListHasNoHangingIndent() {
        // the line before stops short of the edge: a new bullet
        Line shortLine = at("・外国人向けに市公式ホームページで発信", 302, 100, 482);
        Line next = at("・広報いるまで記事の掲載", 302, 110, 422);
        Line full = at("・入間市パートナーシップ・ファミリーシップ宣誓", 302, 122, 532);
        // a ・ item that fills its line, then a ・ line where the bullets stand: the next item of the list
        Line sameColumn = at("・市内中学校における講演会の開催", 302, 132, 462);
        Outline o = segment(new TextBlock(List.of(shortLine, next, full, sameColumn), Provenance.UNKNOWN));
        assertEquals(4, o.nodes().size());
        // the same under a hanging indent: the continuation stands at the item's text
        Line indented = at("・啓発", 312, 132, 342);
        Outline hanging = segment(new TextBlock(List.of(full, indented), Provenance.UNKNOWN));
        assertEquals(List.of("入間市パートナーシップ・ファミリーシップ宣誓・啓発"), texts(hanging));
    }

    /** A paragraph as wide as the page's text (x 50 to 500), ended on its second line. */
    private static final List<Line> WIDE = List.of(
            at("本年度は、地域の拠点となる施設の開設に向けて、関係する団体との協議を進め", 50, 100, 500), at("ます。", 50, 112, 80));
    private static final String WIDE_TEXT = "本年度は、地域の拠点となる施設の開設に向けて、関係する団体との協議を進めます。";

    /** The blocks, each a list of positioned lines, on one A4 page of a PDF. */
    @SafeVarargs
    private static Outline onOnePage(List<Line>... blocks) {
        List<Block> bs = java.util.Arrays.stream(blocks).map(b -> (Block) new TextBlock(b, Provenance.UNKNOWN)).toList();
        return new OutlineSegmenter().segment(new Layout("application/pdf", 1, "test",
                List.of(new Page(1, 595, 842, bs)), List.of()));
    }

    @Test
    void aListOfShortEntriesWrapsOnlyWhereItsColumnEnds() {
        // invented: a paragraph above runs to the column's edge (x 500); the list below never does, and its
        // longest entry (x 480) is no margin the ○ entry (x 460, within its 2.5 em) ran to: the ・ line is the next bullet
        Line circle = at("○地域の特色を生かした農林水産業の振興と担い手の育成", 50, 140, 460);
        Line bullet = at("・新しく栽培を始める農家への技術指導と販路の開拓の支援", 50, 152, 480);
        Line another = at("・直売所を拠点とした地元食材の情報発信", 50, 164, 400);
        Outline o = onOnePage(WIDE, List.of(circle, bullet, another));
        assertEquals(List.of(WIDE_TEXT, "地域の特色を生かした農林水産業の振興と担い手の育成", "新しく栽培を始める農家への技術指導と販路の開拓の支援",
                "直売所を拠点とした地元食材の情報発信"), texts(o));
    }

    @Test
    void aLineShortOfItsColumnStillWrapsWhereTheNextGoesOnWithItsSentenceOrWord() {
        // invented: a wide block above (x 500) at the same left; this block's lines end at x 300, their own margin
        Line policy = at("(5) 来年2月の地域交流センター開設に向け、準備を進め", 50, 140, 300);
        Line tail = at("ます。", 50, 152, 80);
        Line goal = at("1 地域活動の担い手づくりの促", 50, 180, 300);
        Line rest = at("進", 50, 192, 60);
        Line entry = at("2 公共施設の再配置の検討と計画", 50, 204, 290);
        Line next = at("新たな施設の配置を検討します。", 50, 216, 200);
        Outline o = onOnePage(WIDE, List.of(policy, tail, goal, rest, entry, next));
        assertEquals(List.of(WIDE_TEXT, "来年2月の地域交流センター開設に向け、準備を進めます。", "地域活動の担い手づくりの促進", "公共施設の再配置の検討と計画",
                "新たな施設の配置を検討します。"), texts(o));
    }

    @Test
    void theLeftOfTwoColumnsEndsAtItsNeighbourNotAtTheTextAboveIt() {
        // invented: a paragraph as wide as the page (x 500) above two columns; the left column's lines end at the
        // gutter (x 250), where the right column (from x 270) stands beside them
        Line title = at("3 地域拠点施設の開設準備", 50, 140, 180);
        Line body = at("新たな地域づくりの拠点施設と", 50, 152, 250);
        Line more = at("して、開設に向けた準備を進めま", 50, 164, 250);
        Line end = at("す。", 50, 176, 70);
        Line beside = at("3 地域拠点施設の開設準備", 270, 140, 400);
        Outline o = onOnePage(WIDE, List.of(title, body, more, end), List.of(beside));
        assertEquals("新たな地域づくりの拠点施設として、開設に向けた準備を進めます。", texts(o).get(2));
    }

    @Test
    void aTableCutByAPageBreakIsJoinedAndItsSplitCellContinued() {
        // iruma 2022 PDF: goal 4's cell ends on page 1 with "…割合:" and page 2 begins with "70%以上"
        Table page1 = new Table(List.of(
                new Row(List.of(cell(0, "【課の目標(達成すべき目標)】"), cell(1, "【目標の達成度合】"))),
                new Row(List.of(cell(0, "4 男女共同参画社会の実現", "・参加者数の割合:"), cell(1, "4 男女共同参画社会の実現")))),
                Provenance.UNKNOWN);
        Table page2 = new Table(List.of(
                new Row(List.of(cell(0, "70%以上"), cell(1, "魅力アップセミナー"))),
                new Row(List.of(cell(0, "5 人権の尊重と専門相談の充実"), cell(1, "5 人権の尊重と専門相談の充実")))),
                Provenance.UNKNOWN);
        Outline o = new OutlineSegmenter().segment(new Layout("application/pdf", 2, "test",
                List.of(new Page(1, 0, 0, List.of(page1)), new Page(2, 0, 0, List.of(page2))), List.of()));
        assertEquals(List.of("課の目標(達成すべき目標)", "男女共同参画社会の実現", "参加者数の割合:", "70%以上",
                "人権の尊重と専門相談の充実", "目標の達成度合", "男女共同参画社会の実現", "魅力アップセミナー",
                "人権の尊重と専門相談の充実"), texts(o));
    }

    @Test
    void aRepeatedHeaderOnTheNextPageStartsNoContinuation() {
        Table page1 = new Table(List.of(
                new Row(List.of(cell(0, "事業番号"), cell(1, "事業指標"), cell(2, "現状値"))),
                new Row(List.of(cell(0, "17-101"), cell(1, "登録者数"), cell(2, "14,989人")))), Provenance.UNKNOWN);
        Table page2 = new Table(List.of(
                new Row(List.of(cell(0, "事業番号"), cell(1, "事業指標"), cell(2, "現状値"))),
                new Row(List.of(cell(0, "37-101"), cell(1, "年間利用者数"), cell(2, "4,339人")))), Provenance.UNKNOWN);
        Outline o = new OutlineSegmenter().segment(new Layout("application/pdf", 2, "test",
                List.of(new Page(1, 0, 0, List.of(page1)), new Page(2, 0, 0, List.of(page2))), List.of()));
        TableNode t = (TableNode) o.nodes().get(0);
        assertEquals(1, o.nodes().size());
        assertEquals(4, t.rows().size());
        assertEquals("17-101", t.rows().get(1).cells().get(0).text());
    }

    @Test
    void aRowRunOnUnderRepeatedHeaderRowsIsJoinedToTheRowAbove() {
        // a goal row taller than a page goes on under the two repeated header rows, its number cell left empty
        Row head1 = new Row(List.of(cell(0, "番号"), cell(1, "今年度の目標"), cell(2, "実績")));
        Row head2 = new Row(List.of(cell(0, ""), cell(1, "取り組む内容"), cell(2, "取り組んだ成果")));
        Table page1 = new Table(List.of(head1, head2,
                new Row(List.of(cell(0, "1"), cell(1, "図書館の利用促進", "(1) 貸出冊数を増やし"), cell(2, "○貸出冊数は")))),
                Provenance.UNKNOWN);
        Table page2 = new Table(List.of(head1, new Row(List.of(cell(0, ""), cell(1, "取り組む", "内容"),
                        cell(2, "取り組んだ成果"))),
                new Row(List.of(cell(0, ""), cell(1, "ます。"), cell(2, "前年より増えました。"))),
                new Row(List.of(cell(0, "2"), cell(1, "公園の美化"), cell(2, "○清掃回数は")))), Provenance.UNKNOWN);
        Outline o = new OutlineSegmenter().segment(new Layout("application/pdf", 2, "test",
                List.of(new Page(1, 0, 0, List.of(page1)), new Page(2, 0, 0, List.of(page2))), List.of()));
        TableNode t = (TableNode) o.nodes().get(0);
        assertEquals(1, o.nodes().size());
        List<String> firstCells = t.rows().stream().map(r -> r.cells().get(0).text()).toList();
        assertEquals(List.of("番号", "", "1", "番号", "", "2"), firstCells);
        assertEquals("図書館の利用促進\n(1) 貸出冊数を増やし\nます。", t.rows().get(2).cells().get(1).text());
        assertEquals("○貸出冊数は\n前年より増えました。", t.rows().get(2).cells().get(2).text());
    }

    @Test
    void aRowRunOnIsJoinedWhenTheTableWasAlreadyJoinedOverEarlierPages() {
        // pages 1 and 2 are one table already; page 3 repeats its two header rows (wrapped otherwise) and goes on
        // with goal 2's row, whose number cell is empty: the header is found where page 2's part begins
        Row head1 = new Row(List.of(cell(0, "番号"), cell(1, "今年度の目標"), cell(2, "実績")));
        Row head2 = new Row(List.of(cell(0, ""), cell(1, "取り組む内容"), cell(2, "取り組んだ成果")));
        Table page1 = new Table(List.of(new Row(List.of(cell(0, "方針"), cell(1, "取り組みの総括"), cell(2, "備考"))),
                new Row(List.of(cell(0, "地域の活性化"), cell(1, "協議会を開きました。"), cell(2, "通年"))),
                head1, head2, new Row(List.of(cell(0, "1"), cell(1, "図書館の利用促進"), cell(2, "○貸出冊数は")))),
                Provenance.UNKNOWN);
        Table page2 = new Table(List.of(head1, head2,
                new Row(List.of(cell(0, "2"), cell(1, "公園の美化"), cell(2, "○清掃回数は")))), Provenance.UNKNOWN);
        Table page3 = new Table(List.of(head1, new Row(List.of(cell(0, ""), cell(1, "取り組む", "内容"),
                        cell(2, "取り組んだ成果"))),
                new Row(List.of(cell(0, ""), cell(1, "(2) 花壇の整備"), cell(2, "○花壇を整えました。")))),
                Provenance.UNKNOWN);
        List<PageBreakJoiner.Placed> joined = new PageBreakJoiner(new LineClassifier()).join(new Layout(
                "application/pdf", 3, "test", List.of(new Page(1, 0, 0, List.of(page1)),
                        new Page(2, 0, 0, List.of(page2)), new Page(3, 0, 0, List.of(page3))), List.of()));
        assertEquals(1, joined.size());
        Table t = (Table) joined.get(0).block();
        List<String> firstCells = t.rows().stream().map(r -> r.cells().get(0).text()).toList();
        assertEquals(List.of("方針", "地域の活性化", "番号", "", "1", "番号", "", "2", "番号", ""),
                firstCells.stream().map(String::strip).toList());
        assertEquals("○清掃回数は\n○花壇を整えました。", t.rows().get(7).cells().get(2).text());
    }

    @Test
    void aPageEndingUnderItsHeaderRowsIsAllHeaderForTheNextPage() {
        // page 1 ends right under the table's two header rows; page 2 repeats them before goal 1: nothing of page
        // 2's header is joined to page 1's
        Row head1 = new Row(List.of(cell(0, "番号"), cell(1, "今年度の目標"), cell(2, "実績")));
        Row head2 = new Row(List.of(cell(0, ""), cell(1, "取り組む内容"), cell(2, "取り組んだ成果")));
        Table page1 = new Table(List.of(head1, head2), Provenance.UNKNOWN);
        Table page2 = new Table(List.of(head1, head2,
                new Row(List.of(cell(0, "1"), cell(1, "図書館の利用促進"), cell(2, "○貸出冊数は")))), Provenance.UNKNOWN);
        List<PageBreakJoiner.Placed> joined = new PageBreakJoiner(new LineClassifier()).join(new Layout(
                "application/pdf", 2, "test", List.of(new Page(1, 0, 0, List.of(page1)),
                        new Page(2, 0, 0, List.of(page2))), List.of()));
        Table t = (Table) joined.get(0).block();
        assertEquals(List.of("取り組んだ成果", "取り組んだ成果", "○貸出冊数は"),
                t.rows().subList(1, 5).stream().filter(r -> r.cells().size() > 2).map(r -> r.cells().get(2).text())
                        .filter(x -> !x.equals("実績")).toList());
    }

    @Test
    void aRowWithItsOwnNumberUnderRepeatedHeaderRowsStaysARow() {
        Row head = new Row(List.of(cell(0, "番号"), cell(1, "今年度の目標"), cell(2, "実績")));
        Table page1 = new Table(List.of(head,
                new Row(List.of(cell(0, "1"), cell(1, "図書館の利用促進"), cell(2, "○貸出冊数は増えた")))), Provenance.UNKNOWN);
        Table page2 = new Table(List.of(head,
                new Row(List.of(cell(0, "2"), cell(1, "公園の美化"), cell(2, "○清掃回数は")))), Provenance.UNKNOWN);
        Outline o = new OutlineSegmenter().segment(new Layout("application/pdf", 2, "test",
                List.of(new Page(1, 0, 0, List.of(page1)), new Page(2, 0, 0, List.of(page2))), List.of()));
        TableNode t = (TableNode) o.nodes().get(0);
        assertEquals(List.of("番号", "1", "番号", "2"), t.rows().stream().map(r -> r.cells().get(0).text()).toList());
        assertEquals("○貸出冊数は増えた", t.rows().get(1).cells().get(2).text());
    }

    @Test
    void formFieldsAboveADataHeaderAreSplitFromTheTable() {
        // hiratsuka: 部局名 | 市民部, 部長名 | 後藤 信幸, then 課名 | 課長名 | 職員数 in one ruled grid
        Table t = new Table(List.of(
                new Row(List.of(cell(0, "部局名"), cell(1, "市民部"))),
                new Row(List.of(cell(0, "部長名"), cell(1, "後藤 信幸"))),
                new Row(List.of(cell(0, "課名"), cell(1, "課長名"), cell(2, "職員数"))),
                new Row(List.of(cell(0, "市民課"), cell(1, "たかなし あけみ", "高梨 明美"), cell(2, "49")))),
                Provenance.UNKNOWN);
        Outline o = segment(t);
        assertEquals(List.of("部局名", "市民部", "部長名", "後藤 信幸"), texts(o).subList(0, 4));
        assertEquals(TableKind.STAFF, ((TableNode) o.nodes().get(4)).kind());
    }

    @Test
    void aLabelBlockEndsWhereRowsFillMoreCellsThanItHasLabels() {
        // isehara PDF: 部等を構成する課等 | 部等の主な役割 over the lists, then 部等の取組方針 | 1 | … in the same grid
        Table t = new Table(List.of(
                new Row(List.of(cell(0, "部等を構成する課等"), cell(1, "部等の主な役割"))),
                new Row(List.of(cell(0, "市民協働課", "戸籍住民課"), cell(1, "・地域コミュニティ活動の支援", "・住民基本台帳事務"))),
                new Row(List.of(cell(0, "部等の取組方針"), cell(1, "1"), cell(2, "【交通安全対策の強化に努めます】")))),
                Provenance.UNKNOWN);
        assertEquals(List.of("部等を構成する課等", "市民協働課", "戸籍住民課", "部等の主な役割", "地域コミュニティ活動の支援",
                "住民基本台帳事務", "部等の取組方針", "【交通安全対策の強化に努めます】"), texts(segment(t)));
    }

    private static TextBlock block(String... lines) {
        List<Line> ls = new ArrayList<>();
        for (String l : lines) {
            ls.add(new Line(l, Provenance.UNKNOWN));
        }
        return new TextBlock(ls, Provenance.UNKNOWN);
    }

    @Test
    void aBareNumberEndingABlockNumbersTheFirstLineOfTheNextBlockOfThePage() {
        // a table without rules read column by column: the No column's 3 ends one block, its title opens the next
        Outline o = segment(block("21 生涯学習の充実", "3"), block("公園の美化", "清掃の回数を増やします。"));
        assertEquals(List.of("生涯学習の充実", "公園の美化", "清掃の回数を増やします。"), texts(o));
        assertEquals(3, ((org.goalparse.outline.Item) o.nodes().get(1)).marker().value());
        // on another page, or with a table between, the number stays a line of its own
        Outline apart = new OutlineSegmenter().segment(new Layout("application/pdf", 2, "test",
                List.of(new Page(1, 0, 0, List.of(block("21 生涯学習の充実", "3"))),
                        new Page(2, 0, 0, List.of(block("公園の美化")))), List.of()));
        assertEquals(List.of("生涯学習の充実", "3", "公園の美化"), texts(apart));
    }

    @Test
    void aBareNumberIsNotJoinedToABlockThatOpensWithAnItemOfItsOwn() {
        // the next block opens with ① …: another column's list, not the title the number stands for
        Outline o = segment(block("33 みどりのまちづくり", "4"), block("①花壇の手入れ", "②苗の配布"));
        assertEquals(List.of("みどりのまちづくり", "4", "花壇の手入れ", "苗の配布"), texts(o));
    }
}
