package org.goalparse.interpret;

import java.util.ArrayList;
import java.util.List;
import org.goalparse.model.Section;
import org.goalparse.outline.Heading;
import org.goalparse.outline.Item;
import org.goalparse.outline.Node;
import org.goalparse.outline.Outline;

/** The whole outline as sections: each heading with the text under it; text before any heading has none. */
final class Sections {
    private Sections() {
    }

    static List<Section> of(Outline outline) {
        List<Section> out = new ArrayList<>();
        String heading = null;
        int level = 0;
        StringBuilder text = new StringBuilder();
        for (Node n : outline.nodes()) {
            if (n instanceof Heading h) {
                if (heading != null || text.length() > 0) {
                    out.add(new Section(heading, level, text.toString()));
                }
                heading = h.text();
                level = h.level();
                text.setLength(0);
                continue;
            }
            if (text.length() > 0) {
                text.append('\n');
            }
            text.append(OutlineTexts.line(n));
        }
        if (heading != null || text.length() > 0) {
            out.add(new Section(heading, level, text.toString()));
        }
        return out;
    }
}
