package org.goalparse.extract.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.goalparse.layout.BBox;

/**
 * Borderless tables ("stream" tables): consecutive rows of lines whose pieces (lines are already cut at
 * wide gaps) stack into the same x-columns. A run of rows, each with two pieces or more (or a wrapped
 * cell's next line, tight below and not in the first column), is a table when its pieces fall into three
 * or more columns separated by whitespace, three rows at least fill three columns, and one column at least
 * holds short cells (numbers, names); a tight row of fewer lines, each under a cell of the row above, is
 * that row's wrapped lines. Side-by-side prose columns are text, not tables, and are left to
 * {@link ReadingOrder}. Conservative: a run that does not qualify as a whole stays text.
 */
final class StreamTable {
    /** Columns are separated by at least this many ems of whitespace. */
    static final float COLUMN_GAP_EM = 0.8f;
    /** Rows of one table are at most this many ems apart. */
    static final float ROW_GAP_EM = 2.0f;
    /** A wrapped cell's next line is at most this many ems below. */
    static final float WRAP_GAP_EM = 0.6f;
    /** A header repeated on a page lies at most this many ems above its table's first row. */
    static final float HEAD_GAP_EM = 4f;
    /** Lines starting within this many ems of each other start at one x. */
    static final float ALIGN_EM = 0.3f;

    /** A found table: its rows, each a list of cells (one per column, possibly empty), and its box. */
    record Found(List<List<List<TextLine>>> rows, BBox box, List<TextLine> members) {
    }

    private StreamTable() {
    }

    static List<Found> find(List<TextLine> lines) {
        return find(lines, new java.util.HashSet<>());
    }

    /**
     * The tables among a page's lines; {@code seenHeads} holds the first rows of the tables found on the pages
     * before (each row's pieces, whitespace removed, joined with |) and takes this page's: a short run repeating
     * one of them is that table's header, printed again on this page (Excel's print titles), and heads the
     * table below it however far down it starts.
     */
    static List<Found> find(List<TextLine> lines, java.util.Set<String> seenHeads) {
        if (lines.size() < 6) {
            return List.of();
        }
        float em = lines.stream().map(TextLine::fontSize).sorted().toList().get(lines.size() / 2);
        List<List<TextLine>> rows = rows(lines);
        List<Found> out = new ArrayList<>();
        List<List<List<TextLine>>> heads = new ArrayList<>();
        int i = 0;
        while (i < rows.size()) {
            if (rows.get(i).size() < 2) {
                i++;
                continue;
            }
            int last = i;
            float left = (float) rows.get(i).stream().mapToDouble(l -> l.box().x0()).min().orElse(0);
            while (last + 1 < rows.size()) {
                List<TextLine> next = rows.get(last + 1);
                float gap = top(next) - bottom(rows.get(last));
                boolean wrapped = next.size() == 1 && gap <= WRAP_GAP_EM * em && next.get(0).box().x0() > left + em;
                if (gap > ROW_GAP_EM * em || (next.size() < 2 && !wrapped)) {
                    break;
                }
                left = Math.min(left, (float) next.stream().mapToDouble(l -> l.box().x0()).min().orElse(0));
                last++;
            }
            List<List<TextLine>> run = rows.subList(i, last + 1);
            Found f = table(run, em);
            if (f != null) {
                List<List<TextLine>> head = heads.stream().filter(h -> seenHeads.contains(key(h.get(0))))
                        .reduce((a, b) -> b).orElse(heads.isEmpty() ? null : heads.get(heads.size() - 1));
                List<TextLine> first = run.get(0);
                if (head != null && heads(head, run, lines, em, seenHeads.contains(key(head.get(0))))) {
                    List<List<TextLine>> whole = new ArrayList<>(head);
                    whole.addAll(run);
                    Found headed = table(whole, em);
                    if (headed != null && headed.rows().get(0).size() == f.rows().get(0).size()) {
                        f = headed;
                        first = head.get(0);
                    }
                }
                out.add(f);
                seenHeads.add(key(first));
                heads.clear();
            } else if (last - i < 2) {
                heads.add(rows.subList(i, last + 1));
            }
            i = last + 1;
        }
        return out;
    }

    /**
     * Whether a short run of rows (a header the producer repeated on this page) heads the table run below it,
     * though a line of the row the page break cut (spanning the columns) stands between them: every piece of
     * the short run starts where a column of the table starts, the pieces start two columns at least, and no
     * more than one other line lies between, within {@link #HEAD_GAP_EM} ems; any number and any distance where
     * the short run repeats the first row of a table found before (the rest of a row the break carried over).
     */
    private static boolean heads(List<List<TextLine>> head, List<List<TextLine>> run, List<TextLine> lines, float em,
            boolean repeated) {
        float headBottom = bottom(head.get(head.size() - 1));
        float tableTop = top(run.get(0));
        if (tableTop < headBottom) {
            return false;
        }
        long between = lines.stream().filter(l -> l.box().y0() >= headBottom && l.box().y1() <= tableTop).count();
        if (!repeated && (tableTop - headBottom > HEAD_GAP_EM * em || between > 1)) {
            return false;
        }
        List<TextLine> members = run.stream().flatMap(List::stream).toList();
        List<float[]> columns = columns(members, em);
        java.util.Set<Integer> started = new java.util.HashSet<>();
        for (List<TextLine> r : head) {
            for (TextLine l : r) {
                int c = -1;
                for (int k = 0; k < columns.size(); k++) {
                    if (Math.abs(l.box().x0() - columns.get(k)[0]) <= ALIGN_EM * em) {
                        c = k;
                    }
                }
                if (c < 0) {
                    return false;
                }
                started.add(c);
            }
        }
        return started.size() >= 2;
    }

    /** A row's pieces left to right, whitespace removed, joined with |. */
    private static String key(List<TextLine> row) {
        return String.join("|", row.stream().sorted(Comparator.comparingDouble((TextLine l) -> l.box().x0()))
                .map(l -> l.text().replaceAll("\\s+", "")).toList());
    }

    private static Found table(List<List<TextLine>> run, float em) {
        if (run.stream().filter(r -> r.size() >= 3).count() < 3) {
            return null;
        }
        List<TextLine> members = run.stream().flatMap(List::stream).toList();
        List<float[]> columns = columns(members, em);
        if (columns.size() < 3) {
            return null;
        }
        boolean shortColumn = false;
        for (float[] c : columns) {
            List<Float> widths = members.stream().filter(l -> inside(l, c)).map(l -> l.box().width()).sorted().toList();
            shortColumn |= widths.get(widths.size() / 2) < ReadingOrder.PROSE_EM * em;
        }
        if (!shortColumn) {
            return null;
        }
        List<List<List<TextLine>>> rows = new ArrayList<>();
        List<TextLine> previous = null;
        for (List<TextLine> r : run) {
            boolean tight = previous != null && top(r) - bottom(previous) <= WRAP_GAP_EM * em;
            boolean continues = tight && (r.stream().noneMatch(l -> inside(l, columns.get(0)))
                    || wrapsEveryCell(r, previous, columns));
            if (!continues) {
                List<List<TextLine>> cells = new ArrayList<>();
                columns.forEach(c -> cells.add(new ArrayList<>()));
                rows.add(cells);
            }
            List<List<TextLine>> cells = rows.get(rows.size() - 1);
            for (TextLine l : r) {
                for (int c = 0; c < columns.size(); c++) {
                    if (inside(l, columns.get(c))) {
                        cells.get(c).add(l);
                    }
                }
            }
            previous = r;
        }
        BBox box = members.get(0).box();
        for (TextLine l : members) {
            box = box.union(l.box());
        }
        return new Found(rows, box, members);
    }

    /**
     * A row of fewer lines than the row above, each under one of its cells (号 under 事業番, 値 under 令和3年度目標):
     * the cells' wrapped last lines, a header's most often, not a row of its own.
     */
    private static boolean wrapsEveryCell(List<TextLine> row, List<TextLine> above, List<float[]> columns) {
        if (row.size() >= above.size()) {
            return false;
        }
        for (TextLine l : row) {
            float[] c = columns.stream().filter(col -> inside(l, col)).findFirst().orElse(null);
            if (c == null || above.stream().noneMatch(a -> inside(a, c))) {
                return false;
            }
        }
        return true;
    }

    private static boolean inside(TextLine l, float[] column) {
        return l.box().x0() >= column[0] - 0.01f && l.box().x1() <= column[1] + 0.01f;
    }

    /**
     * The x-extents of the lines merged wherever less than {@link #COLUMN_GAP_EM} ems apart, unless the strip of
     * whitespace, however narrow, has three lines or more starting at its right edge: an aligned column start
     * (a table set with little padding, its cells' lines filling them up to the next column).
     */
    private static List<float[]> columns(List<TextLine> lines, float em) {
        List<BBox> byLeft = lines.stream().map(TextLine::box).sorted(Comparator.comparingDouble(BBox::x0)).toList();
        List<float[]> out = new ArrayList<>();
        for (BBox b : byLeft) {
            float[] lastColumn = out.isEmpty() ? null : out.get(out.size() - 1);
            boolean aligned = lastColumn != null && b.x0() > lastColumn[1]
                    && byLeft.stream().filter(o -> Math.abs(o.x0() - b.x0()) <= ALIGN_EM * em).count() >= 3;
            if (lastColumn != null && b.x0() - lastColumn[1] < COLUMN_GAP_EM * em && !aligned) {
                lastColumn[1] = Math.max(lastColumn[1], b.x1());
            } else {
                out.add(new float[] {b.x0(), b.x1()});
            }
        }
        return out;
    }

    /** Lines whose vertical extents overlap by more than half the smaller height form a row, left to right. */
    private static List<List<TextLine>> rows(List<TextLine> lines) {
        List<TextLine> byMiddle = new ArrayList<>(lines);
        byMiddle.sort(Comparator.comparingDouble(TextLine::centerY));
        List<List<TextLine>> rows = new ArrayList<>();
        List<TextLine> row = new ArrayList<>();
        for (TextLine l : byMiddle) {
            if (!row.isEmpty() && !l.sameRow(row.get(0))) {
                rows.add(row);
                row = new ArrayList<>();
            }
            row.add(l);
        }
        rows.add(row);
        rows.forEach(r -> r.sort(Comparator.comparingDouble(l -> l.box().x0())));
        return rows;
    }

    private static float top(List<TextLine> row) {
        return (float) row.stream().mapToDouble(l -> l.box().y0()).min().orElse(0);
    }

    private static float bottom(List<TextLine> row) {
        return (float) row.stream().mapToDouble(l -> l.box().y1()).max().orElse(0);
    }
}
