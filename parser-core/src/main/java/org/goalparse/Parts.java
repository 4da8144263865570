package org.goalparse;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Function;
import org.goalparse.layout.Layout;
import org.goalparse.model.FiscalYear;
import org.goalparse.model.GoalDocument;
import org.goalparse.model.Part;
import org.goalparse.model.SourceInfo;
import org.goalparse.split.LayoutPart;
import org.goalparse.split.Split;

/**
 * The records of a file of several departments: each part read as a document of its own, marked with its
 * {@link Part}; the facts a compilation prints once (its city, its year) filled into the parts that do not state
 * them, from the cover or else from the other parts when they all agree; a cover that reads as a department's
 * document kept as a part of its own. Every fill and every uncertain boundary is a warning.
 */
final class Parts {
    /** Reads one layout as one document. */
    @FunctionalInterface
    interface Reader {
        GoalDocument read(Layout layout, SourceInfo info, String municipality);
    }

    private Parts() {
    }

    static List<GoalDocument> assemble(Split split, SourceInfo info, String municipality, Reader reader) {
        boolean paged = info.pages() != null;
        List<LayoutPart> parts = new ArrayList<>(split.parts());
        List<String> firstNotes = new ArrayList<>();
        GoalDocument cover = null;
        if (split.cover() != null) {
            LayoutPart c = coverPart(split.cover());
            GoalDocument read = reader.read(split.cover(), info, null);
            if (read.department() != null || !read.goals().isEmpty()) {
                parts.add(0, c);
                firstNotes.add(where(c, paged) + " (before the first department's title) read as "
                        + (read.department() != null ? read.department() + "'s document" : "a department's goals")
                        + ": kept as a part of its own (boundary uncertain)");
            } else {
                cover = read;
                firstNotes.add(where(c, paged) + " before the first department's title: the file's cover, "
                        + "read for the city and year only");
            }
        }
        int count = parts.size();
        List<GoalDocument> docs = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            Cancellation.check();
            LayoutPart p = parts.get(i);
            Part part = new Part(i + 1, count, paged ? List.of(p.firstPage(), p.lastPage()) : null, p.sheet(),
                    p.heading());
            GoalDocument doc = reader.read(p.layout(), info.withPart(part), null);
            List<String> notes = new ArrayList<>();
            if (i == 0) {
                notes.addAll(firstNotes);
            }
            for (String w : split.warnings()) {
                Integer page = pageOf(w);
                boolean here = page != null && paged ? page >= p.firstPage() && page <= p.lastPage() : i == 0;
                if (here) {
                    notes.add(w);
                }
            }
            if (p.title() != null && !p.title().equals(doc.department())) {
                notes.add("part " + part.index() + " (" + part.where() + ") is titled " + p.title() + " but reads as "
                        + (doc.department() == null ? "no department's" : doc.department() + "'s")
                        + " document: boundary uncertain");
            }
            docs.add(doc.withWarningsAdded(notes));
        }
        return fill(docs, cover, municipality);
    }

    /**
     * The city and fiscal year of a part that does not state them: the cover's, else the one all other parts
     * agree on (never a guess between two), else for the city the caller's ({@code given}).
     */
    private static List<GoalDocument> fill(List<GoalDocument> docs, GoalDocument cover, String given) {
        String city = cover != null && cover.municipality() != null ? cover.municipality()
                : agreed(docs, GoalDocument::municipality);
        FiscalYear year = cover != null && cover.fiscalYear() != null ? cover.fiscalYear()
                : agreed(docs, GoalDocument::fiscalYear);
        String from = cover != null ? "the file's cover" : "the file's other parts";
        List<GoalDocument> out = new ArrayList<>(docs.size());
        for (GoalDocument d : docs) {
            List<String> notes = new ArrayList<>();
            String m = d.municipality();
            FiscalYear y = d.fiscalYear();
            if (m == null && city != null) {
                m = city;
                notes.add("municipality " + city + " taken from " + from);
            } else if (m == null && given != null) {
                m = given; // the caller's, as for a file of one department: no warning
            }
            if (y == null && year != null && d.department() != null) {
                y = year;
                notes.add("fiscal year " + year.text() + " taken from " + from);
            }
            boolean filled = !Objects.equals(m, d.municipality()) || !Objects.equals(y, d.fiscalYear());
            out.add(filled ? d.withFacts(m, y).withWarningsAdded(notes) : d);
        }
        return out;
    }

    /** The one non-null value the documents state, or null when none or two differ. */
    private static <T> T agreed(List<GoalDocument> docs, Function<GoalDocument, T> fact) {
        T found = null;
        for (GoalDocument d : docs) {
            T v = fact.apply(d);
            if (v != null) {
                if (found != null && !Objects.equals(found, v)) {
                    return null;
                }
                found = v;
            }
        }
        return found;
    }

    private static final java.util.regex.Pattern PAGE_NOTE = java.util.regex.Pattern.compile("^page (\\d+):");

    /** The page a splitter's warning is about ({@code page 7: …}), or null. */
    private static Integer pageOf(String warning) {
        java.util.regex.Matcher m = PAGE_NOTE.matcher(warning);
        return m.find() ? Integer.valueOf(m.group(1)) : null;
    }

    private static LayoutPart coverPart(Layout cover) {
        int first = cover.pages().get(0).number();
        int last = cover.pages().get(cover.pages().size() - 1).number();
        return new LayoutPart(cover, first, last, cover.pages().get(0).label(), null, null);
    }

    private static String where(LayoutPart p, boolean paged) {
        if (!paged) {
            return "the text";
        }
        return p.firstPage() == p.lastPage() ? "page " + p.firstPage() : "pages " + p.firstPage() + "-" + p.lastPage();
    }

    /** The parts, for a message: {@code 市民部 pages 1-2, 総務部 pages 3-5}. */
    static String describe(Split split) {
        List<String> out = new ArrayList<>();
        for (LayoutPart p : split.parts()) {
            String where = p.sheet() != null ? "sheet " + p.sheet()
                    : p.heading() != null ? "at " + p.heading()
                    : p.firstPage() == p.lastPage() ? "page " + p.firstPage() : "pages " + p.firstPage() + "-" + p.lastPage();
            out.add((p.title() != null ? p.title() + " " : "") + where);
        }
        return String.join(", ", out);
    }
}
