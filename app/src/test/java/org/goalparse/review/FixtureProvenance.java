package org.goalparse.review;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.pdfbox.text.TextPosition;
import org.goalparse.GoalParseException;
import org.goalparse.GoalParser;
import org.goalparse.layout.LayoutText;
import org.goalparse.source.Source;

/**
 * A {@link RecordProvider} for tests, until the parser gives provenance itself (issue 14): the parser's records,
 * and for a record without a {@code provenance} map one in the agreed shape, found by searching each value's text
 * (department, head's name, goal titles, targets, results) in the {@code goalparse text} output (span) or among a
 * PDF's glyphs (page and bbox, PDFBox's positions, top-left origin). A value not found gets no entry: nothing is
 * invented. Records that already carry provenance are passed on as they are, so once the parser fills it, the tests
 * using this check the parser's own.
 */
public final class FixtureProvenance implements RecordProvider {
    @Override
    public List<JsonNode> records(GoalParser parser, Source source) throws GoalParseException {
        List<JsonNode> records = RecordProvider.parsing().records(parser, source);
        List<JsonNode> out = new ArrayList<>();
        for (JsonNode r : records) {
            if (r.path("provenance").size() > 0) {
                out.add(r);
                continue;
            }
            Locator locator = "application/pdf".equals(r.path("source").path("mediaType").asText())
                    ? new PdfLocator(source.read(parser.maxBytes()), r.path("source").path("part").path("pages"))
                    : new TextLocator(LayoutText.render(parser.text(source)));
            ObjectNode copy = ((ObjectNode) r).deepCopy();
            copy.set("provenance", provenance(r, locator));
            out.add(copy);
        }
        return out;
    }

    /** The values to locate, by pointer, in document order. */
    static Map<String, String> values(JsonNode r) {
        Map<String, String> values = new LinkedHashMap<>();
        put(values, "/department", r.path("department"));
        put(values, "/head/name", r.path("head").path("name"));
        JsonNode goals = r.path("goals");
        for (int i = 0; i < goals.size(); i++) {
            JsonNode g = goals.get(i);
            put(values, "/goals/" + i + "/title", g.path("title"));
            JsonNode targets = g.path("targets");
            for (int j = 0; j < targets.size(); j++) {
                put(values, "/goals/" + i + "/targets/" + j, targets.get(j).path("text"));
            }
            JsonNode results = g.path("achievement").path("results");
            for (int j = 0; j < results.size(); j++) {
                put(values, "/goals/" + i + "/achievement/results/" + j, results.get(j).path("text"));
            }
        }
        return values;
    }

    private static void put(Map<String, String> values, String pointer, JsonNode text) {
        if (text.isTextual() && !text.asText().isBlank()) {
            values.put(pointer, text.asText());
        }
    }

    private static ObjectNode provenance(JsonNode r, Locator locator) {
        ObjectNode map = ((ObjectNode) r).objectNode();
        for (Map.Entry<String, String> v : values(r).entrySet()) {
            ObjectNode entry = locator.locate(v.getValue());
            if (entry != null) {
                map.set(v.getKey(), entry);
            }
        }
        return map;
    }

    private interface Locator {
        ObjectNode locate(String value);
    }

    /** Spans in code points of the text, searched from where the last value was found, then from the start. */
    private static final class TextLocator implements Locator {
        private final String text;
        private int from;

        TextLocator(String text) {
            this.text = text;
        }

        @Override
        public ObjectNode locate(String value) {
            int at = text.indexOf(value, from);
            if (at < 0) {
                at = text.indexOf(value);
            }
            if (at < 0) {
                return null;
            }
            from = at;
            int start = text.codePointCount(0, at);
            ObjectNode e = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            e.putNull("page");
            e.putNull("bbox");
            e.putArray("span").add(start).add(start + value.codePointCount(0, value.length()));
            return e;
        }
    }

    /** Boxes of a PDF's glyphs: the value's characters (NFKC, white space left out) among a page's. */
    private static final class PdfLocator implements Locator {
        private final List<Glyphs> pages = new ArrayList<>();
        private int fromPage;
        private int fromChar;

        PdfLocator(byte[] pdf, JsonNode range) {
            try (PDDocument doc = Loader.loadPDF(pdf)) {
                int first = range.size() == 2 ? range.get(0).asInt() : 1;
                int last = range.size() == 2 ? range.get(1).asInt() : doc.getNumberOfPages();
                for (int p = first; p <= last; p++) {
                    Glyphs g = new Glyphs(p);
                    PDFTextStripper stripper = new PDFTextStripper() {
                        @Override
                        protected void writeString(String s, List<TextPosition> positions) {
                            for (TextPosition t : positions) {
                                String n = Normalizer.normalize(t.getUnicode(), Normalizer.Form.NFKC);
                                for (int k = 0; k < n.length(); k++) {
                                    if (!Character.isWhitespace(n.charAt(k))) {
                                        g.chars.append(n.charAt(k));
                                        // PDFBox's glyph height is often half a CJK glyph's: the em box instead
                                        float em = Math.max(t.getHeightDir(), t.getFontSizeInPt());
                                        g.boxes.add(new float[] {t.getXDirAdj(), t.getYDirAdj() - 0.88f * em,
                                            t.getXDirAdj() + t.getWidthDirAdj(), t.getYDirAdj() + 0.12f * em});
                                    }
                                }
                            }
                        }
                    };
                    stripper.setSortByPosition(true);
                    stripper.setStartPage(p);
                    stripper.setEndPage(p);
                    stripper.getText(doc);
                    pages.add(g);
                }
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public ObjectNode locate(String value) {
            String wanted = Normalizer.normalize(value, Normalizer.Form.NFKC).replaceAll("\\s+", "");
            if (wanted.isEmpty()) {
                return null;
            }
            for (int pass = 0; pass < 2; pass++) {
                for (int i = pass == 0 ? fromPage : 0; i < pages.size(); i++) {
                    Glyphs g = pages.get(i);
                    int at = g.chars.indexOf(wanted, pass == 0 && i == fromPage ? fromChar : 0);
                    if (at >= 0) {
                        fromPage = i;
                        fromChar = at;
                        return entry(g, at, at + wanted.length());
                    }
                }
            }
            return null;
        }

        private static ObjectNode entry(Glyphs g, int start, int end) {
            float[] u = g.boxes.get(start).clone();
            for (int k = start + 1; k < end; k++) {
                float[] b = g.boxes.get(k);
                u[0] = Math.min(u[0], b[0]);
                u[1] = Math.min(u[1], b[1]);
                u[2] = Math.max(u[2], b[2]);
                u[3] = Math.max(u[3], b[3]);
            }
            ObjectNode e = com.fasterxml.jackson.databind.node.JsonNodeFactory.instance.objectNode();
            e.put("page", g.page);
            ArrayNode bbox = e.putArray("bbox");
            for (float f : u) {
                bbox.add(Math.round(f * 10) / 10.0);
            }
            e.putNull("span");
            return e;
        }

        private static final class Glyphs {
            final int page;
            final StringBuilder chars = new StringBuilder();
            final List<float[]> boxes = new ArrayList<>();

            Glyphs(int page) {
                this.page = page;
            }
        }
    }
}
