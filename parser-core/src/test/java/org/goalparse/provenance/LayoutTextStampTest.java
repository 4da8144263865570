package org.goalparse.provenance;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.goalparse.layout.Block;
import org.goalparse.layout.Cell;
import org.goalparse.layout.Layout;
import org.goalparse.layout.LayoutText;
import org.goalparse.layout.Line;
import org.goalparse.layout.Page;
import org.goalparse.layout.Provenance;
import org.goalparse.layout.Row;
import org.goalparse.layout.Table;
import org.goalparse.layout.TextBlock;
import org.junit.jupiter.api.Test;

/** Stamped offsets point into {@code goalparse text}: code points, past page marks and cell separators. */
class LayoutTextStampTest {
    @Test
    void everyLineOfAStampedLayoutHasTheCodePointOffsetsOfItsTextInTheRendering() {
        Line a = new Line("𠮷野家の目標", Provenance.ofPage(1)); // a char outside the BMP: two UTF-16 units, one code point
        Line b = new Line("二行目", Provenance.ofPage(1));
        Cell c1 = new Cell(List.of(new Line("課名", Provenance.ofPage(2))), 0, Provenance.ofPage(2));
        Cell c2 = new Cell(List.of(new Line("市民課", Provenance.ofPage(2)), new Line("窓口担当", Provenance.ofPage(2))),
                1, Provenance.ofPage(2));
        Layout layout = new Layout("application/pdf", 2, "test", List.of(
                new Page(1, 0, 0, List.of(new TextBlock(List.of(a, b), Provenance.ofPage(1)))),
                new Page(2, 0, 0, List.of(new Table(List.of(new Row(List.of(c1, c2))), Provenance.ofPage(2))))),
                List.of());
        Layout stamped = LayoutText.stamped(layout);
        String text = LayoutText.render(stamped);
        assertEquals(LayoutText.render(layout), text, "stamping changes no text");
        int[] cps = text.codePoints().toArray();
        List<Line> lines = lines(stamped);
        assertEquals(5, lines.size());
        for (Line l : lines) {
            Provenance p = l.provenance();
            assertEquals(l.text(), new String(cps, p.start(), p.end() - p.start()));
        }
        // after "--- page 1 ---\n" (15 code points); the second line after 6 code points and a newline
        assertEquals(15, lines.get(0).provenance().start());
        assertEquals(22, lines.get(1).provenance().start());
    }

    private static List<Line> lines(Layout layout) {
        List<Line> out = new ArrayList<>();
        for (Page page : layout.pages()) {
            for (Block block : page.blocks()) {
                if (block instanceof TextBlock tb) {
                    out.addAll(tb.lines());
                } else if (block instanceof Table t) {
                    t.rows().forEach(r -> r.cells().forEach(c -> out.addAll(c.lines())));
                }
            }
        }
        return out;
    }
}
