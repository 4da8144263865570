package org.goalparse.split;

import java.util.ArrayList;
import java.util.List;
import org.goalparse.layout.Block;
import org.goalparse.layout.Cell;
import org.goalparse.layout.Layout;
import org.goalparse.layout.Line;
import org.goalparse.layout.Page;
import org.goalparse.layout.Provenance;
import org.goalparse.layout.Row;
import org.goalparse.layout.Table;
import org.goalparse.layout.TextBlock;

/**
 * The default splitter. A file with pages (a PDF, a workbook's sheets) splits where a page opens with the title of
 * another department's document ({@link DepartmentTitle} in its first lines), or of the same department's for
 * another year (two years of one department joined); a page that opens with no such title, or with its own
 * department's (a running header), continues the part before it. A file without pages (HTML, DOCX, text) splits
 * at a heading, or a line standing alone, that titles another department. Pages before the first title are the
 * file's cover. A file whose titles name one department stays one part, cover and all, exactly as before.
 */
public final class DepartmentSplitter implements Splitter {
    /** How far down a page its title may stand: below a form's header rows and a lead paragraph. */
    static final int TOP_LINES = 10;

    @Override
    public Split split(Layout layout) {
        return layout.pages().size() > 1 ? byPages(layout) : bySections(layout);
    }

    private static Split byPages(Layout layout) {
        List<Page> pages = layout.pages();
        List<Integer> starts = new ArrayList<>();
        List<DepartmentTitle> titles = new ArrayList<>();
        Boundaries boundaries = new Boundaries(true);
        for (int i = 0; i < pages.size(); i++) {
            DepartmentTitle t = pageTitle(pages.get(i));
            if (boundaries.starts(t, "page " + pages.get(i).number())) {
                starts.add(i);
                titles.add(t);
            }
        }
        List<String> warnings = new ArrayList<>(boundaries.held);
        warnings.addAll(restartsWithoutTitle(pages, starts, titles));
        if (starts.size() < 2) {
            return new Split(null, Split.whole(layout).parts(), warnings);
        }
        Layout cover = starts.get(0) > 0 ? layout.withPages(pages.subList(0, starts.get(0))) : null;
        List<LayoutPart> parts = new ArrayList<>();
        for (int k = 0; k < starts.size(); k++) {
            int from = starts.get(k);
            int to = k + 1 < starts.size() ? starts.get(k + 1) : pages.size();
            List<Page> own = pages.subList(from, to);
            parts.add(new LayoutPart(partLayout(layout, own), own.get(0).number(), own.get(own.size() - 1).number(),
                    own.get(0).label(), null, titles.get(k).department()));
        }
        return new Split(cover, parts, warnings);
    }

    /**
     * Pages where the printed page numbers start again (- 1 - after - 4 -) but no department's title opens the
     * page: another document may begin there, unnamed. They stay with the part before them, with a warning.
     */
    private static List<String> restartsWithoutTitle(List<Page> pages, List<Integer> starts,
                                                     List<DepartmentTitle> titles) {
        List<String> warnings = new ArrayList<>();
        Integer previous = null;
        int part = -1;
        for (int i = 0; i < pages.size(); i++) {
            Integer printed = pages.get(i).printedNumber();
            if (starts.contains(i)) {
                part = starts.indexOf(i);
            } else if (printed != null && previous != null && printed <= previous) {
                warnings.add("page " + pages.get(i).number() + ": the printed page numbers start again (" + printed
                        + " after " + previous + ") but no department's title opens the page: read with "
                        + (part < 0 ? "the pages before it" : titles.get(part).department() + "'s pages")
                        + " (boundary uncertain)");
            }
            if (printed != null) {
                previous = printed;
            }
        }
        return warnings;
    }

    /**
     * The part a walk through a file is in, and where titles open new ones; pages and sections alike. A title
     * starts a new part when it names another department, or the same one for another year (a title naming no
     * year continues: a running header without its year); a 部 titled inside a 局's, 委員会's or ward office's
     * part is read as its unit, with a warning ({@link DepartmentTitle#mayHold}).
     */
    private static final class Boundaries {
        private final boolean paged;
        private DepartmentTitle current;
        final List<String> held = new ArrayList<>();

        Boundaries(boolean paged) {
            this.paged = paged;
        }

        /** Whether title {@code t} (null: none) found at {@code where} opens a part. */
        boolean starts(DepartmentTitle t, String where) {
            if (t == null) {
                return false;
            }
            if (current != null && current.mayHold(t) && !t.sameDepartment(current)) {
                String inside = paged ? "the pages of " + current.department() : current.department() + "'s text";
                held.add(where + ": titled " + t.department() + " inside " + inside + ": read as a unit of "
                        + current.department() + " (boundary uncertain)");
                return false;
            }
            if (current == null || !t.sameDepartment(current) || (t.fiscalYear() != null
                    && current.fiscalYear() != null && !t.fiscalYear().equals(current.fiscalYear()))) {
                current = t;
                return true;
            }
            if (current.fiscalYear() == null && t.fiscalYear() != null) {
                current = current.withYear(t.fiscalYear());
            }
            return false;
        }
    }

    /**
     * The department a page's opening titles, with the first year a title there names; null when none is
     * titled, or when the opening titles two departments (a table of contents).
     */
    static DepartmentTitle pageTitle(Page page) {
        DepartmentTitle first = null;
        Integer year = null;
        int seen = 0;
        for (String line : openingLines(page)) {
            if (++seen > TOP_LINES) {
                break;
            }
            DepartmentTitle t = DepartmentTitle.of(line);
            if (t == null && line.contains("|")) {
                t = fieldRow(line);
            }
            if (t == null) {
                if (first != null && year == null && line.strip().length() <= 20) {
                    year = DepartmentTitle.year(line); // (令和7年度) on a line of its own under the title
                }
                continue;
            }
            if (first == null) {
                first = t;
            } else if (!t.sameDepartment(first)) {
                return null; // 総務部…1, 企画部…3: an index of departments, no department's page
            }
            if (year == null) {
                year = t.fiscalYear();
            }
        }
        return first == null ? null : new DepartmentTitle(first.department(), year, true);
    }

    /** A form's header row {@code 部局 | 市民協働部 | 補職 | 部長}: a department label cell, its value beside it. */
    private static DepartmentTitle fieldRow(String row) {
        String[] cells = row.split("\\s*\\|\\s*");
        for (int i = 0; i + 1 < cells.length; i++) {
            DepartmentTitle t = cells[i].length() <= 6 ? DepartmentTitle.field(cells[i], cells[i + 1]) : null;
            if (t != null) {
                return t;
            }
        }
        return null;
    }

    /** A page's first lines: text lines as they stand, each table row as its cells joined by {@code |}. */
    private static List<String> openingLines(Page page) {
        List<String> lines = new ArrayList<>();
        for (Block b : page.blocks()) {
            if (b instanceof TextBlock tb) {
                for (Line l : tb.lines()) {
                    lines.add(l.text());
                }
            } else if (b instanceof Table t) {
                for (Row r : t.rows()) {
                    lines.add(String.join(" | ", r.cells().stream().map(c -> c.text().replace('\n', ' ')).toList()));
                }
            }
            if (lines.size() >= TOP_LINES) {
                break;
            }
        }
        return lines;
    }

    /**
     * A file without pages: parts open at a heading (or a line standing alone in its block) that titles another
     * department, anywhere in the page.
     */
    private static Split bySections(Layout layout) {
        if (layout.pages().isEmpty()) {
            return Split.whole(layout);
        }
        Page page = layout.pages().get(0);
        List<List<Block>> runs = new ArrayList<>();
        List<String> headings = new ArrayList<>();
        List<String> titles = new ArrayList<>();
        List<Block> cover = new ArrayList<>();
        List<Block> run = cover;
        Boundaries boundaries = new Boundaries(false);
        for (Block b : page.blocks()) {
            if (!(b instanceof TextBlock tb)) {
                DepartmentTitle t = b instanceof Table table ? tableTitle(table) : null;
                if (boundaries.starts(t, "a table titled " + (t == null ? "" : t.department()))) {
                    run = new ArrayList<>();
                    runs.add(run);
                    headings.add(t.department());
                    titles.add(t.department());
                }
                run.add(b);
                continue;
            }
            List<Line> pending = new ArrayList<>();
            for (Line l : tb.lines()) {
                DepartmentTitle t = title(l, tb);
                if (boundaries.starts(t, l.text().strip())) {
                    if (!pending.isEmpty()) {
                        run.add(block(pending));
                        pending = new ArrayList<>();
                    }
                    run = new ArrayList<>();
                    runs.add(run);
                    headings.add(l.text().strip());
                    titles.add(t.department());
                }
                pending.add(l);
            }
            if (!pending.isEmpty()) {
                run.add(block(pending));
            }
        }
        if (runs.size() < 2) {
            return new Split(null, Split.whole(layout).parts(), boundaries.held);
        }
        List<LayoutPart> parts = new ArrayList<>();
        for (int k = 0; k < runs.size(); k++) {
            Layout own = partLayout(layout, List.of(page.withBlocks(runs.get(k))));
            parts.add(new LayoutPart(own, page.number(), page.number(), null, headings.get(k), titles.get(k)));
        }
        Layout coverLayout = cover.isEmpty() ? null : partLayout(layout, List.of(page.withBlocks(cover)));
        return new Split(coverLayout, parts, boundaries.held);
    }

    /** A table whose first row is a form's header naming a department (部局名 | 総務部). */
    private static DepartmentTitle tableTitle(Table t) {
        if (t.rows().isEmpty()) {
            return null;
        }
        List<Cell> cells = t.rows().get(0).cells();
        return fieldRow(String.join(" | ", cells.stream().map(c -> c.text().replace('\n', ' ')).toList()));
    }

    /**
     * The department a line titles as a section's heading: a heading set larger or bold (HTML, DOCX) may be a
     * name alone ({@code 総務部}); where the format marks no headings (plain text), a line standing alone in its
     * block that says what it titles ({@code 総務部の運営方針}), since a name alone there is as often a speaker's
     * line or a signature.
     */
    private static DepartmentTitle title(Line l, TextBlock block) {
        boolean styled = l.fontSize() > 0 || l.bold();
        if (!styled && block.lines().size() != 1) {
            return null;
        }
        DepartmentTitle t = DepartmentTitle.of(l.text());
        return t != null && (styled || t.worded()) ? t : null;
    }

    private static TextBlock block(List<Line> lines) {
        Provenance first = lines.get(0).provenance();
        Provenance last = lines.get(lines.size() - 1).provenance();
        int start = first.start();
        int end = Math.max(start, last.end());
        return new TextBlock(lines, new Provenance(first.page(), null, start, start < 0 ? start : end));
    }

    private static Layout partLayout(Layout file, List<Page> pages) {
        return file.withPages(pages);
    }
}
