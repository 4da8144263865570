package org.goalparse.review;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.goalparse.extract.pdf.PageRenderer.PageImage;
import org.jsoup.nodes.Entities;

/**
 * One self-contained review page (CSS, script and page images inline; nothing fetched): the source on the left
 * with a box around every value that has provenance ({@code .box[data-pointer]}, coloured by {@link Kind}), the
 * extracted structure on the right ({@code .item[data-pointer]}); selecting either selects both, scrolls the other
 * side to it and puts its pointer in the address ({@code page.html#/goals/0/title} opens with it selected). A
 * failed input's page shows its error ({@code #error[data-error-code]}).
 */
public final class ReviewPage {
    /** Fields of a record shown in the header or not at all, rather than in the structure. */
    private static final Set<String> NOT_IN_TREE = Set.of("schemaVersion", "source", "provenance", "sections",
            "quality", "warnings");

    private ReviewPage() {
    }

    /**
     * Whether the value a pointer names is shown in the structure, and so gets a box: the outline's section
     * headings ({@code /sections/…}) are the parser's reading aid, not extracted values, and would box every
     * heading twice.
     */
    public static boolean shown(String pointer) {
        int end = pointer.indexOf('/', 1);
        return !NOT_IN_TREE.contains(pointer.substring(1, end < 0 ? pointer.length() : end));
    }

    public static String html(Reviewed r) {
        StringBuilder b = new StringBuilder(64 * 1024);
        head(b, title(r));
        if (!r.ok()) {
            b.append("<header><h1>").append(esc(r.label())).append("</h1><p><a href=\"index.html\">index</a></p>"
                    + "</header>\n<main class=\"failed\"><div id=\"error\" class=\"error\" data-error-code=\"")
                    .append(esc(r.errorCode())).append("\"><h2>This document could not be read: ")
                    .append(esc(r.errorCode())).append("</h2><p class=\"message\">").append(esc(r.errorMessage()))
                    .append("</p></div></main>\n");
            return tail(b, 0, null);
        }
        List<String> notes = new ArrayList<>(r.notes());
        List<Evidence> evidence = Evidence.of(r.record(), notes).stream().filter(e -> shown(e.pointer())).toList();
        Map<String, Evidence> byPointer = new LinkedHashMap<>();
        evidence.forEach(e -> byPointer.put(e.pointer(), e));
        StringBuilder source = new StringBuilder();
        Set<String> drawn = new LinkedHashSet<>();
        int boxes = source(source, r.source(), evidence, drawn, notes);
        header(b, r, evidence.size(), drawn.size(), notes);
        b.append("<main>\n<section id=\"source\" aria-label=\"source\">\n").append(source).append("</section>\n");
        b.append("<section id=\"structure\" aria-label=\"extracted structure\">\n");
        tree(b, r.record(), byPointer, drawn);
        b.append("</section>\n</main>\n");
        return tail(b, boxes, r.record().path("source").path("id").asText(null));
    }

    private static String title(Reviewed r) {
        return "goalparse review: " + r.label();
    }

    private static void header(StringBuilder b, Reviewed r, int known, int drawn, List<String> notes) {
        JsonNode rec = r.record();
        b.append("<header><h1>").append(esc(r.label())).append("</h1>\n<p class=\"facts\">");
        String facts = String.join(" ", text(rec.path("municipality")), text(rec.path("department")),
                text(rec.path("fiscalYear").path("text"))).strip();
        b.append(esc(facts.isEmpty() ? "(no municipality, department or year found)" : facts));
        JsonNode q = rec.path("quality");
        if (q.isObject()) {
            b.append(" · quality: ").append(q.path("goalDocument").asBoolean() ? "goal document" : "NOT a goal document");
            if (q.path("placedShare").isNumber()) {
                b.append(String.format(Locale.ROOT, ", %.0f%% placed", 100 * q.path("placedShare").asDouble()));
            }
        }
        b.append(" · ").append(known).append(" values with provenance, ").append(drawn).append(" drawn")
                .append(" · <a href=\"index.html\">index</a></p>\n<p class=\"legend\">");
        for (Kind k : Kind.values()) {
            b.append("<span class=\"swatch ").append(k.css()).append("\">").append(esc(k.label())).append("</span> ");
        }
        b.append("</p>\n");
        JsonNode warnings = rec.path("warnings");
        if (warnings.size() > 0 || !notes.isEmpty()) {
            b.append("<details class=\"warnings\"><summary>").append(warnings.size()).append(" warnings")
                    .append(notes.isEmpty() ? "" : ", " + notes.size() + " notes of the review")
                    .append("</summary><ul>");
            for (JsonNode w : warnings) {
                b.append("<li>").append(esc(w.asText())).append("</li>");
            }
            for (String n : notes) {
                b.append("<li class=\"note\">").append(esc(n)).append("</li>");
            }
            b.append("</ul></details>\n");
        }
        b.append("</header>\n");
    }

    /** The source side; returns the number of box elements and fills {@code drawn} with their pointers. */
    private static int source(StringBuilder b, SourceView view, List<Evidence> evidence, Set<String> drawn,
                              List<String> notes) {
        if (view instanceof SourceView.Missing m) {
            b.append("<p class=\"missing\">").append(esc(m.why())).append("</p>\n");
            return 0;
        }
        if (view instanceof SourceView.Text t) {
            TextMarkup.Result marked = TextMarkup.mark(t.text(), evidence);
            if (marked.outside() > 0) {
                notes.add(marked.outside() + " spans lie outside the text and are not drawn");
            }
            b.append("<pre class=\"text\">").append(marked.html()).append("</pre>\n");
            int count = 0;
            for (Evidence e : evidence) {
                if (e.span() != null && e.span()[0] < Math.min(e.span()[1], t.text().codePointCount(0,
                        t.text().length()))) {
                    drawn.add(e.pointer());
                    count++;
                }
            }
            return count;
        }
        List<PageImage> pages = ((SourceView.Pages) view).pages();
        Map<Integer, PageImage> byNumber = new LinkedHashMap<>();
        pages.forEach(p -> byNumber.put(p.page(), p));
        Map<Integer, StringBuilder> boxesOf = new LinkedHashMap<>();
        int count = 0;
        int elsewhere = 0;
        for (Evidence e : evidence) {
            for (Evidence.Box box : e.boxes()) {
                PageImage page = byNumber.get(box.page());
                if (page == null) {
                    elsewhere++;
                    continue;
                }
                boxesOf.computeIfAbsent(box.page(), k -> new StringBuilder()).append(boxElement(e, box, page));
                drawn.add(e.pointer());
                count++;
            }
        }
        if (elsewhere > 0) {
            notes.add(elsewhere + " boxes lie on pages not shown here");
        }
        for (PageImage p : pages) {
            b.append("<div class=\"page\" id=\"page-").append(p.page()).append("\" data-page=\"").append(p.page())
                    .append("\"><div class=\"page-label\">page ").append(p.page()).append("</div>")
                    .append("<div class=\"sheet\" style=\"aspect-ratio: ").append(num(p.width())).append(" / ")
                    .append(num(p.height())).append("\">");
            if (p.png() != null) {
                b.append("<img alt=\"page ").append(p.page()).append("\" src=\"data:image/png;base64,")
                        .append(Base64.getEncoder().encodeToString(p.png())).append("\">");
            } else {
                b.append("<p class=\"missing\">").append(esc(p.error())).append("</p>");
            }
            StringBuilder boxes = boxesOf.get(p.page());
            if (boxes != null) {
                b.append(boxes);
            }
            b.append("</div></div>\n");
        }
        return count;
    }

    private static String boxElement(Evidence e, Evidence.Box box, PageImage page) {
        double left = clamp(box.x0() / page.width());
        double top = clamp(box.y0() / page.height());
        double width = clamp(box.x1() / page.width()) - left;
        double height = clamp(box.y1() / page.height()) - top;
        return "<div class=\"box " + e.kind().css() + "\" data-pointer=\"" + esc(e.pointer()) + "\" title=\""
                + esc(e.pointer()) + "\" style=\"left:" + pct(left) + ";top:" + pct(top) + ";width:" + pct(width)
                + ";height:" + pct(height) + "\"></div>";
    }

    /** The record as a tree of items, each with its pointer; nulls and empty lists are left out. */
    private static void tree(StringBuilder b, JsonNode record, Map<String, Evidence> evidence, Set<String> drawn) {
        for (Iterator<Map.Entry<String, JsonNode>> it = record.fields(); it.hasNext(); ) {
            Map.Entry<String, JsonNode> f = it.next();
            if (!NOT_IN_TREE.contains(f.getKey())) {
                node(b, f.getValue(), "/" + escapePointer(f.getKey()), f.getKey(), evidence, drawn);
            }
        }
    }

    private static void node(StringBuilder b, JsonNode n, String pointer, String label, Map<String, Evidence> evidence,
                             Set<String> drawn) {
        if (n.isNull() || n.isMissingNode() || (n.isContainerNode() && n.isEmpty())) {
            return;
        }
        Evidence e = evidence.get(pointer);
        String cls = "item " + Kind.of(pointer).css() + (e == null ? "" : drawn.contains(pointer) ? " has-box"
                : " no-box");
        b.append("<div class=\"").append(cls).append("\" data-pointer=\"").append(esc(pointer)).append("\"")
                .append(e != null && !drawn.contains(pointer) ? " title=\"provenance known, but no box on what is "
                        + "shown\"" : "").append("><span class=\"key\">").append(esc(label)).append("</span>");
        if (n.isObject()) {
            b.append("<div class=\"children\">");
            for (Iterator<Map.Entry<String, JsonNode>> it = n.fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> f = it.next();
                node(b, f.getValue(), pointer + "/" + escapePointer(f.getKey()), f.getKey(), evidence, drawn);
            }
            b.append("</div>");
        } else if (n.isArray()) {
            b.append("<div class=\"children\">");
            for (int i = 0; i < n.size(); i++) {
                node(b, n.get(i), pointer + "/" + i, label + " " + (i + 1), evidence, drawn);
            }
            b.append("</div>");
        } else {
            String value = n.isNumber() ? n.decimalValue().stripTrailingZeros().toPlainString() : n.asText();
            b.append(" <span class=\"val\">").append(esc(value)).append("</span>");
        }
        b.append("</div>\n");
    }

    static String escapePointer(String field) {
        return field.replace("~", "~0").replace("/", "~1");
    }

    private static String text(JsonNode n) {
        return n.isTextual() ? n.asText() : "";
    }

    private static double clamp(double v) {
        return Math.max(0, Math.min(1, v));
    }

    private static String pct(double v) {
        return String.format(Locale.ROOT, "%.3f%%", 100 * v);
    }

    private static String num(double v) {
        return String.format(Locale.ROOT, "%.2f", v);
    }

    static String esc(String s) {
        return Entities.escape(s == null ? "" : s);
    }

    static void head(StringBuilder b, String title) {
        b.append("<!DOCTYPE html>\n<html lang=\"ja\"><head><meta charset=\"utf-8\">"
                + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\"><title>")
                .append(esc(title)).append("</title>\n<style>\n").append(Assets.css()).append("</style></head>\n<body>\n");
    }

    /** The script, and on {@code <body>} the number of box elements and the record's {@code source.id}. */
    private static String tail(StringBuilder b, int boxes, String sourceId) {
        b.append("<script>\n").append(Assets.script()).append("</script>\n</body></html>\n");
        int body = b.indexOf("<body>");
        b.replace(body, body + 6, "<body data-boxes=\"" + boxes + "\"" + (sourceId == null ? ""
                : " data-source-id=\"" + esc(sourceId) + "\"") + ">");
        return b.toString();
    }
}
