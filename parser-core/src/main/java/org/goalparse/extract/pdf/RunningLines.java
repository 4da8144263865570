package org.goalparse.extract.pdf;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import org.goalparse.layout.BBox;

/**
 * Removes page furniture: lines in the top or bottom margin band of a page (outside ruled tables) that are
 * only a page number ({@link PageNumber}; a bare {@code 1} or {@code (1)} only when alone on its row), and
 * running headers and footers, margin-band lines whose text, digits aside, recurs at about the same height
 * on at least half of the pages (two at least). A running header is kept where it first appears at the top
 * of page 1, where a reader meets it as the document's heading, unless page 1 has the same text lower in its
 * band (its own title, which the header repeats); every other occurrence goes. Removed
 * running text is reported in one warning; page numbers are dropped silently.
 */
final class RunningLines {
    /** The margin bands: this fraction of the page height at the top and at the bottom. */
    static final float BAND = 0.1f;
    private static final Pattern SPACES = Pattern.compile("\\s+");
    private static final Pattern DIGIT = Pattern.compile("\\p{Nd}");
    private static final Pattern NUMBER_MARKS = Pattern.compile("[#\\p{P}\\p{S}]");

    /** One page's lines, its height and the boxes of its ruled tables (whose lines are never furniture). */
    record PageLines(float height, List<TextLine> lines, List<BBox> tables) {
        PageLines {
            lines = List.copyOf(lines);
            tables = List.copyOf(tables);
        }
    }

    /**
     * The pages' lines without furniture, and at most one warning; {@code printed} holds each page's printed page
     * number (the first number of the page-number line taken out), or null.
     */
    record Result(List<List<TextLine>> pages, List<String> warnings, List<Integer> printed) {
    }

    private record Occurrence(int page, TextLine line) {
    }

    private RunningLines() {
    }

    static Result strip(List<PageLines> pages) {
        List<List<TextLine>> kept = new ArrayList<>();
        List<Integer> printed = new ArrayList<>();
        Map<String, List<Occurrence>> repeats = new LinkedHashMap<>();
        for (int p = 0; p < pages.size(); p++) {
            PageLines page = pages.get(p);
            List<TextLine> lines = new ArrayList<>();
            Integer number = null;
            for (TextLine l : page.lines()) {
                String band = band(page, l);
                if (band != null && isPageNumber(page, l)) {
                    if (number == null) {
                        number = PageNumber.value(l.text());
                    }
                    continue;
                }
                if (band != null) {
                    repeats.computeIfAbsent(band + key(l.text()), k -> new ArrayList<>()).add(new Occurrence(p, l));
                }
                lines.add(l);
            }
            kept.add(lines);
            printed.add(number);
        }
        List<String> removed = new ArrayList<>();
        for (Map.Entry<String, List<Occurrence>> e : repeats.entrySet()) {
            List<Occurrence> all = e.getValue();
            List<Occurrence> occ = inPlace(all, pages);
            long distinctPages = occ.stream().mapToInt(Occurrence::page).distinct().count();
            if (distinctPages < 2 || distinctPages * 2 < pages.size()) {
                continue;
            }
            boolean header = e.getKey().startsWith("top");
            // a number beside other text on its row, recurring in place: a page number too
            boolean numberOnly = NUMBER_MARKS.matcher(e.getKey().substring(e.getKey().indexOf(':') + 1))
                    .replaceAll("").isEmpty();
            // the same text elsewhere in page 1's band: the document's own title, which the header repeats
            boolean ownTitle = all.stream().anyMatch(o -> o.page() == 0 && !occ.contains(o));
            int count = 0;
            for (Occurrence o : occ) {
                if (header && o.page() == 0 && o == occ.get(0) && !numberOnly && !ownTitle) {
                    continue; // the reader meets it once, as the first page's heading
                }
                kept.get(o.page()).remove(o.line());
                count++;
            }
            if (!numberOnly) {
                removed.add("running " + (header ? "header" : "footer") + " '" + occ.get(0).line().text() + "' on "
                        + count + (count == 1 ? " page" : " pages"));
            }
        }
        List<String> warnings = removed.isEmpty() ? List.of() : List.of("removed " + String.join("; ", removed));
        return new Result(kept, warnings, printed);
    }

    /** "top:" or "bottom:" for a line in a margin band outside the ruled tables, else null. */
    private static String band(PageLines page, TextLine l) {
        for (BBox t : page.tables()) {
            if (l.centerX() >= t.x0() && l.centerX() <= t.x1() && l.centerY() >= t.y0() && l.centerY() <= t.y1()) {
                return null;
            }
        }
        if (page.height() <= 0) {
            return null;
        }
        if (l.box().y1() <= BAND * page.height()) {
            return "top:";
        }
        if (l.box().y0() >= (1 - BAND) * page.height()) {
            return "bottom:";
        }
        return null;
    }

    private static boolean isPageNumber(PageLines page, TextLine l) {
        if (PageNumber.isDecorated(l.text())) {
            return true;
        }
        if (!PageNumber.matches(l.text())) {
            return false;
        }
        for (TextLine o : page.lines()) {
            if (o != l && o.box().y0() < l.box().y1() && o.box().y1() > l.box().y0()) {
                return false; // something beside it: a list marker or a table value cut off by a gap
            }
        }
        return true;
    }

    /** The text with digits as '#' and without spaces: a header with the page or year in it still repeats. */
    static String key(String text) {
        return DIGIT.matcher(SPACES.matcher(text).replaceAll("")).replaceAll("#");
    }

    /**
     * The occurrences that recur in place: the largest run of them (counted in pages) whose heights differ by no
     * more than 2% of the page height plus a line. All of them, in page order, when they all do; a title that a
     * running header repeats lower down page 1 is left out of the run.
     */
    private static List<Occurrence> inPlace(List<Occurrence> occ, List<PageLines> pages) {
        List<Occurrence> byHeight = new ArrayList<>(occ);
        byHeight.sort(Comparator.comparingDouble(o -> o.line().centerY()));
        List<Occurrence> best = List.of();
        long bestPages = 0;
        for (int i = 0; i < byHeight.size(); i++) {
            float tolerance = Float.MAX_VALUE;
            int j = i;
            while (j < byHeight.size()) {
                Occurrence o = byHeight.get(j);
                float t = Math.min(tolerance, 0.02f * pages.get(o.page()).height() + o.line().fontSize());
                if (o.line().centerY() - byHeight.get(i).line().centerY() > t) {
                    break;
                }
                tolerance = t;
                j++;
            }
            List<Occurrence> run = byHeight.subList(i, j);
            long distinct = run.stream().mapToInt(Occurrence::page).distinct().count();
            if (distinct > bestPages) {
                best = run;
                bestPages = distinct;
            }
        }
        List<Occurrence> kept = new ArrayList<>(best);
        kept.sort(Comparator.comparingInt(occ::indexOf));
        return kept;
    }
}
