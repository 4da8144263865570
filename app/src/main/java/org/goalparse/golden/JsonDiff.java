package org.goalparse.golden;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Compares two JSON trees field by field, in document order: objects by field name (expected's fields first, then
 * fields only the actual tree has), arrays element by element, numbers by value (60 equals 60.0).
 */
public final class JsonDiff {
    private static final Pattern PLAIN_NAME = Pattern.compile("[A-Za-z_$][A-Za-z0-9_$]*");
    private static final String ROOT = "$";

    private JsonDiff() {
    }

    /** The first difference, if any. */
    public static Optional<Difference> first(JsonNode expected, JsonNode actual) {
        List<Difference> found = all(expected, actual, 1);
        return found.isEmpty() ? Optional.empty() : Optional.of(found.get(0));
    }

    /** Up to {@code limit} differences, in document order. */
    public static List<Difference> all(JsonNode expected, JsonNode actual, int limit) {
        if (limit < 1) {
            throw new IllegalArgumentException("limit must be positive");
        }
        List<Difference> out = new ArrayList<>();
        compare("", expected, actual, out, limit);
        return out;
    }

    private static void compare(String path, JsonNode e, JsonNode a, List<Difference> out, int limit) {
        if (out.size() >= limit) {
            return;
        }
        if (e.isNumber() && a.isNumber()) {
            if (e.decimalValue().compareTo(a.decimalValue()) != 0) {
                out.add(new Difference(display(path), e, a));
            }
        } else if (e.getNodeType() != a.getNodeType()) {
            out.add(new Difference(display(path), e, a));
        } else if (e.isObject()) {
            compareObjects(path, e, a, out, limit);
        } else if (e.isArray()) {
            compareArrays(path, e, a, out, limit);
        } else if (!e.equals(a)) {
            out.add(new Difference(display(path), e, a));
        }
    }

    private static void compareObjects(String path, JsonNode e, JsonNode a, List<Difference> out, int limit) {
        for (Iterator<String> names = e.fieldNames(); names.hasNext() && out.size() < limit; ) {
            String name = names.next();
            String child = field(path, name);
            if (a.has(name)) {
                compare(child, e.get(name), a.get(name), out, limit);
            } else {
                out.add(new Difference(child, e.get(name), null));
            }
        }
        for (Iterator<String> names = a.fieldNames(); names.hasNext() && out.size() < limit; ) {
            String name = names.next();
            if (!e.has(name)) {
                out.add(new Difference(field(path, name), null, a.get(name)));
            }
        }
    }

    private static void compareArrays(String path, JsonNode e, JsonNode a, List<Difference> out, int limit) {
        int common = Math.min(e.size(), a.size());
        for (int i = 0; i < common && out.size() < limit; i++) {
            compare(path + "[" + i + "]", e.get(i), a.get(i), out, limit);
        }
        for (int i = common; i < Math.max(e.size(), a.size()) && out.size() < limit; i++) {
            out.add(new Difference(path + "[" + i + "]", e.get(i), a.get(i)));
        }
    }

    private static String field(String path, String name) {
        if (PLAIN_NAME.matcher(name).matches()) {
            return path.isEmpty() ? name : path + "." + name;
        }
        return (path.isEmpty() ? ROOT : path) + "[\"" + name.replace("\\", "\\\\").replace("\"", "\\\"") + "\"]";
    }

    private static String display(String path) {
        return path.isEmpty() ? ROOT : path;
    }
}
