package org.goalparse.golden;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.goalparse.model.GoalDocument;
import org.goalparse.model.GoalJson;

/**
 * The golden file of an input is {@code <golden dir>/<input file name>.json}
 * ({@code golden/hiratsuka-2016-shiminbu.pdf.json}): the document's pretty JSON, UTF-8, ending in a newline.
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

    public static JsonNode read(Path golden) throws IOException {
        return GoalJson.mapper().readTree(Files.readString(golden, StandardCharsets.UTF_8));
    }

    public static void write(Path golden, GoalDocument document) throws IOException {
        Files.createDirectories(golden.toAbsolutePath().getParent());
        Files.writeString(golden, render(document), StandardCharsets.UTF_8);
    }
}
