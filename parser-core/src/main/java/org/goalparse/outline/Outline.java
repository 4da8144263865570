package org.goalparse.outline;

import java.util.List;
import java.util.Objects;

/** What segmentation hands on: the document's nodes in reading order, and what it could not place. */
public record Outline(List<Node> nodes, List<String> warnings) {
    public Outline {
        nodes = List.copyOf(Objects.requireNonNull(nodes, "nodes"));
        warnings = List.copyOf(Objects.requireNonNull(warnings, "warnings"));
    }
}
