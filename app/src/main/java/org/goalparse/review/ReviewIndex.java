package org.goalparse.review;

import static org.goalparse.review.ReviewPage.esc;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.List;
import java.util.Locale;

/**
 * {@code index.html}: a row per review page with its counts (goals, targets, results, projects, indicators, values
 * with provenance), warnings and {@code quality}, or the error of an input that failed; each links to its page.
 */
public final class ReviewIndex {
    private ReviewIndex() {
    }

    /** The counts of a record, in the order of the index's columns. */
    record Counts(int goals, int targets, int results, int projects, int indicators, int provenance) {
        static Counts of(JsonNode rec) {
            int targets = 0;
            int results = 0;
            for (JsonNode g : rec.path("goals")) {
                targets += g.path("targets").size();
                results += g.path("achievement").path("results").size();
            }
            for (JsonNode p : rec.path("projects")) {
                results += p.path("results").size();
            }
            return new Counts(rec.path("goals").size(), targets, results, rec.path("projects").size(),
                    rec.path("indicators").size(), rec.path("provenance").size());
        }
    }

    public static String html(List<Reviewed> pages) {
        StringBuilder b = new StringBuilder();
        ReviewPage.head(b, "goalparse review: " + pages.size() + " documents");
        long failed = pages.stream().filter(p -> !p.ok()).count();
        b.append("<header><h1>goalparse review</h1><p>").append(pages.size()).append(" documents, ").append(failed)
                .append(" failed</p></header>\n<main class=\"failed\"><table class=\"index\"><thead><tr>"
                        + "<th>document</th><th>municipality, department, year</th><th>goals</th><th>targets</th>"
                        + "<th>results</th><th>projects</th><th>indicators</th><th>provenance</th><th>quality</th>"
                        + "<th>warnings</th></tr></thead><tbody>\n");
        for (Reviewed r : pages) {
            String link = "<a href=\"" + esc(r.page()) + "\">" + esc(r.label()) + "</a>";
            if (!r.ok()) {
                b.append("<tr class=\"failed\" data-page=\"").append(esc(r.page())).append("\"><td>").append(link)
                        .append("</td><td colspan=\"9\" class=\"error\" data-error-code=\"").append(esc(r.errorCode()))
                        .append("\"><b>").append(esc(r.errorCode())).append("</b> ").append(esc(r.errorMessage()))
                        .append("</td></tr>\n");
                continue;
            }
            JsonNode rec = r.record();
            Counts c = Counts.of(rec);
            String facts = String.join(" ", rec.path("municipality").asText(""), rec.path("department").asText(""),
                    rec.path("fiscalYear").path("text").asText("")).strip();
            JsonNode q = rec.path("quality");
            String quality = !q.isObject() ? "" : (q.path("goalDocument").asBoolean() ? "goal document" : "NOT a goal "
                    + "document") + (q.path("placedShare").isNumber() ? String.format(Locale.ROOT, ", %.0f%% placed",
                    100 * q.path("placedShare").asDouble()) : "");
            b.append("<tr data-page=\"").append(esc(r.page())).append("\"><td>").append(link).append("</td><td>")
                    .append(esc(facts)).append("</td>");
            for (int n : new int[] {c.goals(), c.targets(), c.results(), c.projects(), c.indicators(), c.provenance()}) {
                b.append("<td class=\"n\">").append(n).append("</td>");
            }
            b.append("<td>").append(esc(quality)).append("</td><td>");
            JsonNode warnings = rec.path("warnings");
            if (warnings.size() > 0) {
                b.append("<details><summary>").append(warnings.size()).append("</summary><ul>");
                for (JsonNode w : warnings) {
                    b.append("<li>").append(esc(w.asText())).append("</li>");
                }
                b.append("</ul></details>");
            } else {
                b.append('0');
            }
            b.append("</td></tr>\n");
        }
        b.append("</tbody></table></main>\n<script>document.body.setAttribute('data-ready', 'true');</script>\n"
                + "</body></html>\n");
        return b.toString();
    }
}
