package org.goalparse.golden;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.goalparse.model.GoalDocument;
import org.goalparse.model.GoalJson;

/**
 * The golden file of an input is {@code <golden dir>/<input file name>.json}
 * ({@code golden/hiratsuka-2016-shiminbu.pdf.json}): the document's pretty JSON, UTF-8, ending in a newline.
 * A golden file is compared with a parse field by field except {@code source.path}: where the input lies (the
 * folder the check runs from, an absolute or relative path) says nothing of what was read from it.
 */
public final class GoldenFiles {
    private GoldenFiles() {
    }

    /** Where the golden file of {@code input} lives. */
    public static Path goldenFor(Path goldenDir, Path input) {
        return goldenDir.resolve(input.getFileName().toString() + ".json");
    }

    /** The exact text of a golden file: pretty JSON, "\n" line ends whatever the platform, a final newline. */
    public static String render(GoalDocument document) {
        return GoalJson.pretty(document).replace("\r\n", "\n") + "\n";
    }

    /** The document as the tree its golden file holds (serialized and read back, as a reader of the file sees it). */
    public static JsonNode tree(GoalDocument document) throws IOException {
        return GoalJson.mapper().readTree(render(document));
    }

    /** Up to {@code limit} differences of {@code actual} from the golden tree {@code expected}, but its path. */
    public static List<Difference> differences(JsonNode expected, JsonNode actual, int limit) {
        return JsonDiff.all(withoutPath(expected), withoutPath(actual), limit);
    }

    private static JsonNode withoutPath(JsonNode tree) {
        if (!(tree.get("source") instanceof ObjectNode source) || !source.has("path")) {
            return tree;
        }
        JsonNode copy = tree.deepCopy();
        ((ObjectNode) copy.get("source")).remove("path");
        return copy;
    }

    public static JsonNode read(Path golden) throws IOException {
        return GoalJson.mapper().readTree(Files.readString(golden, StandardCharsets.UTF_8));
    }

    public static void write(Path golden, GoalDocument document) throws IOException {
        Files.createDirectories(golden.toAbsolutePath().getParent());
        Files.writeString(golden, render(document), StandardCharsets.UTF_8);
    }
}
