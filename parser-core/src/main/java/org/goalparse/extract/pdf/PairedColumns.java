package org.goalparse.extract.pdf;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import org.goalparse.layout.BBox;
import org.goalparse.lexicon.Lexicon;

/**
 * Borderless tables of two prose columns: goals beside their results, a plan beside its report, printed from a
 * table whose rules are not drawn (an Excel sheet without borders, a Word table with its borders off). Read as
 * columns, each goal loses its result to the end of the page; read as a table, each row keeps both. What tells
 * such a table from a page of two independent columns is that its rows open side by side: entries ({@link
 * Lexicon#ENTRY_OPENER}) at one height on both sides of a gutter, twice at least, numbered alike on both sides
 * once at least and never differently. The rows are cut where entries open side by side; lines above the first
 * such row that stand in the columns on both sides (a row carried over from the page before) are a row of their
 * own. Conservative: one line per side at a height, no line across the gutter, else the lines stay text.
 */
final class PairedColumns {
    /** Entries open side by side when their tops are at most this many ems apart. */
    static final float ALIGN_EM = 0.3f;
    /** The entries of one column start within this many ems of each other. */
    static final float EDGE_EM = 1f;

    private PairedColumns() {
    }

    /** One entry opening on the left and one on the right at its height. */
    private record Pair(TextLine left, TextLine right) {
        float top() {
            return left.box().y0();
        }

        /** Both numbered: whether alike; else null. */
        Boolean sameNumber() {
            String a = number(left.text());
            String b = number(right.text());
            return a == null || b == null ? null : a.equals(b);
        }
    }

    static List<StreamTable.Found> find(List<TextLine> lines) {
        if (lines.size() < 4) {
            return List.of();
        }
        float em = lines.stream().map(TextLine::fontSize).sorted().toList().get(lines.size() / 2);
        List<Pair> pairs = pairs(lines, em);
        List<StreamTable.Found> out = new ArrayList<>();
        Set<TextLine> used = Collections.newSetFromMap(new IdentityHashMap<>());
        while (!pairs.isEmpty()) {
            List<Pair> group = largestGroup(pairs, em);
            pairs.removeAll(group);
            if (group.size() < 2 || group.stream().anyMatch(p -> Boolean.FALSE.equals(p.sameNumber()))) {
                continue;
            }
            List<TextLine> rest = lines.stream().filter(l -> !used.contains(l)).toList();
            StreamTable.Found f = region(rest, group, em);
            if (f != null) {
                used.addAll(f.members());
                out.add(f);
                pairs.removeIf(p -> used.contains(p.left()) || used.contains(p.right()));
            }
        }
        return out;
    }

    private static String number(String text) {
        Matcher m = Lexicon.ENTRY_OPENER.matcher(text);
        if (!m.find()) {
            return null;
        }
        for (int g = 1; g <= 3; g++) {
            if (m.group(g) != null) {
                return g == 3 ? String.valueOf(m.group(3).charAt(0) - 0x2460 + 1) : String.valueOf(Integer.parseInt(m.group(g)));
            }
        }
        return null;
    }

    private static boolean opens(TextLine l) {
        return Lexicon.ENTRY_OPENER.matcher(l.text()).find();
    }

    private static List<Pair> pairs(List<TextLine> lines, float em) {
        List<Pair> out = new ArrayList<>();
        for (TextLine a : lines) {
            if (!opens(a)) {
                continue;
            }
            for (TextLine b : lines) {
                if (b != a && opens(b) && Math.abs(b.box().y0() - a.box().y0()) <= ALIGN_EM * em
                        && b.box().x0() >= a.box().x1() + ReadingOrder.GUTTER_EM * em) {
                    out.add(new Pair(a, b));
                }
            }
        }
        return out;
    }

    /** The pairs whose left and right entries start where the most pairs' do. */
    private static List<Pair> largestGroup(List<Pair> pairs, float em) {
        List<Pair> best = List.of();
        for (Pair seed : pairs) {
            List<Pair> group = pairs.stream().filter(p -> near(p.left().box().x0(), seed.left().box().x0(), em)
                    && near(p.right().box().x0(), seed.right().box().x0(), em)).toList();
            if (group.size() > best.size()) {
                best = group;
            }
        }
        return best;
    }

    private static boolean near(float a, float b, float em) {
        return Math.abs(a - b) <= EDGE_EM * em;
    }

    /** The table the group's pairs open: its lines down from the first pair and up from it, cut into rows. */
    private static StreamTable.Found region(List<TextLine> lines, List<Pair> group, float em) {
        float split = (float) group.stream().mapToDouble(p -> p.right().box().x0()).min().orElseThrow();
        float edge = (float) group.stream().mapToDouble(p -> p.left().box().x0()).min().orElseThrow();
        float top = (float) group.stream().mapToDouble(Pair::top).min().orElseThrow();
        List<TextLine> byTop = new ArrayList<>(lines);
        byTop.sort(Comparator.comparingDouble((TextLine l) -> l.box().y0()).thenComparingDouble(l -> l.box().x0()));
        List<TextLine> members = new ArrayList<>();
        float bottom = top;
        for (TextLine l : byTop) {
            if (l.box().y0() < top - ALIGN_EM * em) {
                continue;
            }
            if (l.box().y0() - bottom > ReadingOrder.BAND_GAP_EM * em || side(l, split, edge, em) == 0) {
                break;
            }
            members.add(l);
            bottom = Math.max(bottom, l.box().y1());
        }
        List<TextLine> above = new ArrayList<>();
        float ceiling = top;
        boolean across = false;
        for (int i = byTop.size() - 1; i >= 0; i--) {
            TextLine l = byTop.get(i);
            if (l.box().y0() >= top - ALIGN_EM * em) {
                continue;
            }
            if (ceiling - l.box().y1() > ReadingOrder.BAND_GAP_EM * em) {
                break;
            }
            if (side(l, split, edge, em) == 0) {
                across = true;
                break;
            }
            above.add(l);
            ceiling = Math.min(ceiling, l.box().y0());
        }
        boolean bothSides = above.stream().anyMatch(l -> side(l, split, edge, em) < 0)
                && above.stream().anyMatch(l -> side(l, split, edge, em) > 0);
        // one side's lines only: the rest of a cell carried over, flush with its column's edge, under nothing near
        boolean carriedCell = !across && above.stream().allMatch(l -> near(l.box().x0(), side(l, split, edge, em) < 0 ? edge : split, em));
        if (bothSides || carriedCell) {
            members.addAll(above);
        }
        if (!oneLinePerSide(members, split, edge, em) || !prose(members, split, edge, em)) {
            return null;
        }
        List<Float> cuts = group.stream().filter(p -> members.contains(p.left()) && members.contains(p.right()))
                .map(Pair::top).distinct().sorted().toList();
        List<List<List<TextLine>>> rows = new ArrayList<>();
        boolean carried = members.stream().anyMatch(l -> l.box().y0() < cuts.get(0) - ALIGN_EM * em);
        for (int r = 0; r < cuts.size() + (carried ? 1 : 0); r++) {
            rows.add(List.of(new ArrayList<>(), new ArrayList<>()));
        }
        members.sort(Comparator.comparingDouble(l -> l.box().y0()));
        BBox box = members.get(0).box();
        for (TextLine l : members) {
            int row = carried ? 0 : -1;
            for (int c = 0; c < cuts.size(); c++) {
                if (l.box().y0() >= cuts.get(c) - ALIGN_EM * em) {
                    row = c + (carried ? 1 : 0);
                }
            }
            rows.get(row).get(side(l, split, edge, em) < 0 ? 0 : 1).add(l);
            box = box.union(l.box());
        }
        return new StreamTable.Found(rows, box, members);
    }

    /** -1 for a line in the left column, 1 in the right, 0 across the gutter or out to the left of the table. */
    private static int side(TextLine l, float split, float edge, float em) {
        if (l.box().x0() < edge - EDGE_EM * em) {
            return 0;
        }
        if (l.box().x0() >= split - 0.5f * em) {
            return 1;
        }
        return l.box().x1() <= split - 0.5f * em ? -1 : 0;
    }

    /** No two lines of one side at one height: each side is one column. */
    private static boolean oneLinePerSide(List<TextLine> members, float split, float edge, float em) {
        for (TextLine a : members) {
            for (TextLine b : members) {
                if (a != b && side(a, split, edge, em) == side(b, split, edge, em)
                        && Math.abs(a.box().y0() - b.box().y0()) < 0.5f * em) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Prose on both sides: the median line of each at least {@link ReadingOrder#PROSE_EM} ems wide. */
    private static boolean prose(List<TextLine> members, float split, float edge, float em) {
        for (int s : new int[] {-1, 1}) {
            List<Float> widths = members.stream().filter(l -> side(l, split, edge, em) == s).map(l -> l.box().width())
                    .sorted().toList();
            if (widths.size() < 2 || widths.get(widths.size() / 2) < ReadingOrder.PROSE_EM * em) {
                return false;
            }
        }
        return true;
    }
}
