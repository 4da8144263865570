package org.goalparse.segment;

import java.util.Optional;
import org.goalparse.outline.Loc;
import org.goalparse.outline.Node;

/** Recognizes one construct (a heading style, a numbering style) in one normalized line. */
@FunctionalInterface
public interface LineRecognizer {
    Optional<Node> recognize(String line, Loc loc);
}
