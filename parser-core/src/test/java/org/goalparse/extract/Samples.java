package org.goalparse.extract;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.goalparse.GoalParseException;
import org.goalparse.layout.Block;
import org.goalparse.layout.Layout;
import org.goalparse.layout.Line;
import org.goalparse.layout.Table;
import org.goalparse.layout.TextBlock;
import org.goalparse.source.Source;

/** Finds and extracts the repository's sample documents. */
public final class Samples {
    private static final DetectingExtractor EXTRACTOR = new DetectingExtractor();

    private Samples() {
    }

    public static Path path(String name) {
        String root = System.getProperty("goalparse.root");
        Path dir = root != null ? Path.of(root, "samples") : Path.of("..", "samples");
        return dir.resolve(name);
    }

    public static byte[] bytes(String name) {
        try {
            return Files.readAllBytes(path(name));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Layout extract(String name) throws GoalParseException {
        return EXTRACTOR.extract(Source.of(name, bytes(name)));
    }

    public static Layout extract(String name, byte[] bytes) throws GoalParseException {
        return EXTRACTOR.extract(Source.of(name, bytes));
    }

    public static List<Table> tables(Layout layout) {
        return blocks(layout).filter(Table.class::isInstance).map(Table.class::cast).toList();
    }

    public static List<Line> textLines(Layout layout) {
        return blocks(layout).filter(TextBlock.class::isInstance)
                .flatMap(b -> ((TextBlock) b).lines().stream()).toList();
    }

    public static Stream<Block> blocks(Layout layout) {
        return layout.pages().stream().flatMap(p -> p.blocks().stream());
    }
}
