package org.goalparse.segment;

import java.util.List;
import java.util.Optional;
import org.goalparse.outline.Loc;
import org.goalparse.outline.Node;
import org.goalparse.outline.Paragraph;

/** Runs the recognizers in order of specificity; a line no recognizer claims is a paragraph. */
public final class LineClassifier {
    private final List<LineRecognizer> recognizers = List.of(
            new BracketHeading(),
            new NumberedHeading(),
            new ItemMarkers.Circled(),
            new ItemMarkers.Paren(),
            new ItemMarkers.Arabic(),
            new ItemMarkers.Labeled(),
            new ItemMarkers.KatakanaParen(),
            new ItemMarkers.Katakana(),
            new ItemMarkers.Roman(),
            new ItemMarkers.Bullet(),
            new LabelHeading());

    public Node classify(String line, Loc loc) {
        String t = line.strip();
        for (LineRecognizer r : recognizers) {
            Optional<Node> n = r.recognize(t, loc);
            if (n.isPresent()) {
                return n.get();
            }
        }
        return new Paragraph(t, loc);
    }
}
