package org.goalparse.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.ByteArrayInputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.goalparse.golden.RepoRoot;
import org.goalparse.golden.Samples;
import org.goalparse.review.RecordProvider;
import org.goalparse.review.ReviewPage;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.select.Elements;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The review pages of every sample, and of a document that fails, loaded in a real browser (headless chromium):
 * once the page's script has run, every value of the record that has provenance has a box on the source side at
 * its page ({@code .box[data-pointer]}) and an item on the structure side; the failed document's page shows its
 * error; a page opened with a pointer after # has that value selected on both sides; every goal title and every
 * target of a PDF record has a box. Records are the parser's, with its provenance. The pages stay in
 * {@code app/target/review-browser/} to look at.
 */
class ReviewBrowserTest {
    private static Path out;
    private static Chromium chromium;
    private static final Map<String, JsonNode> RECORDS = new LinkedHashMap<>();
    private static int exit;
    private static String stderr;

    @BeforeAll
    static void writePages() throws Exception {
        Path work = RepoRoot.get().resolve("app/target/review-browser");
        chromium = Chromium.require(work);
        out = work.resolve("pages");
        Path damaged = Files.createDirectories(work.resolve("inputs")).resolve("damaged.pdf");
        Files.writeString(damaged, "%PDF-1.7\nthis is no PDF body at all\n", StandardCharsets.US_ASCII);
        RecordProvider capturing = (parser, source) -> {
            List<JsonNode> records = RecordProvider.parsing().records(parser, source);
            records.forEach(r -> RECORDS.put(r.path("source").path("id").asText(), r));
            return records;
        };
        List<String> args = new ArrayList<>(List.of("review", "-o", out.toString()));
        Samples.all().forEach(p -> args.add(p.toString()));
        args.add(damaged.toString());
        StringWriter err = new StringWriter();
        PrintWriter errWriter = new PrintWriter(err);
        Context context = new Context(new PrintWriter(new StringWriter()), errWriter,
                () -> new ByteArrayInputStream(new byte[0]), Cli::sharedParser, false, Disk.LOCAL);
        exit = Cli.commandLine(context, capturing).execute(args.toArray(String[]::new));
        errWriter.flush();
        stderr = err.toString();
    }

    @Test
    void everyValueWithProvenanceHasABoxAtItsPlaceInEverySamplePage() throws Exception {
        assertEquals(ExitCode.SOME_FAILED.code(), exit, stderr);
        assertEquals(Samples.all().size(), RECORDS.size(), "a record per sample (none has several departments)");
        int checked = 0;
        for (JsonNode record : RECORDS.values()) {
            String page = record.path("source").path("file").asText() + ".html";
            Document dom = Jsoup.parse(chromium.dumpDom(out.resolve(page), null));
            Element body = dom.body();
            assertEquals("true", body.attr("data-ready"), page + ": the script ran to its end");
            assertEquals(record.path("source").path("id").asText(), body.attr("data-source-id"), page);
            boolean pdf = "application/pdf".equals(record.path("source").path("mediaType").asText());
            assertEquals(pdf ? record.path("source").path("pages").asInt() : 0,
                    dom.select("#source .page img").size(), page + ": an image per PDF page");
            assertEquals(pdf ? 0 : 1, dom.select("#source pre.text").size(), page + ": the text of a text input");
            for (Iterator<Map.Entry<String, JsonNode>> it = record.path("provenance").fields(); it.hasNext(); ) {
                Map.Entry<String, JsonNode> e = it.next();
                String pointer = e.getKey();
                String where = page + " " + pointer;
                if (!ReviewPage.shown(pointer)) {
                    assertTrue(dom.select("[data-pointer=\"" + pointer + "\"]").isEmpty(), where + ": not shown");
                    continue; // the outline's headings: no value of the structure
                }
                if (!(pdf ? e.getValue().path("bbox").isArray() : e.getValue().path("span").isArray())) {
                    continue; // nothing this side can draw: a PDF's value without a bbox, a text's without a span
                }
                Elements boxes = dom.select("#source .box[data-pointer=\"" + pointer + "\"]");
                assertFalse(boxes.isEmpty(), where + ": a box");
                if (pdf) {
                    Element sheet = boxes.get(0).parent();
                    assertEquals(e.getValue().path("page").asText(),
                            sheet.parent().attr("data-page"), where + ": on its page");
                    double left = percent(boxes.get(0), "left");
                    double width = percent(boxes.get(0), "width");
                    double pageWidth = record.path("source").path("pages").asInt() > 0 ? pageWidth(sheet) : 0;
                    assertEquals(e.getValue().path("bbox").get(0).asDouble() / pageWidth * 100, left, 0.01, where);
                    assertTrue(left >= 0 && width > 0 && left + width <= 100.001, where + ": inside the page");
                } else {
                    assertTrue(boxes.get(0).text().length() > 0, where + ": around its text");
                }
                assertFalse(dom.select("#structure .item.has-box[data-pointer=\"" + pointer + "\"]").isEmpty(),
                        where + ": its item in the structure, marked as having a box");
                checked++;
            }
            for (int g = 0; g < record.path("goals").size(); g++) {
                assertNotNull(dom.selectFirst("#structure .item[data-pointer=\"/goals/" + g + "\"]"),
                        page + ": goal " + g + " in the structure");
                if (!pdf) {
                    continue;
                }
                List<String> values = new ArrayList<>();
                if (record.path("goals").get(g).path("title").isTextual()) {
                    values.add("/goals/" + g + "/title");
                }
                for (int t = 0; t < record.path("goals").get(g).path("targets").size(); t++) {
                    values.add("/goals/" + g + "/targets/" + t + "/text");
                }
                for (String pointer : values) {
                    assertFalse(dom.select("#source .box[data-pointer=\"" + pointer + "\"]").isEmpty(),
                            page + " " + pointer + ": every goal title and target has its box");
                }
            }
        }
        assertTrue(checked > 100, "values checked: " + checked);
    }

    @Test
    void theFailedDocumentGetsAPageShowingItsError() throws Exception {
        Document dom = Jsoup.parse(chromium.dumpDom(out.resolve("damaged.pdf.html"), null));
        Element error = dom.selectFirst("#error");
        assertNotNull(error, "the error is shown");
        assertEquals("UNREADABLE", error.attr("data-error-code"));
        assertTrue(error.text().contains("damaged"), error.text());
        assertTrue(stderr.contains("damaged.pdf: "), "one line on stderr: " + stderr);
    }

    @Test
    void theIndexListsEveryPageWithItsCountsAndTheFailure() throws Exception {
        Document dom = Jsoup.parse(chromium.dumpDom(out.resolve("index.html"), null));
        Elements rows = dom.select("table.index tbody tr");
        assertEquals(Samples.all().size() + 1, rows.size());
        for (Element row : rows) {
            assertTrue(Files.isRegularFile(out.resolve(row.attr("data-page"))), row.attr("data-page"));
            assertEquals(row.attr("data-page"), row.selectFirst("a").attr("href"));
        }
        Element failed = dom.selectFirst("tr.failed td.error");
        assertEquals("UNREADABLE", failed.attr("data-error-code"));
        JsonNode toyonaka = RECORDS.values().stream()
                .filter(r -> r.path("source").path("file").asText().equals("toyonaka-2022-shiminkyodobu.pdf"))
                .findFirst().orElseThrow();
        Element row = dom.selectFirst("tr[data-page=\"toyonaka-2022-shiminkyodobu.pdf.html\"]");
        assertEquals(String.valueOf(toyonaka.path("goals").size()), row.select("td.n").get(0).text(), "goals");
    }

    @Test
    void aPointerAfterTheHashIsSelectedOnBothSides() throws Exception {
        JsonNode record = RECORDS.values().stream()
                .filter(r -> r.path("source").path("file").asText().equals("iruma-2022-shiminseikatsubu.pdf"))
                .findFirst().orElseThrow();
        String pointer = record.path("provenance").fieldNames().hasNext() ? "/goals/0/title" : null;
        assertNotNull(record.path("provenance").get(pointer), "the parser located goal 1's title");
        Document dom = Jsoup.parse(chromium.dumpDom(out.resolve("iruma-2022-shiminseikatsubu.pdf.html"), pointer));
        assertEquals(pointer, dom.body().attr("data-selected"));
        assertFalse(dom.select("#source .box.selected[data-pointer=\"" + pointer + "\"]").isEmpty(), "box");
        assertFalse(dom.select("#structure .item.selected[data-pointer=\"" + pointer + "\"]").isEmpty(), "item");
        assertEquals(dom.select(".selected").size(), dom.select(".selected[data-pointer=\"" + pointer + "\"]").size(),
                "nothing else selected");
    }

    private static double percent(Element box, String property) {
        for (String decl : box.attr("style").split(";")) {
            String[] kv = decl.split(":", 2);
            if (kv.length == 2 && kv[0].strip().equals(property)) {
                return Double.parseDouble(kv[1].strip().replace("%", ""));
            }
        }
        throw new AssertionError("no " + property + " in " + box.attr("style"));
    }

    /** The page's width in points, from its aspect-ratio (width / height) and the record's own numbers. */
    private static double pageWidth(Element sheet) {
        String style = sheet.attr("style");
        String ratio = style.substring(style.indexOf(':') + 1).replace(";", "").strip();
        return Double.parseDouble(ratio.split("/")[0].strip());
    }
}
