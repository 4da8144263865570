package org.goalparse.provenance;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import org.goalparse.model.GoalDocument;
import org.goalparse.model.GoalJson;

/**
 * The extracted values of a record, by JSON Pointer, written out independently of {@link ValueLocator}: every
 * non-blank text except the record's own fields (source, quality, warnings), generated ids and normalized fields,
 * and the number of every quantity.
 */
final class Values {
    private static final Set<String> RECORD_OWN = Set.of("schemaVersion", "source", "quality", "warnings",
            "provenance");
    private static final Set<String> NOT_TEXT = Set.of("unit", "unitNormalized", "comparator", "asOf", "era");

    private Values() {
    }

    static Map<String, JsonNode> of(GoalDocument doc) {
        Map<String, JsonNode> out = new LinkedHashMap<>();
        JsonNode tree = GoalJson.mapper().valueToTree(doc);
        tree.fields().forEachRemaining(f -> {
            if (!RECORD_OWN.contains(f.getKey())) {
                walk(f.getValue(), "/" + f.getKey(), f.getKey(), out);
            }
        });
        return out;
    }

    private static void walk(JsonNode n, String pointer, String name, Map<String, JsonNode> out) {
        if (n.isObject()) {
            Iterator<Map.Entry<String, JsonNode>> it = n.fields();
            while (it.hasNext()) {
                Map.Entry<String, JsonNode> f = it.next();
                if (!NOT_TEXT.contains(f.getKey())) {
                    walk(f.getValue(), pointer + "/" + f.getKey(), f.getKey(), out);
                }
            }
        } else if (n.isArray()) {
            for (int i = 0; i < n.size(); i++) {
                walk(n.get(i), pointer + "/" + i, String.valueOf(i), out);
            }
        } else if (n.isTextual() && !n.asText().isBlank() && !(name.equals("id") && n.asText().matches("[gp]\\d+"))) {
            out.put(pointer, n);
        } else if (n.isNumber() && name.equals("value")) {
            out.put(pointer, n);
        }
    }

    /** White space out, as values are compared with the text. */
    static String compact(String s) {
        return LineIndex.compact(s);
    }
}
