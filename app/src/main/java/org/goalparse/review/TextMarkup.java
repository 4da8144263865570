package org.goalparse.review;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.TreeSet;
import org.jsoup.nodes.Entities;

/**
 * The {@code goalparse text} of a document as HTML with an element around every value's span: values nest (a
 * goal's box holds its title's and its targets'), and a span that crosses another's end is cut there and goes on
 * in a second element with the same {@code data-pointer} (class {@code cont}), so the markup stays well formed.
 * Spans count code points, as the provenance does; the text is escaped.
 */
final class TextMarkup {
    private TextMarkup() {
    }

    /** The marked-up text, and how many spans lay outside it (not drawn). */
    record Result(String html, int outside) {
    }

    static Result mark(String text, List<Evidence> evidence) {
        int[] cps = text.codePoints().toArray();
        int length = cps.length;
        List<Mark> marks = new ArrayList<>();
        int outside = 0;
        for (Evidence e : evidence) {
            if (e.span() == null) {
                continue;
            }
            int start = e.span()[0];
            int end = Math.min(e.span()[1], length);
            if (start >= end) {
                outside++;
                continue;
            }
            marks.add(new Mark(marks.size(), start, end, e));
        }
        // outer first: earlier start, then longer, then document order
        marks.sort(Comparator.comparingInt(Mark::start).thenComparing(Comparator.comparingInt(Mark::end).reversed())
                .thenComparingInt(Mark::order));
        TreeSet<Integer> bounds = new TreeSet<>();
        bounds.add(0);
        bounds.add(length);
        for (Mark m : marks) {
            bounds.add(m.start());
            bounds.add(m.end());
        }
        StringBuilder out = new StringBuilder();
        List<Mark> open = new ArrayList<>();
        int next = 0;
        for (int pos : bounds) {
            // close what ends here, and reopen what was above it and goes on
            int lowest = -1;
            for (int i = 0; i < open.size(); i++) {
                if (open.get(i).end() <= pos) {
                    lowest = i;
                    break;
                }
            }
            List<Mark> reopen = new ArrayList<>();
            if (lowest >= 0) {
                for (int i = open.size() - 1; i >= lowest; i--) {
                    out.append("</span>");
                    Mark m = open.remove(i);
                    if (m.end() > pos) {
                        reopen.add(0, m);
                    }
                }
            }
            for (Mark m : reopen) {
                out.append(startTag(m, true));
                open.add(m);
            }
            while (next < marks.size() && marks.get(next).start() == pos) {
                Mark m = marks.get(next++);
                out.append(startTag(m, false));
                open.add(m);
            }
            Integer to = bounds.higher(pos);
            if (to != null) {
                out.append(Entities.escape(new String(cps, pos, to - pos)));
            }
        }
        for (int i = open.size() - 1; i >= 0; i--) {
            out.append("</span>");
        }
        return new Result(out.toString(), outside);
    }

    private static String startTag(Mark m, boolean continued) {
        Evidence e = m.evidence();
        String where = e.sheet() == null ? "" : " (" + e.sheet() + (e.cell() == null ? "" : "!" + e.cell()) + ")";
        return "<span class=\"box " + e.kind().css() + (continued ? " cont" : "") + "\" data-pointer=\""
                + Entities.escape(e.pointer()) + "\" title=\"" + Entities.escape(e.pointer() + where) + "\">";
    }

    private record Mark(int order, int start, int end, Evidence evidence) {
    }
}
