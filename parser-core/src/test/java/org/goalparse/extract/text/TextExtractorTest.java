package org.goalparse.extract.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.goalparse.extract.Samples;
import org.goalparse.layout.Cell;
import org.goalparse.layout.Layout;
import org.goalparse.layout.Line;
import org.goalparse.layout.Table;
import org.goalparse.layout.TextBlock;
import org.junit.jupiter.api.Test;

class TextExtractorTest {
    private final TextExtractor extractor = new TextExtractor();

    @Test
    void everyLineTerminatorSplitsAndOffsetsPointIntoTheText() {
        String text = "【部の基本方向】\r\n市民一人ひとり\r互いを尊重\u0085つながり\n\n【部の重点方針】";
        Layout layout = extractor.extract(text, "text/plain");
        List<TextBlock> blocks = layout.pages().get(0).blocks().stream().map(TextBlock.class::cast).toList();
        assertEquals(2, blocks.size());
        assertEquals(List.of("【部の基本方向】", "市民一人ひとり", "互いを尊重", "つながり"),
                blocks.get(0).lines().stream().map(Line::text).toList());
        for (Line line : blocks.get(0).lines()) {
            assertEquals(line.text(), text.substring(line.provenance().start(), line.provenance().end()));
        }
        assertEquals("【部の重点方針】", blocks.get(1).lines().get(0).text());
    }

    @Test
    void tabbedLinesBecomeATableKeepingEmptyCells() throws Exception {
        Layout layout = Samples.extract("hiratsuka-2016-shiminbu.txt");
        Table staff = Samples.tables(layout).get(0);
        assertEquals(List.of("部局内の執行体制", "", ""), texts(staff.rows().get(0).cells()));
        assertEquals(List.of("課名", "課長名", "職員数"), texts(staff.rows().get(1).cells()));
        assertEquals(List.of("市民課", "たかなし あけみ 高梨 明美", "49"), texts(staff.rows().get(3).cells()));
        Table projects = Samples.tables(layout).get(1);
        Cell report = projects.rows().get(1).cells().get(1);
        assertEquals(1, report.column());
        assertTrue(projects.rows().get(1).cells().get(0).isBlank());
        assertTrue(report.text().startsWith("住民主体の地域課題解決に向け"));
    }

    @Test
    void markupInCellsIsLeftForNormalization() throws Exception {
        Table kpi = Samples.tables(Samples.extract("isehara-2021-shiminseikatsubu.txt")).stream()
                .filter(t -> t.rows().get(0).cells().get(0).text().equals("事業番号")).findFirst().orElseThrow();
        assertEquals("17-101", kpi.rows().get(1).cells().get(0).text());
        Table toyonaka = Samples.tables(Samples.extract("toyonaka-2022-shiminkyodobu.txt")).get(0);
        assertEquals(List.of("部 局", "市民協働部", "補 職", "部 長", "氏 名", "宮城 節子"),
                texts(toyonaka.rows().get(0).cells()));
        assertEquals(1, toyonaka.rows().size(), "the Markdown rule row is not a data row");
    }

    @Test
    void sideBySideColumnsStayInSeparateCells() throws Exception {
        Table t = Samples.tables(Samples.extract("iruma-2025-shiminseikatsubu.txt")).get(0);
        assertEquals(List.of("市民生活部の目標（令和7年度）", "市民生活部長"), texts(t.rows().get(0).cells()));
        assertTrue(t.rows().get(1).cells().get(0).text().startsWith("<p><b>【部の基本方向】</b></p>"));
        assertEquals(2, t.rows().get(1).cells().size());
        assertTrue(t.rows().get(1).cells().get(1).isBlank());
    }

    @Test
    void sjisAndUtf8SamplesGiveTheSameLines() throws Exception {
        List<String> sjis = Samples.textLines(Samples.extract("iruma-2022-shiminseikatsubu.sjis.txt"))
                .stream().map(Line::text).toList();
        List<String> utf8 = Samples.textLines(Samples.extract("iruma-2022-shiminseikatsubu.txt"))
                .stream().map(l -> l.text().replace('\u00B7', '\u30FB')).toList();
        assertEquals(utf8, sjis);
        assertTrue(sjis.contains("【部の基本方向】"));
    }

    private static List<String> texts(List<Cell> cells) {
        return cells.stream().map(Cell::text).toList();
    }
}
