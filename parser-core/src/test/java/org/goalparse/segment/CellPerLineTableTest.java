package org.goalparse.segment;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertInstanceOf;

import java.util.List;
import java.util.stream.Stream;
import org.goalparse.layout.Block;
import org.goalparse.layout.Line;
import org.goalparse.layout.Provenance;
import org.goalparse.layout.Table;
import org.goalparse.layout.TextBlock;
import org.junit.jupiter.api.Test;

class CellPerLineTableTest {
    private static TextBlock block(String... lines) {
        return new TextBlock(Stream.of(lines).map(t -> new Line(t, Provenance.UNKNOWN)).toList(), Provenance.UNKNOWN);
    }

    @Test
    void headerAndNumberedRowsOfAsManyCellsBecomeATable() {
        List<Block> out = CellPerLineTable.split(block("所管課", "市民課", "No", "目標", "目標値", "実績", "1", "窓口の改善",
                "1件当たり", "10分", "8分", "2", "講座の開催", "12回", "10回", "作成日 令和7年4月1日"));
        assertEquals(3, out.size());
        Table t = assertInstanceOf(Table.class, out.get(1));
        assertEquals(3, t.rows().size());
        assertEquals(List.of("1", "窓口の改善", "1件当たり\n10分", "8分"),
                t.rows().get(1).cells().stream().map(c -> c.text()).toList());
        assertEquals(List.of("作成日 令和7年4月1日"), ((TextBlock) out.get(2)).lines().stream().map(Line::text).toList());
    }

    @Test
    void rowsThatDoNotFitTheColumnsLeaveTheTextAsItIs() {
        // the title wrapped: which line is which column cannot be told
        assertEquals(1, CellPerLineTable.split(block("番号", "目標", "目標値", "実績", "1", "窓口の", "改善", "10分", "8分",
                "2", "講座の開催", "12回", "10回")).size());
        // a header of unknown words, or without a number column
        assertEquals(1, CellPerLineTable.split(block("番号", "区分", "内容", "1", "a", "b", "2", "c", "d")).size());
        assertEquals(1, CellPerLineTable.split(block("目標", "目標値", "実績", "窓口の改善", "10分", "8分",
                "講座の開催", "12回", "10回")).size());
        // one row only
        assertEquals(1, CellPerLineTable.split(block("番号", "目標", "目標値", "実績", "1", "窓口の改善", "10分", "8分"))
                .size());
    }
}
