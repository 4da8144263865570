package org.goalparse.extract;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.goalparse.GoalParseException;
import org.goalparse.layout.Layout;
import org.goalparse.layout.Line;
import org.goalparse.layout.Page;
import org.goalparse.layout.Provenance;
import org.goalparse.layout.TextBlock;
import org.goalparse.source.Source;

/** PLACEHOLDER: detects the type from content and dispatches to the extractor for that type. */
public final class DetectingExtractor implements Extractor {
    @Override
    public Layout extract(Source source) throws GoalParseException {
        String text = new String(source.bytes(), StandardCharsets.UTF_8);
        List<Line> lines = new ArrayList<>();
        int off = 0;
        for (String l : text.split("\n", -1)) {
            lines.add(new Line(l, Provenance.ofOffsets(1, off, off + l.length())));
            off += l.length() + 1;
        }
        return new Layout("text/plain", null, "text", List.of(new Page(1, 0, 0,
                List.of(new TextBlock(lines, Provenance.ofPage(1))))), List.of());
    }
}
