package org.goalparse.golden;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * An answer key ({@code *.facts.json}, the format of the project's scorer): inputs and checks on the JSON of
 * each input's parse. {@link #score} applies the scorer's rules (strings after NFKC without white space, quantities
 * as value + unit, true positives / expected / produced per check) so that a test can demand what the scorer
 * demands without Python.
 */
record AnswerKey(Path file, List<Path> inputs, List<JsonNode> checks) {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final Pattern STEP = Pattern.compile("^([A-Za-z0-9_]+)(?:\\[(\\*|[A-Za-z0-9_]+=[^\\]]*)\\])?$");
    private static final Pattern LEADING_NUMBER = Pattern.compile("([-0-9.,]+)(.*)");

    static AnswerKey read(Path file) throws IOException {
        JsonNode root = JSON.readTree(file.toFile());
        List<Path> inputs = new ArrayList<>();
        root.path("inputs").forEach(i -> inputs.add(file.toAbsolutePath().getParent().resolve(i.asText()).normalize()));
        List<JsonNode> checks = new ArrayList<>();
        root.path("checks").forEach(checks::add);
        if (inputs.isEmpty() || checks.isEmpty()) {
            throw new IllegalArgumentException(file + ": an answer key needs inputs and checks");
        }
        return new AnswerKey(file, List.copyOf(inputs), List.copyOf(checks));
    }

    /** Counts of one document against the key, and the checks it missed. */
    record Score(int truePositives, int expected, int produced, List<String> misses) {
        boolean perfect() {
            return truePositives == expected && truePositives == produced;
        }
    }

    Score score(JsonNode doc) {
        int t = 0;
        int e = 0;
        int p = 0;
        List<String> misses = new ArrayList<>();
        for (JsonNode c : checks) {
            int[] r = check(doc, c, misses);
            t += r[0];
            e += r[1];
            p += r[2];
        }
        return new Score(t, e, p, misses);
    }

    static String normText(JsonNode v) {
        if (v == null || v.isNull() || v.isMissingNode()) {
            return null;
        }
        String s = v.isTextual() ? v.asText() : v.isIntegralNumber() ? Long.toString(v.asLong()) : v.asText();
        return normText(s);
    }

    static String normText(String s) {
        String t = Normalizer.normalize(s, Normalizer.Form.NFKC).replaceAll("\\s+", "");
        while (t.endsWith("。") || t.endsWith(".")) {
            t = t.substring(0, t.length() - 1);
        }
        return t;
    }

    static List<JsonNode> resolve(JsonNode doc, String path) {
        List<JsonNode> vals = new ArrayList<>(List.of(doc));
        for (String step : path.split("\\.")) {
            Matcher m = STEP.matcher(step);
            if (!m.matches()) {
                throw new IllegalArgumentException("bad path step: " + step);
            }
            String key = m.group(1);
            String sel = m.group(2);
            List<JsonNode> next = new ArrayList<>();
            for (JsonNode v : vals) {
                if (!v.isObject() || !v.has(key)) {
                    continue;
                }
                JsonNode x = v.get(key);
                if (sel == null) {
                    next.add(x);
                } else if (x.isArray()) {
                    if (sel.equals("*")) {
                        x.forEach(next::add);
                    } else {
                        String[] kv = sel.split("=", 2);
                        for (JsonNode el : x) {
                            if (el.isObject() && normText(kv[1]).equals(normText(el.get(kv[0])))) {
                                next.add(el);
                            }
                        }
                    }
                }
            }
            vals = next;
        }
        return vals;
    }

    private static String fmt(double x) {
        if (x == Math.rint(x) && !Double.isInfinite(x)) {
            return Long.toString((long) x);
        }
        return Double.toString(Math.round(x * 1e6) / 1e6);
    }

    static String canonQuantity(JsonNode q) {
        if (q.isTextual()) {
            String n = normText(q.asText());
            Matcher m = LEADING_NUMBER.matcher(n);
            if (!m.matches()) {
                return n;
            }
            try {
                return fmt(Double.parseDouble(m.group(1).replace(",", ""))) + m.group(2);
            } catch (NumberFormatException e) {
                return n;
            }
        }
        if (!q.isObject() || q.path("value").isNull() || q.path("value").isMissingNode()) {
            return null;
        }
        String unit = q.path("unit").isTextual() ? normText(q.path("unit").asText()) : "";
        return fmt(q.path("value").asDouble()) + unit;
    }

    private static int matchCount(List<String> expected, List<String> produced) {
        List<String> pool = new ArrayList<>(produced);
        int tp = 0;
        for (String w : expected) {
            if (pool.remove(w)) {
                tp++;
            }
        }
        return tp;
    }

    private static List<String> strings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(normText(n)));
        return out;
    }

    /** {truePositives, expected, produced}; a miss is added to {@code misses}. */
    private static int[] check(JsonNode doc, JsonNode c, List<String> misses) {
        String path = c.get("path").asText();
        List<JsonNode> got = resolve(doc, path);
        if (c.has("equals")) {
            JsonNode want = c.get("equals");
            JsonNode val = got.isEmpty() ? null : got.get(0);
            boolean valNull = val == null || val.isNull();
            boolean ok;
            if (want.isNumber()) {
                ok = val != null && val.isNumber() && val.asDouble() == want.asDouble();
            } else {
                ok = java.util.Objects.equals(normText(val), normText(want));
            }
            if (!ok) {
                misses.add(path + ": expected " + want + ", got " + val);
            }
            if (want.isNull()) {
                return new int[] {0, 0, valNull ? 0 : 1};
            }
            return new int[] {ok ? 1 : 0, 1, valNull ? 0 : 1};
        }
        if (c.has("set")) {
            List<String> want = strings(c.get("set"));
            List<String> have = new ArrayList<>();
            got.stream().filter(g -> !g.isNull()).forEach(g -> have.add(normText(g)));
            int tp = matchCount(want, have);
            if (tp != want.size() || have.size() != want.size()) {
                misses.add(path + ": expected " + want + ", got " + have);
            }
            return new int[] {tp, want.size(), have.size()};
        }
        if (c.has("quantities") || c.has("includes")) {
            boolean includes = c.has("includes");
            List<String> want = new ArrayList<>();
            c.get(includes ? "includes" : "quantities").forEach(w -> want.add(canonQuantity(w)));
            List<String> have = new ArrayList<>();
            for (JsonNode g : got) {
                String q = canonQuantity(g);
                if (q != null) {
                    have.add(q);
                }
            }
            int tp = matchCount(want, have);
            boolean extra = !includes && have.size() != tp;
            if (tp != want.size() || extra) {
                misses.add(path + ": expected " + want + ", got " + have);
            }
            return new int[] {tp, want.size(), includes ? want.size() : have.size()};
        }
        if (c.has("contains")) {
            List<String> want = strings(c.get("contains"));
            List<String> have = new ArrayList<>();
            for (JsonNode g : got) {
                Iterator<JsonNode> it = g.isArray() ? g.elements() : List.of(g).iterator();
                it.forEachRemaining(x -> {
                    if (x.isTextual() || x.isNumber()) {
                        have.add(normText(x));
                    }
                });
            }
            String blob = String.join("\u0001", have);
            int tp = 0;
            for (String w : want) {
                if (blob.contains(w)) {
                    tp++;
                } else {
                    misses.add(path + ": no text containing " + w);
                }
            }
            return new int[] {tp, want.size(), have.isEmpty() ? 0 : want.size()};
        }
        if (c.has("count")) {
            int n = !got.isEmpty() && got.get(0).isArray() ? got.get(0).size() : got.size();
            boolean ok = n == c.get("count").asInt();
            if (!ok) {
                misses.add(path + ": count " + n + ", expected " + c.get("count").asInt());
            }
            return new int[] {ok ? 1 : 0, 1, n > 0 ? 1 : 0};
        }
        throw new IllegalArgumentException("unknown check kind: " + c);
    }
}
