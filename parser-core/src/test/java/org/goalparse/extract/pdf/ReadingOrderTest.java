package org.goalparse.extract.pdf;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.goalparse.layout.BBox;
import org.junit.jupiter.api.Test;

class ReadingOrderTest {
    private record Item(String name, BBox box) {
    }

    /** {@code n} lines of a column from x0 to x1, the first at top, 14 pt apart, tagged name1..n. */
    private static List<Item> column(String name, float x0, float x1, float top, int n) {
        List<Item> out = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            out.add(new Item(name + (i + 1), new BBox(x0, top + i * 14, i == n - 1 ? x0 + (x1 - x0) / 3 : x1,
                    top + i * 14 + 10.5f)));
        }
        return out;
    }

    private static List<String> order(List<Item> items) {
        List<Item> shuffled = new ArrayList<>(items);
        java.util.Collections.reverse(shuffled);
        return ReadingOrder.sort(shuffled, Item::box).stream().map(Item::name).toList();
    }

    private static List<String> names(List<Item> items) {
        return items.stream().map(Item::name).toList();
    }

    @Test
    void columnsOfUnequalLengthAndStartReadLeftThenRight() {
        List<Item> left = column("L", 50, 280, 100, 7);
        List<Item> right = column("R", 310, 540, 128, 4); // starts two lines lower, ends sooner
        List<Item> all = new ArrayList<>(left);
        all.addAll(right);
        List<String> expected = new ArrayList<>(names(left));
        expected.addAll(names(right));
        assertEquals(expected, order(all));
    }

    @Test
    void aGutterOfThreeQuartersOfALineHeightStillPartsProseColumns() {
        // line height 10.5 pt: a 9 pt river (0.86 em) between a results column and a remarks column, both prose
        List<Item> left = column("L", 50, 280, 100, 6);
        List<Item> right = column("R", 289, 420, 100, 6);
        List<Item> all = new ArrayList<>(left);
        all.addAll(right);
        List<String> expected = new ArrayList<>(names(left));
        expected.addAll(names(right));
        assertEquals(expected, order(all));
    }

    @Test
    void aLeftLineBelowALongerRightColumnIsReadAfterBothColumns() {
        // the left column ends two lines in, the right one runs on for six; a heading at the left starts a line and
        // a half below the right column's end (within reach of the region), beside nothing
        List<Item> left = column("L", 50, 280, 100, 2);
        List<Item> right = column("R", 310, 540, 100, 6);
        List<Item> all = new ArrayList<>(left);
        all.addAll(right);
        all.add(new Item("H", new BBox(50, 100 + 5 * 14 + 10.5f + 14, 200, 100 + 5 * 14 + 10.5f + 24.5f)));
        List<String> expected = new ArrayList<>(names(left));
        expected.addAll(names(right));
        expected.add("H");
        assertEquals(expected, order(all));
    }

    @Test
    void aRightColumnStartingHigherStillComesSecond() {
        List<Item> left = column("L", 50, 280, 128, 5);
        List<Item> right = column("R", 310, 540, 100, 6);
        List<Item> all = new ArrayList<>(right);
        all.addAll(left);
        List<String> expected = new ArrayList<>(names(left));
        expected.addAll(names(right));
        assertEquals(expected, order(all));
    }

    @Test
    void threeColumnsUnderATitle() {
        List<Item> all = new ArrayList<>(List.of(new Item("T", new BBox(50, 40, 540, 56))));
        all.addAll(column("A", 50, 200, 80, 5));
        all.addAll(column("B", 215, 370, 80, 5));
        all.addAll(column("C", 385, 540, 80, 3));
        List<String> got = order(all);
        assertEquals(List.of("T", "A1", "A2", "A3", "A4", "A5", "B1", "B2", "B3", "B4", "B5", "C1", "C2", "C3"), got);
    }

    @Test
    void aFormOfShortLabelsIsReadRowByRow() {
        List<Item> all = new ArrayList<>();
        String[] labels = {"部局名", "部長名", "職員数"};
        for (int i = 0; i < 3; i++) {
            all.add(new Item("k" + i, new BBox(50, 100 + i * 20, 50 + labels[i].length() * 10.5f, 110.5f + i * 20)));
            all.add(new Item("v" + i, new BBox(150, 100 + i * 20, 400, 110.5f + i * 20)));
        }
        assertEquals(List.of("k0", "v0", "k1", "v1", "k2", "v2"), order(all));
    }

    @Test
    void aSingleColumnWithRaggedLinesStaysInLineOrder() {
        List<Item> all = List.of(new Item("1", new BBox(50, 100, 540, 110)), new Item("2", new BBox(50, 114, 200, 124)),
                new Item("3", new BBox(70, 128, 540, 138)), new Item("4", new BBox(300, 160, 540, 170)));
        assertEquals(List.of("1", "2", "3", "4"), order(all));
    }

    @Test
    void datesBesideSomeStepsStayBesideThemNotAfterEveryStep() {
        // a borderless schedule: steps on the left (a goal's text between them), a date on the right of some steps'
        // rows, in three runs; read as two columns every date would follow every step
        List<Item> left = column("L", 50, 330, 100, 10);
        List<Item> all = new ArrayList<>(left);
        int[] dated = {2, 3, 6, 9};
        for (int row : dated) {
            all.add(new Item("D" + row, new BBox(400, 100 + row * 14, 500, 110.5f + row * 14)));
        }
        assertEquals(List.of("L1", "L2", "L3", "D2", "L4", "D3", "L5", "L6", "L7", "D6", "L8", "L9", "L10", "D9"),
                order(all));
    }

    @Test
    void aSideNoteInOneRunBesideTheTextIsStillAColumn() {
        List<Item> left = column("L", 50, 330, 100, 8);
        List<Item> right = column("R", 400, 540, 128, 3); // three rows of a note beside the text's rows 3-5
        List<Item> all = new ArrayList<>(left);
        all.addAll(right);
        List<String> expected = new ArrayList<>(names(left));
        expected.addAll(names(right));
        assertEquals(expected, order(all));
    }
}
